//! The checker accepts the programs of Go's own test suite directories
//! `test/ken` and `test/chan` that stay inside splitgo's v1 subset
//! (DESIGN §3), and reports exactly the expected errors for the one
//! errorcheck program there (`chan/perm.go`). Every such `// run` program
//! also runs to exit status 0, with the output of its `.out` file when it
//! has one, except the few listed in [`NOT_YET_RUN`] with the reason.
//!
//! Go's files are read where Debian's golang-1.19-src installs them; they
//! are not copied into the project. Without that package the test is skipped
//! and says so (`scripts/test` installs it).

mod common;

use common::{splitgo, splitgo_merged_env, Scratch};
use splitgo_lang::Target;
use std::path::Path;

const SUITE: &str = "/usr/share/go-1.19/test";

/// Covered programs that check but do not run yet, and why (each needs a
/// later issue). They are compiled, and must fail with a diagnostic.
const NOT_YET_RUN: &[(&str, &str)] = &[];

/// Programs that must check cleanly.
const COVERED: &[&str] = &[
    "ken/array.go",
    "ken/chan.go",
    "ken/chan1.go",
    "ken/complit.go",
    "ken/convert.go",
    "ken/cplx0.go",
    "ken/cplx1.go",
    "ken/cplx2.go",
    "ken/cplx3.go",
    "ken/cplx4.go",
    "ken/cplx5.go",
    "ken/divconst.go",
    "ken/divmod.go",
    "ken/embed.go",
    "ken/for.go",
    "ken/interbasic.go",
    "ken/interfun.go",
    "ken/intervar.go",
    "ken/label.go",
    "ken/litfun.go",
    "ken/mfunc.go",
    "ken/modconst.go",
    "ken/ptrfun.go",
    "ken/ptrvar.go",
    "ken/range.go",
    "ken/rob1.go",
    "ken/rob2.go",
    "ken/robfor.go",
    "ken/robfunc.go",
    "ken/shift.go",
    "ken/simparray.go",
    "ken/simpbool.go",
    "ken/simpconv.go",
    "ken/simpfun.go",
    "ken/simpswitch.go",
    "ken/simpvar.go",
    "ken/slicearray.go",
    "ken/sliceslice.go",
    "ken/string.go",
    "ken/strvar.go",
    "chan/doubleselect.go",
    "chan/fifo.go",
    "chan/goroutines.go",
    "chan/nonblock.go",
    "chan/powser1.go",
    "chan/powser2.go",
    "chan/select.go",
    "chan/select2.go",
    "chan/select3.go",
    "chan/select4.go",
    "chan/select6.go",
    "chan/select7.go",
    "chan/select8.go",
    "chan/sendstmt.go",
    "chan/sieve1.go",
    "chan/sieve2.go",
    "chan/zerosize.go",
];

/// Errorcheck programs: run through `splitgo test`. (`fixedbugs/issue11326.go`:
/// huge float constants overflow float64 and say so with gc's value.)
const ERRORCHECK: &[&str] = &["chan/perm.go", "fixedbugs/issue11326.go"];

/// Programs outside v1, and why. Each must still be rejected with a clear
/// diagnostic, never a crash.
const LEFT_OUT: &[(&str, &str)] = &[(
    "chan/select5.go",
    "a program generator: imports bufio, io, text/template",
)];

fn installed() -> bool {
    if Path::new(SUITE).join("ken").is_dir() {
        return true;
    }
    eprintln!(
        "skipped: Go's test suite is not installed at {SUITE} (apt-get install golang-1.19-src)"
    );
    false
}

#[test]
fn lists_cover_every_file_of_ken_and_chan() {
    if !installed() {
        return;
    }
    for dir in ["ken", "chan"] {
        for e in std::fs::read_dir(Path::new(SUITE).join(dir)).expect("readable suite") {
            let name = e
                .expect("dir entry")
                .file_name()
                .into_string()
                .expect("utf-8 name");
            if !name.ends_with(".go") {
                continue;
            }
            let rel = format!("{dir}/{name}");
            let listed = COVERED.contains(&rel.as_str())
                || ERRORCHECK.contains(&rel.as_str())
                || LEFT_OUT.iter().any(|(f, _)| *f == rel);
            assert!(listed, "{rel} is in none of the lists of tests/go_suite.rs");
        }
    }
}

#[test]
fn covered_programs_check_cleanly() {
    if !installed() {
        return;
    }
    let mut failures = Vec::new();
    for rel in COVERED {
        let path = format!("{SUITE}/{rel}");
        let run = splitgo(&["check", "--short", &path]);
        if run.code != Some(0) || !run.stderr.is_empty() {
            failures.push(format!("{rel}: {}", run.describe()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn errorcheck_programs_report_exactly_their_errors() {
    if !installed() {
        return;
    }
    // `splitgo test` runs a directory: give it a scratch one holding a copy.
    let s = Scratch::new("go-errorcheck");
    for rel in ERRORCHECK {
        let src = std::fs::read(format!("{SUITE}/{rel}")).expect("readable");
        s.write(rel.rsplit('/').next().expect("file name"), src);
    }
    let dir = s.dir.to_string_lossy().to_string();
    let run = splitgo(&["test", &dir]);
    let last = run.stdout.lines().last().unwrap_or("");
    assert_eq!(
        last,
        format!("{} passed, 0 failed", ERRORCHECK.len()),
        "{}",
        run.describe()
    );
}

#[test]
fn left_out_programs_are_rejected_with_a_diagnostic() {
    if !installed() {
        return;
    }
    for (rel, why) in LEFT_OUT {
        let path = format!("{SUITE}/{rel}");
        let run = splitgo(&["check", "--short", &path]);
        assert_eq!(run.code, Some(1), "{rel} ({why}): {}", run.describe());
        assert!(run.stderr.starts_with(&path), "{rel}: {}", run.describe());
    }
}

#[test]
fn covered_programs_run() {
    if !installed() {
        return;
    }
    let mut failures = Vec::new();
    for rel in COVERED {
        let path = format!("{SUITE}/{rel}");
        let run = splitgo(&["run", &path]);
        if let Some((_, why)) = NOT_YET_RUN.iter().find(|(f, _)| f == rel) {
            if run.code != Some(1) || !run.stderr.contains("not yet supported") {
                failures.push(format!("{rel} (not yet run: {why}): {}", run.describe()));
            }
            continue;
        }
        let want = std::fs::read_to_string(format!("{SUITE}/{}", rel.replace(".go", ".out")));
        // Go's harness compares the combined output (these programs write
        // either stdout or, with print, stderr).
        let got = format!("{}{}", run.stdout, run.stderr);
        let out_ok = want.as_ref().map_or(run.stderr.is_empty(), |w| *w == got);
        if run.code != Some(0) || !out_ok {
            failures.push(format!("{rel}: {}", run.describe()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `// run` programs that run but give a wrong result, and why. Every
/// other one must run to exit 0 with its `.out` (or no output) or be
/// refused with a diagnostic (exit 1: a feature or package splitgo does
/// not have yet), never crash or hang.
const KNOWN_WRONG: &[(&str, &str)] = &[
    ("closure.go", "counts allocations that gc avoids"),
    (
        "nilptr.go",
        "wants its 256 MiB global in the first 256 MiB of the address space, where gc's linker puts data; splitgo maps globals where the kernel chooses (the nil checks it tests pass)",
    ),
    (
        "recover.go",
        "recover in a method called through reflect's method values (test9reflect1/2) must \
         recover: reflect's frames between the panic and the method are not wrappers yet",
    ),
    (
        "fixedbugs/issue18636.go",
        "a 1 MiB composite literal is built in the frame, past SetMaxStack",
    ),
    (
        "fixedbugs/issue23017.go",
        "the bounds check of a left-hand index runs in the first phase of the assignment",
    ),
];

/// Programs this language work does not aim at, and why: they need the
/// collector (a later issue), generics, or a package outside the standard
/// library splitgo means to have. They may run, fail or be refused, but
/// never crash the compiler.
const LATER: &[(&str, &str)] = &[
    (
        "const7.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "deferfin.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "finprofiled.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/bug206.go",
        "imports go/ast, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/bug295.go",
        "imports testing, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/bug369.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue10607.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue11771.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue13268.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue14636.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue15002.go",
        "imports syscall, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue15277.go",
        "the collector: checks memory is reclaimed",
    ),
    (
        "fixedbugs/issue15281.go",
        "the collector: checks memory is reclaimed",
    ),
    (
        "fixedbugs/issue16037_run.go",
        "imports html/template, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue19658.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue21317.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue21576.go",
        "imports context, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue22660.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue22662b.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue24491a.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/issue24491b.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/issue26411.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue27518b.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/issue30476.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/issue32477.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/issue33275_run.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue33555.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue36437.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue45045.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/issue4618.go",
        "imports testing, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue4667.go",
        "imports testing, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue46725.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    ("fixedbugs/issue50672.go", "generics"),
    (
        "fixedbugs/issue52127.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    ("fixedbugs/issue53137.go", "generics"),
    ("fixedbugs/issue53309.go", "generics"),
    ("fixedbugs/issue53635.go", "generics"),
    (
        "fixedbugs/issue5493.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "fixedbugs/issue8606b.go",
        "imports syscall, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue9110.go",
        "the collector: checks memory is reclaimed",
    ),
    (
        "fixedbugs/issue9321.go",
        "imports runtime/pprof, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue9355.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "fixedbugs/issue9862_run.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "gc2.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "gcstring.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "heapsampling.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    ("init1.go", "the collector: checks memory is reclaimed"),
    (
        "linkmain_run.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "linkobj.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "linkx_run.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "mallocfin.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "nosplit.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "recover4.go",
        "imports syscall, outside the standard library splitgo means to have",
    ),
    (
        "sigchld.go",
        "imports syscall, outside the standard library splitgo means to have",
    ),
    (
        "sinit_run.go",
        "imports os/exec, outside the standard library splitgo means to have",
    ),
    (
        "stackobj.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "stackobj3.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "tinyfin.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
    (
        "uintptrescapes3.go",
        "the collector: finalizers, memory profiles or reclaimed memory",
    ),
];

/// Programs refused with a diagnostic that the language and standard
/// library issues mean to run, and why they do not yet.
const REFUSED_FOR_NOW: &[(&str, &str)] = &[];

/// The `// run` programs of test/, test/fixedbugs, test/ken and test/chan,
/// as Go's test/run.go picks them: the first line after any build
/// constraints is exactly `// run` (no flags, no arguments).
fn run_programs() -> Vec<String> {
    let mut progs = Vec::new();
    for dir in ["", "fixedbugs", "ken", "chan"] {
        let d = Path::new(SUITE).join(dir);
        for e in std::fs::read_dir(&d).expect("readable suite") {
            let path = e.expect("dir entry").path();
            if path.extension().is_none_or(|x| x != "go") {
                continue;
            }
            let src = std::fs::read_to_string(&path).unwrap_or_default();
            let action = src.lines().find(|l| {
                let l = l.trim();
                !(l.is_empty() || l.starts_with("// +build") || l.starts_with("//go:build"))
            });
            if action != Some("// run") {
                continue;
            }
            let name = path
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            progs.push(if dir.is_empty() {
                name
            } else {
                format!("{dir}/{name}")
            });
        }
    }
    progs.sort();
    progs
}

/// Whether the build constraints of `src` (`// +build` lines, as Go
/// 1.19's files write them) hold for linux on `goarch` with gc: lines are
/// ANDed, space-separated terms ORed, comma-separated factors ANDed.
fn builds_here(src: &str, goarch: &str) -> bool {
    let tag = |t: &str| match t.strip_prefix('!') {
        Some(t) => !matches!(t, "linux" | "unix" | "gc" | "cgo") && t != goarch,
        None => matches!(t, "linux" | "unix" | "gc" | "cgo") || t == goarch,
    };
    src.lines()
        .take_while(|l| !l.starts_with("package "))
        .filter_map(|l| l.strip_prefix("// +build "))
        .all(|line| line.split_whitespace().any(|term| term.split(',').all(tag)))
}

#[test]
fn run_programs_of_go_test_dirs_run_or_are_refused() {
    if !installed() {
        return;
    }
    let progs = run_programs();
    assert!(progs.len() > 700, "only {} programs found", progs.len());
    let (mut ran, mut refused, mut skipped, mut failures) = (0, 0, 0, Vec::new());
    let mut later = 0;
    // Go's test/run.go sets $GOARCH to the running toolchain's when it is
    // unset; env.go compares it with runtime.GOARCH.
    let goarch = std::env::var("GOARCH").unwrap_or_else(|_| Target::host().name().to_string());
    for rel in &progs {
        let path = format!("{SUITE}/{rel}");
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        if !builds_here(&src, &goarch) {
            skipped += 1;
            continue;
        }
        let run = splitgo_merged_env(&["run", &path], &[("GOARCH", &goarch)]);
        let want = std::fs::read_to_string(format!("{SUITE}/{}", rel.replace(".go", ".out")));
        let ok = match run.code {
            // As Go's test/run.go: the combined output is the `.out`
            // file's text, or nothing when there is none.
            Some(0) => run.stdout == want.as_deref().unwrap_or(""),
            // A diagnostic, on the program or on the stdlib code it needs.
            Some(1) => {
                refused += 1;
                run.stdout.starts_with(&path) || run.stdout.contains("not yet supported")
            }
            _ => false,
        };
        if ok && run.code == Some(0) {
            ran += 1;
        }
        if LATER.iter().any(|(f, _)| f == rel) {
            later += 1;
            // Whatever it does, the compiler and runtime stay whole.
            if !matches!(run.code, Some(0..=2)) {
                failures.push(format!("{rel} (later): {}", run.describe()));
            }
            continue;
        }
        // Every refusal is listed with its reason, and every listed one
        // is still refused: the lists say exactly what does not run.
        let listed = REFUSED_FOR_NOW.iter().any(|(f, _)| f == rel);
        match (run.code == Some(1), listed) {
            (true, false) => failures.push(format!(
                "{rel} is refused but not in REFUSED_FOR_NOW: {}",
                run.describe()
            )),
            (false, true) => failures.push(format!(
                "{rel} is no longer refused: take it off REFUSED_FOR_NOW ({})",
                run.describe()
            )),
            _ => {}
        }
        let known = KNOWN_WRONG.iter().any(|(f, _)| f == rel);
        match (ok, known) {
            (true, true) if run.code == Some(0) => {
                failures.push(format!("{rel} now passes: take it off KNOWN_WRONG"))
            }
            (false, false) => failures.push(format!("{rel}: {}", run.describe())),
            _ => {}
        }
    }
    eprintln!(
        "{} programs ({skipped} not built on linux/{goarch}): {ran} ran right, {refused} refused \
         with a diagnostic ({} of them meant to run later), {} known wrong, {later} left to \
         later issues (the collector, generics, packages outside the standard library)",
        progs.len(),
        REFUSED_FOR_NOW.len(),
        KNOWN_WRONG.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
