//! The `splitgo` command line as a user meets it: exit statuses, gc's
//! one-line diagnostics, the ten-error cap, missing files, usage errors,
//! commands of later issues, and `splitgo test` output. Running programs:
//! tests/run.rs.

mod common;

use common::{splitgo, splitgo_in, Scratch};

const CLEAN: &str = "package main\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\tprintln(add(1, 2))\n}\n";

#[test]
fn clean_program_is_silent() {
    let s = Scratch::new("clean");
    s.write("prog.go", CLEAN);
    let run = splitgo(&["check", &s.path("prog.go")]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stdout, "", "{}", run.describe());
    assert_eq!(run.stderr, "", "{}", run.describe());
}

#[test]
fn hello_example_of_the_readme_is_clean() {
    let run = splitgo(&["check", "programs/hello/hello.go"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stderr, "", "{}", run.describe());
}

#[test]
fn one_line_form_is_gcs_with_the_name_as_given() {
    let s = Scratch::new("oneline");
    // gc 1.19 prints exactly this line for this file.
    s.write("prog.go", "package main\nfunc main() {\n\tfoo(1, 2\n}\n");
    let run = splitgo_in(&s.dir, &["check", "./prog.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(
        run.stderr,
        "./prog.go:3:10: syntax error: unexpected newline in argument list; possibly missing comma or )\n"
    );
    assert_eq!(run.stdout, "");

    // The name is printed as given: a path with directories stays one.
    s.write("sub/prog.go", "package main\nfunc main() {\n\tx :=\n}\n");
    let run = splitgo_in(&s.dir, &["check", "--short", "sub/prog.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    // gc adds ", expecting expression".
    assert!(
        run.stderr
            .starts_with("sub/prog.go:4:1: syntax error: unexpected }"),
        "{}",
        run.describe()
    );
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.describe());
}

#[test]
fn at_most_ten_errors_then_too_many() {
    let s = Scratch::new("cap");
    let mut src = String::from("package main\n\nfunc main() {\n");
    for i in 0..12 {
        src.push_str(&format!("\t_ = \"\\q{i}\"\n"));
    }
    src.push_str("}\n");
    s.write("prog.go", &src);
    let run = splitgo_in(&s.dir, &["check", "prog.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 11, "{}", run.describe());
    let mut last_pos = "";
    for (i, line) in lines[..10].iter().enumerate() {
        let (pos, msg) = line.split_once(": ").expect("pos: msg");
        let want_line = format!("prog.go:{}:", i + 4);
        assert!(pos.starts_with(&want_line), "line {i}: {line}");
        assert!(msg.starts_with("unknown escape"), "line {i}: {line}");
        last_pos = pos;
    }
    // As gc: the cap line carries the position of the last error printed.
    assert_eq!(lines[10], format!("{last_pos}: too many errors"));
}

#[test]
fn directory_is_one_package() {
    let s = Scratch::new("dir");
    s.write(
        "pkg/a.go",
        "package main\n\nfunc main() {\n\tprintln(f())\n}\n",
    );
    s.write(
        "pkg/b.go",
        "package main\n\nfunc f() int {\n\treturn 1\n}\n",
    );
    s.write("pkg/b_test.go", "this is not Go and is not read\n");
    let run = splitgo_in(&s.dir, &["check", "pkg"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());

    s.write("pkg/c.go", "package main\n\nvar s = \"\\q\"\n");
    let run = splitgo_in(&s.dir, &["check", "pkg/"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert!(run.stderr.starts_with("pkg/c.go:3:"), "{}", run.describe());

    s.write("empty/README", "no Go here");
    let run = splitgo_in(&s.dir, &["check", "empty"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(run.stderr, "splitgo: no Go files in empty\n");
}

#[test]
fn missing_file_is_reported_like_go() {
    let s = Scratch::new("missing");
    let run = splitgo_in(&s.dir, &["check", "nosuch.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(
        run.stderr,
        "splitgo: open nosuch.go: no such file or directory\n"
    );
    assert_eq!(run.stdout, "");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["frobnicate"][..],
        &["check"],
        &["check", "a.go", "--arch", "sparc"],
        &["check", "a.go", "--arch"],
        &["check", "a.go", "--nosuchflag"],
        &["test"],
    ] {
        let run = splitgo(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.describe());
        assert!(
            run.stderr.starts_with("splitgo: "),
            "{args:?}: {}",
            run.describe()
        );
        assert!(
            run.stderr.contains("Usage:"),
            "{args:?}: {}",
            run.describe()
        );
    }
}

#[test]
fn later_commands_say_so_truthfully() {
    for (args, what) in [
        (&[][..], "the REPL is not implemented yet"),
        (&["repl"], "the REPL is not implemented yet"),
    ] {
        let run = splitgo(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.describe());
        assert!(
            run.stderr.starts_with(&format!("splitgo: {what}")),
            "{args:?}: {}",
            run.describe()
        );
    }
}

#[test]
fn help_and_version() {
    for args in [&["help"][..], &["--help"], &["-h"]] {
        let run = splitgo(args);
        assert_eq!(run.code, Some(0), "{}", run.describe());
        assert!(run.stdout.contains("splitgo check"), "{}", run.describe());
    }
    let run = splitgo(&["--version"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(
        run.stdout,
        format!("splitgo {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn arch_flag_is_accepted() {
    let s = Scratch::new("arch");
    s.write("prog.go", CLEAN);
    for arch in ["amd64", "386", "arm64"] {
        let run = splitgo_in(&s.dir, &["check", "--arch", arch, "prog.go"]);
        assert_eq!(run.code, Some(0), "{arch}: {}", run.describe());
    }
}

#[test]
fn corpus_runner_reports_fails_skips_and_counts() {
    let s = Scratch::new("corpus");
    s.write(
        "c/good.go",
        "// errorcheck\n\npackage main\n\nfunc main() {\n\t_ = \"\\q\" // ERROR \"unknown escape\"\n}\n",
    );
    s.write(
        "c/sub/bad.go",
        "// errorcheck\n\npackage main\n\nfunc main() {\n\t_ = \"\\q\"\n\t_ = 1 // ERROR \"never said\"\n}\n",
    );
    s.write(
        "c/ok.go",
        "// errorcheck\n\npackage main\n\nfunc main() {}\n",
    );
    s.write(
        "c/later.go",
        "// run\n// args: a b\n\npackage main\n\nfunc main() {}\n",
    );
    s.write("c/nohead.go", "package main\n");
    let run = splitgo_in(&s.dir, &["test", "c"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "FAIL c/nohead.go: line 1: no test header (want // errorcheck, // compile, // run or // fatal), got \"package main\"",
            "FAIL c/ok.go: compilation succeeded unexpectedly",
            lines[2],
            "FAIL c/sub/bad.go: line 7: missing error \"never said\"",
            "2 passed, 3 failed",
        ],
        "{}",
        run.describe()
    );
    assert!(
        lines[2].starts_with("FAIL c/sub/bad.go: line 6: unexpected error: unknown escape"),
        "{}",
        run.describe()
    );

    let run = splitgo_in(&s.dir, &["test", "c/good.go"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stdout, "1 passed, 0 failed\n");

    let run = splitgo_in(&s.dir, &["test", "nosuchdir"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(
        run.stderr,
        "splitgo: open nosuchdir: no such file or directory\n"
    );
}

/// `run` refuses a package other than main, as `go run` does, before any
/// other error (the go command reads package clauses first); `check`
/// accepts it, as `go build` and `go vet` do: a library package is valid
/// Go. It used to run the package's func main.
#[test]
fn a_package_other_than_main_does_not_run() {
    let not_main = "package command-line-arguments is not a main package\n";
    let run = splitgo(&["run", "programs/hardening/not_main.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(run.stderr, not_main);
    assert_eq!(run.stdout, "");
    let run = splitgo(&["programs/hardening/not_main.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(run.stderr, not_main);
    let run = splitgo(&["check", "programs/hardening/not_main.go"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    let s = Scratch::new("not-main");
    // A syntax error after the clause: still refused for the clause, as gc.
    s.write("bad.go", "package foo\n\nfunc main() { x := \n");
    let run = splitgo_in(&s.dir, &["run", "bad.go"]);
    assert_eq!((run.code, run.stderr.as_str()), (Some(1), not_main));
    // Files that disagree are the checker's to report.
    s.write("main.go", "package main\n\nfunc main() {}\n");
    s.write("lib.go", "package lib\n");
    let run = splitgo_in(&s.dir, &["run", "--short", "main.go", "lib.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(
        run.stderr,
        "lib.go:1:9: found packages main (main.go) and lib (lib.go)\n"
    );
    // A script (no package clause) is package main.
    s.write(
        "script.go",
        "#!/usr/bin/env splitgo\nfunc main() { println(\"ran\") }\n",
    );
    let run = splitgo_in(&s.dir, &["run", "script.go"]);
    assert_eq!(
        (run.code, run.stderr.as_str()),
        (Some(0), "ran\n"),
        "{}",
        run.describe()
    );
}
