//! Line directives in diagnostics: the positions of errors after a
//! directive, and the errors of invalid directives, exactly as gc 1.19
//! prints them (each expected text below is gc's output for the file:
//! `go build prog.go`, which names it `./prog.go`, for the first test;
//! `go run prog.go` for the second).
//! Their effect at run time is checked by programs/lang/linedirective_*.

mod common;

use common::{splitgo_in, Scratch};

/// `splitgo check` of `src` written to prog.go and named `name`: its
/// stderr.
fn check(tag: &str, name: &str, src: &str) -> String {
    let s = Scratch::new(tag);
    s.write("prog.go", src);
    let run = splitgo_in(&s.dir, &["check", name]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    run.stderr
}

#[test]
fn errors_after_directives_name_the_given_place() {
    let cases = [
        ("//line foo.go:10", "foo.go:10: undefined: y\n"),
        ("//line foo.go:10:3", "foo.go:10:9: undefined: y\n"),
        ("//line :10:3", "./prog.go:10:9: undefined: y\n"),
        ("//line :10", ":10: undefined: y\n"),
        ("//line foo.go::5", "foo.go::5: undefined: y\n"),
        ("//line a:b:5:6", "a:b:5:12: undefined: y\n"),
        ("// line foo.go:10", "./prog.go:4:7: undefined: y\n"),
        ("  //line foo.go:10", "./prog.go:4:7: undefined: y\n"),
        ("//line foo.go", "./prog.go:4:7: undefined: y\n"),
    ];
    for (dir, want) in cases {
        let src = format!("package main\nfunc main() {{\n{dir}\n\tx := y\n\t_ = x\n}}\n");
        assert_eq!(check("linedir-pos", "./prog.go", &src), want, "{dir}");
    }
    // A block directive applies from the character after it, on its line.
    let src = "package main\nfunc main() {\n\t_ = y /*line b.go:7:20*/ + z\n\t_ = w\n}\n";
    assert_eq!(
        check("linedir-block", "./prog.go", src),
        "./prog.go:3:6: undefined: y\nb.go:7:23: undefined: z\nb.go:8:6: undefined: w\n"
    );
}

#[test]
fn invalid_directives_are_syntax_errors() {
    let cases = [
        ("//line foo.go:x", "prog.go:3:15: invalid line number: x\n"),
        ("//line foo.go:0", "prog.go:3:15: invalid line number: 0\n"),
        (
            "//line foo.go:10:0",
            "prog.go:3:18: invalid column number: 0\n",
        ),
        (
            "//line foo.go:0:5",
            "prog.go:3:15: invalid line number: 0\n",
        ),
        (
            "//line foo.go:5:0x1",
            "prog.go:3:17: invalid line number: 0x1\n",
        ),
        (
            "//line foo.go:1073741825",
            "prog.go:3:15: invalid line number: 1073741825\n",
        ),
        (
            "//line foo.go:99999999999999999999",
            "prog.go:3:15: invalid line number: 99999999999999999999\n",
        ),
        (
            "/*line foo.go:5*/ /*line :x*/",
            "foo.go:5: invalid line number: x\n",
        ),
    ];
    for (dir, want) in cases {
        // The use of y is not reported: gc stops at syntax errors.
        let src = format!("package main\n\n{dir}\nfunc main() {{\n\tx := y\n}}\n");
        assert_eq!(check("linedir-bad", "prog.go", &src), want, "{dir}");
    }
}

/// The pc table holds a file per entry, so code of one function from two
/// files is reported in each: `main.init` runs the variable initializers
/// of every file of the package (gc 1.19 prints `b.go 5`, and the trace
/// names b.go for both frames).
#[test]
fn package_initializers_report_their_own_file() {
    // Programs run on amd64 only so far.
    if !cfg!(target_arch = "x86_64") {
        return;
    }
    let s = Scratch::new("linedir-init-files");
    s.write(
        "a.go",
        "package main\n\nvar a = 1\n\nfunc main() { println(a, b) }\n",
    );
    s.write(
        "b.go",
        "package main\n\nimport \"runtime\"\n\nvar b = g()\n\nfunc g() int {\n\t_, file, line, _ := runtime.Caller(1)\n\tprintln(file[len(file)-4:], line)\n\tvar s []int\n\treturn s[5]\n}\n",
    );
    let run = splitgo_in(&s.dir, &["run", "a.go", "b.go"]);
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert!(
        run.stderr.starts_with("b.go 5\npanic: "),
        "{}",
        run.describe()
    );
    let trace: Vec<&str> = run.stderr.lines().filter(|l| l.starts_with('\t')).collect();
    assert_eq!(trace.len(), 2, "{}", run.describe());
    assert!(trace[0].contains("/b.go:11 +0x"), "{}", run.describe());
    assert!(trace[1].contains("/b.go:5 +0x"), "{}", run.describe());
}
