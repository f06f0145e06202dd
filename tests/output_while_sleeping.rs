//! What a program printed shows while it sleeps: the executor flushes its
//! buffered output when the scheduler has nothing to run but a sleeper,
//! as Go's unbuffered stdout would have shown it.

mod common;

use common::{splitgo_child, Scratch};
use std::io::{BufRead, BufReader};
use std::time::{Duration, Instant};

#[test]
fn output_is_flushed_before_the_scheduler_sleeps() {
    let s = Scratch::new("sleepflush");
    s.write(
        "tick.go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(\"before\")\n\ttime.Sleep(3 * time.Second)\n\tfmt.Println(\"after\")\n}\n",
    );
    let start = Instant::now();
    let mut child = splitgo_child(&s.dir, &["run", "tick.go"]);
    let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
    let first = lines.next().expect("a line").expect("utf-8");
    let at = start.elapsed();
    assert_eq!(first, "before");
    assert!(
        at < Duration::from_millis(2500),
        "the first line came only after {at:?}, with the sleep's end"
    );
    assert_eq!(lines.next().expect("a line").expect("utf-8"), "after");
    assert!(child.wait().expect("wait").success());
}
