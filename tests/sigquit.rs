//! SIGQUIT prints every goroutine and exits with status 2 (DESIGN §8), even
//! while a goroutine spins in a loop without calls and another sleeps; the
//! one it interrupted comes first, as running, as in Go.

mod common;

use common::{splitgo_child, Scratch};
use std::process::Command;
use std::time::{Duration, Instant};

const PROG: &str = "package main

import \"time\"

func spin() {
	for {
	}
}

func main() {
	go spin()
	c := make(chan int)
	go func() {
		time.Sleep(time.Hour)
		c <- 1
	}()
	<-c
}
";

/// `text` with every `0x` hex number written `0x0`.
fn normalise(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let tail = &rest[i + 2..];
        let n = tail
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(tail.len());
        out.push('0');
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

#[test]
fn sigquit_prints_every_goroutine_and_exits_2() {
    let s = Scratch::new("sigquit");
    let path = s.write("quit.go", PROG);
    let mut child = splitgo_child(&s.dir, &["run", "quit.go"]);
    // Long enough for the JIT and the first switches; the program never
    // ends by itself.
    std::thread::sleep(Duration::from_millis(500));
    let sent = Command::new("kill")
        .args(["-QUIT", &child.id().to_string()])
        .status()
        .expect("run kill");
    assert!(sent.success());
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("splitgo did not exit after SIGQUIT");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().expect("output");
    assert_eq!(out.status.code(), Some(2));
    let file = path.to_string_lossy();
    let want = format!(
        "SIGQUIT: quit
PC=0x0

goroutine 2 [running]:
main.spin()
\t{file}:6 +0x0
created by main.main
\t{file}:11 +0x0

goroutine 1 [chan receive]:
main.main()
\t{file}:17 +0x0

goroutine 3 [sleep]:
main.main.func1()
\t{file}:14 +0x0
created by main.main
\t{file}:13 +0x0
"
    );
    assert_eq!(normalise(&String::from_utf8_lossy(&out.stderr)), want);
}
