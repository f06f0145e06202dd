//! Differential test of diagnostic wording: each program in
//! tests/gcwords is a small bad program, and tests/gcwords/gc1.19.txt
//! holds the first diagnostic gc 1.19 reports for it (its first line and
//! the tab-indented lines under it), made by scripts/gen_gc_words.sh.
//! splitgo's first diagnostic must be the same text, position included.
//! Go need not be installed: the expected lines are committed.

mod common;

use common::{root, splitgo_in};
use std::collections::BTreeMap;

/// Programs whose first diagnostic still differs from gc's, and why.
const KNOWN: &[(&str, &str)] = &[
    (
        "assign_overflow.go",
        "gc keeps `byte` as written; splitgo's byte is uint8 itself",
    ),
    (
        "func_value_arg.go",
        "gc prints a function type's parameter names; splitgo's types keep none",
    ),
    (
        "wrong_method_type.go",
        "gc prints a method's parameter names in have/want",
    ),
    (
        "impossible_assert_wrong_type.go",
        "gc prints a method's parameter names in have/want",
    ),
    (
        "shift_compare_float.go",
        "gc prints the expression from its syntax tree; splitgo quotes the source",
    ),
    (
        "shift_in_sum.go",
        "gc names the shift itself, splitgo the expression holding it",
    ),
    (
        "string_index_assign.go",
        "gc 1.19 words a string element as a value of type byte",
    ),
    (
        "switch_mismatch.go",
        "gc converts a case constant to the tag's type first",
    ),
];

/// Splits a diagnostic listing into `NAME.go -> first diagnostic` (its
/// first line and the tab-indented lines continuing it).
fn by_program(text: &str) -> BTreeMap<String, String> {
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('\t') {
            if let Some(name) = &current {
                let d = out.get_mut(name).expect("started");
                d.push('\n');
                d.push_str(line);
            }
            continue;
        }
        let name = line.split(':').next().unwrap_or_default().to_string();
        out.insert(name.clone(), line.to_string());
        current = Some(name);
    }
    out
}

/// splitgo's first diagnostic for `name`, written as gc's listing is.
fn first_diagnostic(dir: &std::path::Path, name: &str) -> String {
    let run = splitgo_in(dir, &["check", "--short", name]);
    let mut lines = run.stderr.lines();
    let Some(first) = lines.next() else {
        return format!("{name}: accepted");
    };
    let mut out = first.to_string();
    for l in lines.take_while(|l| l.starts_with('\t')) {
        out.push('\n');
        out.push_str(l);
    }
    out
}

#[test]
fn first_diagnostics_are_worded_as_gc_words_them() {
    let dir = root().join("tests/gcwords");
    let want = by_program(&std::fs::read_to_string(dir.join("gc1.19.txt")).expect("gc1.19.txt"));
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/gcwords")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    let mut known_now_right = Vec::new();
    for name in &names {
        let Some(theirs) = want.get(name) else {
            failures.push(format!(
                "{name}: not in gc1.19.txt (run scripts/gen_gc_words.sh)"
            ));
            continue;
        };
        let ours = first_diagnostic(&dir, name);
        let known = KNOWN.iter().any(|(n, _)| n == name);
        match (ours == *theirs, known) {
            (true, true) => known_now_right.push(name.clone()),
            (false, false) => {
                failures.push(format!("{name}:\n  gc:      {theirs}\n  splitgo: {ours}"))
            }
            _ => {}
        }
    }
    for name in known_now_right {
        failures.push(format!("{name}: now worded as gc; take it off KNOWN"));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
