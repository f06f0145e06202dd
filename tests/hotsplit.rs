//! The hot split's fast path end to end (docs/codegen.md, "The hot
//! split"): programs whose calls cross a segment boundary in a loop run to
//! gc's output with the crossings made by the morestack and lessstack
//! stubs alone (`SPLITGO_DEBUG=stackstats` counts them), and to the same
//! output with the fast path off (`SPLITGO_DEBUG=slowsplit`), where every
//! crossing goes through the runtime.

mod common;

use common::Run;

fn native() -> bool {
    cfg!(target_arch = "x86_64")
}

fn run(name: &str, debug: &str) -> Run {
    let path = format!("programs/overflow/{name}.go");
    common::splitgo_env(&["run", &path], &[("SPLITGO_DEBUG", debug)])
}

/// The `stackstats:` counters from stderr, by name.
fn stat(stderr: &str, name: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("stackstats:"))
        .unwrap_or_else(|| panic!("no stackstats line in {stderr:?}"));
    line.split_whitespace()
        .find_map(|f| f.strip_prefix(&format!("{name}=")))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no {name}= in {line}"))
}

#[test]
fn hot_calls_of_every_shape_cross_on_the_fast_path() {
    if !native() {
        return;
    }
    let want =
        std::fs::read_to_string(common::root().join("programs/overflow/hot_split_fastpath.out"))
            .unwrap();
    let fast = run("hot_split_fastpath", "stackstats,noextend,nosmallfirst");
    assert_eq!(fast.code, Some(0), "{}", fast.describe());
    assert_eq!(fast.stdout, want);
    let (splits, fast_splits) = (
        stat(&fast.stderr, "splits"),
        stat(&fast.stderr, "fast_splits"),
    );
    // At the depths where hot's calls cross, 4000 calls each of none, one
    // and several do; only a segment's first crossing (or one of a call
    // bigger than the spare) goes to the runtime.
    assert!(fast_splits >= 20_000, "{}", fast.stderr);
    assert!(splits - fast_splits <= 200, "{}", fast.stderr);
    // Every crossing came back but boom's panicking calls (one per depth
    // at most), whose segments the recovery unwound; all but a few came
    // back through lessstack's fast path (the others found the spare's
    // role moved, and went through oldstack).
    let (unsplits, fast_unsplits) = (
        stat(&fast.stderr, "unsplits"),
        stat(&fast.stderr, "fast_unsplits"),
    );
    assert!(splits - unsplits <= 60, "{}", fast.stderr);
    assert!(fast_unsplits + 200 >= fast_splits, "{}", fast.stderr);

    let slow = run(
        "hot_split_fastpath",
        "stackstats,noextend,nosmallfirst,slowsplit",
    );
    assert_eq!(slow.code, Some(0), "{}", slow.describe());
    assert_eq!(slow.stdout, want);
    assert_eq!(stat(&slow.stderr, "fast_splits"), 0);
    assert_eq!(stat(&slow.stderr, "fast_unsplits"), 0);
    assert_eq!(stat(&slow.stderr, "splits"), splits, "the same crossings");
}

#[test]
fn a_panic_on_a_fast_path_segment_traces_across_the_boundary() {
    if !native() {
        return;
    }
    let run = run(
        "hot_split_fastpath_trace",
        "stackstats,noextend,nosmallfirst",
    );
    assert_eq!(run.code, Some(2), "{}", run.describe());
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines[0], "panic: leaf 5000");
    assert_eq!(lines[3], "main.leaf(0x1388, 0x0)");
    assert_eq!(lines[5], "----- stack segment boundary -----");
    assert_eq!(lines[6], "main.hot(0x2710, 0x0)");
    assert_eq!(lines[8], "main.main.func1()");
    // leaf was called 5001 times: the first crossing took a segment from
    // the runtime, the other 5000 the spare in the stubs; the last one
    // panicked there and never came back.
    assert_eq!(stat(&run.stderr, "fast_splits"), 5000, "{}", run.stderr);
    assert_eq!(stat(&run.stderr, "fast_unsplits"), 4999, "{}", run.stderr);
}
