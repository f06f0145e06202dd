//! Differential test: for every errorcheck program, splitgo reports its
//! errors at the same `line:col` positions as gc (Go 1.19), where Go is
//! installed (`scripts/test` installs it; skipped, saying so, otherwise).
//! The messages themselves are checked by the corpus (`splitgo test`).

mod common;

use common::{root, splitgo_in, Scratch};
use std::collections::BTreeSet;
use std::process::Command;

/// Programs where positions are not compared, and why.
const EXCEPT: &[(&str, &str)] = &[
    (
        "generic_func.go",
        "gc accepts generics; splitgo rejects them",
    ),
    (
        "generic_type.go",
        "gc accepts generics; splitgo rejects them",
    ),
    (
        "complex_builtin.go",
        "gc accepts complex numbers; splitgo rejects them",
    ),
    (
        "complex_imag_literal.go",
        "gc accepts complex numbers; splitgo rejects them",
    ),
    (
        "main_undeclared.go",
        "gc's linker reports it, without a position",
    ),
    // gc 1.19 points at the variable name after `var`; splitgo at `var`.
    (
        "syntax_var_in_for.go",
        "position of a syntax error inside a for header",
    ),
];

/// The `line:col` of each `main.go:L:C:` line of `out`.
fn positions(out: &str) -> BTreeSet<String> {
    out.lines()
        .filter_map(|l| l.trim_start_matches("./").strip_prefix("main.go:"))
        .filter_map(|rest| {
            let mut it = rest.splitn(3, ':');
            let (l, c) = (it.next()?, it.next()?);
            (l.bytes().all(|b| b.is_ascii_digit()) && c.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("{l}:{c}"))
        })
        .collect()
}

#[test]
fn errors_are_where_gc_puts_them() {
    if Command::new("go").arg("version").output().is_err() {
        eprintln!("skipped: go is not installed (apt-get install golang-go)");
        return;
    }
    let dir = root().join("programs/errorcheck");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("programs/errorcheck")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        if EXCEPT.iter().any(|(n, _)| n == name) {
            continue;
        }
        let s = Scratch::new("gcpos");
        s.write("main.go", std::fs::read(dir.join(name)).expect("readable"));
        let gc = Command::new("go")
            .args(["build", "-gcflags=-e", "-o", "/dev/null", "main.go"])
            .current_dir(&s.dir)
            .env("GO111MODULE", "off")
            .env("GOPATH", s.dir.join("gopath"))
            .env("GOCACHE", s.dir.join("gocache"))
            .output()
            .expect("go runs");
        let theirs = positions(&String::from_utf8_lossy(&gc.stderr));
        let run = splitgo_in(&s.dir, &["check", "--short", "main.go"]);
        let ours = positions(&run.stderr);
        // gc may add lines (notes such as "other declaration of x"); every
        // position splitgo reports must be one gc reports.
        let extra: Vec<&String> = ours.difference(&theirs).collect();
        if ours.is_empty() || !extra.is_empty() {
            failures.push(format!("{name}: gc {theirs:?}, splitgo {ours:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
