//! The stack maps checked against running programs
//! (`SPLITGO_DEBUG=stackmaps`, runtime/src/exec/native/mapcheck.rs): at
//! every service call each word a frame's map names must hold nil or a
//! mapped address, and so must each pointer word of the globals. The
//! corpus runs clean under the check, and the check catches maps that
//! name integers (`SPLITGO_DEBUG=mapints` makes the JIT put every local
//! word in every map, `mapintglobals` every global word among the roots).

mod common;

#[test]
fn the_corpus_runs_with_its_stack_maps_checked() {
    let report = common::corpus_failures_under("stackmaps");
    assert!(report.is_empty(), "stack map check failures:\n{report}");
}

/// Parked goroutines deep in recursions across segments, a frame stopped
/// where it faulted while its deferred call recovers and yields: every
/// goroutine's stack is scanned many times. The output is gc 1.19's.
#[test]
fn parked_deep_and_faulted_stacks_pass_the_check() {
    let run = common::splitgo_env(
        &["run", "tests/stackmaps/goroutines.go"],
        &[("SPLITGO_DEBUG", "stackmaps")],
    );
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(
        run.stdout,
        "recovered: runtime error: invalid memory address or nil pointer dereference\n\
         0 3013r\n1 5515r\n2 8018r\n3 10511r\n"
    );
}

#[test]
fn an_integer_in_a_map_is_caught() {
    let prog = "tests/stackmaps/ints.go";
    let plain = common::splitgo_env(&["run", prog], &[("SPLITGO_DEBUG", "stackmaps")]);
    assert_eq!(plain.code, Some(0), "{}", plain.describe());
    assert_eq!(plain.stderr, "10\n");
    let bad = common::splitgo_env(&["run", prog], &[("SPLITGO_DEBUG", "stackmaps,mapints")]);
    assert_eq!(bad.code, Some(2), "{}", bad.describe());
    let lines: Vec<&str> = bad.stderr.lines().collect();
    assert!(
        lines[0].starts_with("runtime: main.main pc=0x") && lines[0].ends_with(" holds 0x5"),
        "{}",
        bad.describe()
    );
    assert_eq!(lines[1], "fatal error: stack map check failed");
}

#[test]
fn an_integer_among_the_global_roots_is_caught() {
    let prog = "tests/stackmaps/globals.go";
    let plain = common::splitgo_env(&["run", prog], &[("SPLITGO_DEBUG", "stackmaps")]);
    assert_eq!(plain.code, Some(0), "{}", plain.describe());
    assert_eq!(plain.stderr, "7\n".repeat(600));
    let bad = common::splitgo_env(
        &["run", prog],
        &[("SPLITGO_DEBUG", "stackmaps,mapintglobals")],
    );
    assert_eq!(bad.code, Some(2), "{}", bad.describe());
    let failure: Vec<&str> = bad.stderr.lines().filter(|l| *l != "7").collect();
    assert!(
        failure[0].starts_with("runtime: global word at 0x") && failure[0].ends_with(" holds 0x2"),
        "{}",
        bad.describe()
    );
    assert_eq!(failure[1], "fatal error: stack map check failed");
}
