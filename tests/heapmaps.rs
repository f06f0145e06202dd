//! The heap's pointer bitmap checked against running programs
//! (`SPLITGO_DEBUG=heapmaps`, runtime/src/exec/native/heapcheck.rs): every
//! few service calls each heap word the bitmap marks as a pointer must
//! hold nil or a mapped address. The corpus runs clean under the check,
//! and the check catches bits that mark integers (`SPLITGO_DEBUG=heapints`
//! makes the heap mark every word of every typed object).

mod common;

#[test]
fn the_corpus_runs_with_its_heap_maps_checked() {
    let report = common::corpus_failures_under("heapmaps");
    assert!(report.is_empty(), "heap map check failures:\n{report}");
}

#[test]
fn an_integer_marked_as_a_pointer_is_caught() {
    let prog = "tests/heapmaps/ints.go";
    let plain = common::splitgo_env(&["run", prog], &[("SPLITGO_DEBUG", "heapmaps")]);
    assert_eq!(plain.code, Some(0), "{}", plain.describe());
    assert_eq!(plain.stderr, "200 20020500\n");
    let bad = common::splitgo_env(&["run", prog], &[("SPLITGO_DEBUG", "heapmaps,heapints")]);
    assert_eq!(bad.code, Some(2), "{}", bad.describe());
    let lines: Vec<&str> = bad.stderr.lines().collect();
    assert!(
        lines[0].starts_with("runtime: heap word 0x") && lines[0].contains(" holds 0x"),
        "{}",
        bad.describe()
    );
    assert_eq!(
        lines[1],
        "fatal error: heap bitmap marks a word that holds no pointer"
    );
}
