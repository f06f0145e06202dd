//! `splitgo run` end to end: programs compiled to amd64 and run on
//! segmented stacks (DESIGN §4-§8), checked against gc's output (recorded
//! in the tests and in programs/run/*.out) and against the reference
//! interpreter of the IR (lang/src/ir/interp.rs).
//!
//! The native executor exists for amd64 hosts only; elsewhere these tests
//! only check that `run` says so.

mod common;

use common::{splitgo, splitgo_in, Run, Scratch};
use splitgo_lang::ir::interp;
use splitgo_lang::{check_package, Importer, SourceMap, Target};

fn native() -> bool {
    cfg!(target_arch = "x86_64")
}

/// What `print`/`println` write (stderr) for the programs of
/// lang/src/ir/tests.rs, as gc prints it.
const IR_PROGRAMS: &[(&str, &str)] = &[
    ("fib", "0 1 1 2 3 5 8 13 21 34 \n6765\n"),
    (
        "arith",
        "-128 255 -3 -1 -4 4294967289 1024 2\n+3.000000e+000 +5.000000e-001 15\ntrue true true true\n",
    ),
    (
        "control",
        "-1 neg\n3 fizz\n7 small\n11 big\n15 fizz\nk 3\n",
    ),
    ("structs", "3 6 9\n0 10 10\nr 1 10 6\n9 1 4 1\n42 7\n"),
    ("closures", "3\n21\n610\n0 1 4\n-5\n"),
];

fn run_program(name: &str, env: &[(&str, &str)]) -> Run {
    let path = format!("programs/run/{name}.go");
    common::splitgo_env(&["run", &path], env)
}

#[test]
fn programs_of_the_ir_tests_print_what_gc_prints() {
    if !native() {
        return;
    }
    for (name, want) in IR_PROGRAMS {
        let run = run_program(name, &[]);
        assert_eq!(run.code, Some(0), "{name}: {}", run.describe());
        assert_eq!(run.stderr, *want, "{name}: {}", run.describe());
        assert_eq!(run.stdout, "", "{name}");
    }
}

/// The `splitgo` binary's importer, for the in-process front end.
struct Std;

impl Importer for Std {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

/// Runs `programs/run/NAME.go` in the reference interpreter.
fn interpret(name: &str) -> (String, String, Result<(), interp::Stop>) {
    let path = format!("{}/programs/run/{name}.go", common::root().display());
    let src = std::fs::read(&path).expect("program");
    let mut map = SourceMap::new();
    let id = map.add(path, &src);
    let c = check_package(&mut map, &[id], &Std, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{name}: {:?}", c.diagnostics);
    let m = splitgo_lang::ir::lower::lower(c.program.as_ref().expect("program"), &map)
        .unwrap_or_else(|d| panic!("{name} does not lower: {d:?}"));
    let (out, r) = interp::run(&m, 200_000_000);
    (out.stdout, out.stderr, r)
}

/// Every instruction the programs use means the same compiled as
/// interpreted: same output on both streams, both succeed. numbers.go,
/// whose floats the interpreter once printed its own way, agrees now that
/// both print them with the ABI crate's one implementation (and is also
/// compared with gc's output below).
#[test]
fn the_jit_agrees_with_the_reference_interpreter() {
    if !native() {
        return;
    }
    for name in ["fib", "arith", "control", "structs", "closures", "numbers"] {
        let (stdout, stderr, r) = interpret(name);
        assert_eq!(r, Ok(()), "{name}: the interpreter stopped");
        let run = run_program(name, &[]);
        assert_eq!(run.code, Some(0), "{name}: {}", run.describe());
        assert_eq!(run.stdout, stdout, "{name}: stdout");
        assert_eq!(run.stderr, stderr, "{name}: stderr");
    }
}

/// Widths, signedness, shifts past the width, MinInt / -1, unsigned 64-bit
/// values through floats, NaN: what gc prints.
#[test]
fn numbers_behave_as_with_gc() {
    if !native() {
        return;
    }
    let run = run_program("numbers", &[]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stdout, expected_out("numbers"));
}

/// `stackstats: splits=N ...` from stderr.
fn splits(stderr: &str) -> u64 {
    let line = stderr
        .lines()
        .find(|l| l.starts_with("stackstats:"))
        .unwrap_or_else(|| panic!("no stackstats line in {stderr:?}"));
    line.split_whitespace()
        .find_map(|f| f.strip_prefix("splits="))
        .and_then(|n| n.parse().ok())
        .expect("splits=N")
}

fn expected_out(name: &str) -> String {
    std::fs::read_to_string(common::root().join(format!("programs/run/{name}.out"))).unwrap()
}

#[test]
fn ten_million_frames_deep_and_back_with_the_default_segments() {
    if !native() {
        return;
    }
    let run = run_program("recurse_10m", &[("SPLITGO_DEBUG", "stackstats")]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stdout, "10000000\n");
    // 10 million frames cannot fit the first 8 KiB segment: the stack grew
    // over many segments and came back through lessstack every time.
    let n = splits(&run.stderr);
    assert!(n > 100, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("unsplits={n} ")),
        "{}",
        run.stderr
    );
}

#[test]
fn many_word_arguments_and_results_cross_boundaries_exactly() {
    if !native() {
        return;
    }
    // noextend: segments split instead of growing in place, which is
    // what this is about.
    let run = run_program("bigargs", &[("SPLITGO_DEBUG", "stackstats,noextend")]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stdout, expected_out("bigargs"));
    assert!(splits(&run.stderr) > 100, "{}", run.stderr);
}

#[test]
fn frames_bigger_than_stackbig_and_stackmin() {
    if !native() {
        return;
    }
    // noextend: as above.
    let run = run_program("bigframes", &[("SPLITGO_DEBUG", "stackstats,noextend")]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stdout, expected_out("bigframes"));
    // huge()'s 16000-byte frames do not fit the first segment at all, and
    // only a few fit each later one.
    assert!(splits(&run.stderr) >= 50, "{}", run.stderr);
}

#[test]
fn a_bigger_first_segment_means_fewer_splits() {
    if !native() {
        return;
    }
    let small = run_program("bigargs", &[("SPLITGO_DEBUG", "stackstats")]);
    let big = run_program(
        "bigargs",
        &[
            ("SPLITGO_DEBUG", "stackstats"),
            ("SPLITGO_STACKMIN", "1048576"),
        ],
    );
    assert_eq!(big.code, Some(0), "{}", big.describe());
    assert_eq!(big.stdout, small.stdout);
    assert!(splits(&big.stderr) < splits(&small.stderr));
}

/// Runs `src` as prog.go in a scratch directory.
fn run_source(tag: &str, src: &str, env: &[(&str, &str)]) -> Run {
    let s = Scratch::new(tag);
    s.write("prog.go", src);
    common::splitgo_in_env(&s.dir, &["run", "prog.go"], env)
}

#[test]
fn index_out_of_range_panics_with_gos_message_and_trace() {
    if !native() {
        return;
    }
    let run = run_source(
        "index",
        "package main\n\nfunc main() {\n\tvar a [3]int\n\ti := 5\n\ta[i] = 1\n}\n",
        &[],
    );
    assert_eq!(run.code, Some(2), "{}", run.describe());
    let want = "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\t";
    assert!(run.stderr.starts_with(want), "{}", run.describe());
    assert!(run.stderr.contains("prog.go:6 +0x"), "{}", run.describe());
}

#[test]
fn division_by_zero_panics_and_min_int_over_minus_one_wraps() {
    if !native() {
        return;
    }
    let run = run_source(
        "divide",
        "package main\n\nfunc div(a, b int) int { return a / b }\n\nfunc main() {\n\tm := -9223372036854775807 - 1\n\tprintln(div(m, -1), m%-1)\n\tprintln(div(1, 0))\n}\n",
        &[],
    );
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert!(
        run.stderr.starts_with(
            "-9223372036854775808 0\npanic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.div("
        ),
        "{}",
        run.describe()
    );
    // The frames: div (called from main), then main.
    assert!(run.stderr.contains("\nmain.main()\n"), "{}", run.describe());
}

#[test]
fn os_exit_keeps_its_status_and_the_output() {
    if !native() {
        return;
    }
    let run = run_source(
        "exit",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfmt.Println(\"before\", 1, true, 2.5)\n\tprint(\"err\\n\")\n\tos.Exit(3)\n\tfmt.Println(\"after\")\n}\n",
        &[],
    );
    assert_eq!(run.code, Some(3), "{}", run.describe());
    assert_eq!(run.stdout, "before 1 true 2.5\n");
    assert_eq!(run.stderr, "err\n");
}

/// A nil dereference is Go's runtime error with the signal line; what
/// fmt.Println buffered is on stdout before the panic is printed.
#[test]
fn a_nil_dereference_panics_after_the_output() {
    if !native() {
        return;
    }
    let run = run_source(
        "nilderef",
        "package main\n\nimport \"fmt\"\n\ntype T struct{ a, b int }\n\nfunc main() {\n\tfmt.Println(\"before\", 1)\n\tvar p *T\n\tfmt.Println(p.b)\n}\n",
        &[],
    );
    assert_eq!(run.code, Some(2), "{}", run.describe());
    assert_eq!(run.stdout, "before 1\n");
    let mut lines = run.stderr.lines();
    assert_eq!(
        lines.next(),
        Some("panic: runtime error: invalid memory address or nil pointer dereference")
    );
    let sig = lines.next().unwrap_or_default();
    assert!(
        sig.starts_with("[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x"),
        "{}",
        run.describe()
    );
    assert!(run.stderr.contains("prog.go:10 +0x"), "{}", run.describe());
}

#[test]
fn unbounded_recursion_is_a_stack_overflow_with_a_split_trace() {
    if !native() {
        return;
    }
    let run = run_source(
        "overflow",
        "package main\n\nimport \"runtime/debug\"\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tdebug.SetMaxStack(1 << 20)\n\tprintln(f(0))\n}\n",
        &[],
    );
    assert_eq!(run.code, Some(2), "{}", run.describe());
    let want = "runtime: goroutine stack exceeds 1048576-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [stack split]:\nmain.f(";
    assert!(run.stderr.starts_with(want), "{}", run.describe());
    // The first frame is f rewound to its entry: its line, no offset.
    let first = run.stderr.lines().nth(5).unwrap();
    assert!(
        first.ends_with("prog.go:5 fp=") || first.contains("prog.go:5 fp=0x"),
        "{first}"
    );
    assert!(
        run.stderr.contains(" frames elided...\nmain.f("),
        "{}",
        run.describe()
    );
    // The oldest frames follow the elision: the trace ends where the
    // recursion began, in main.main.
    let tail: Vec<&str> = run.stderr.lines().rev().take(2).collect();
    assert!(
        tail[1] == "main.main()" && tail[0].contains("prog.go:11 +0x"),
        "{}",
        run.describe()
    );
    // GOTRACEBACK=0: the throw's lines only.
    let run = run_source(
        "overflow0",
        "package main\n\nimport \"runtime/debug\"\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tdebug.SetMaxStack(1 << 20)\n\tprintln(f(0))\n}\n",
        &[("GOTRACEBACK", "0")],
    );
    assert_eq!(
        run.stderr,
        "runtime: goroutine stack exceeds 1048576-byte limit\nfatal error: stack overflow\n"
    );
}

/// The disassembly shows DESIGN §5's prologue: the check, the sizes in eax
/// and edx, the call of morestack and the jump back to the start.
#[test]
fn disasm_shows_the_split_prologue() {
    let run = splitgo(&["disasm", "programs/run/fib.go", "fib"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("main.fib  fib.go:5  frame=0x"),
        "{lines:?}"
    );
    let insns: Vec<(&str, &str)> = lines
        .iter()
        .filter(|l| l.starts_with("    0x"))
        .map(|l| {
            let addr = l.split_whitespace().next().unwrap();
            (addr, l.rsplit("  ").next().unwrap())
        })
        .collect();
    let text: Vec<&str> = insns.iter().map(|i| i.1).collect();
    assert_eq!(text[0], "cmp rsp, [r14]", "{lines:?}");
    assert!(text[1].starts_with("ja "), "{lines:?}");
    assert!(text[2].starts_with("mov eax, 0x"), "{lines:?}");
    assert_eq!(text[3], "mov edx, 0x10", "{lines:?}");
    assert!(lines.iter().any(|l| l.ends_with("; runtime.morestack")));
    assert_eq!(text[5], format!("jmp {}", insns[0].0), "{lines:?}");
    assert!(text[6].starts_with("sub rsp, "), "{lines:?}");
    // Without a name: every function and stub.
    let all = splitgo(&["disasm", "programs/run/fib.go"]);
    for name in [
        "main.main  ",
        "main.fib  ",
        "runtime.morestack\n",
        "runtime.lessstack\n",
    ] {
        assert!(all.stdout.contains(name), "{name}");
    }
}

#[test]
fn bare_files_and_scripts_run_with_their_arguments() {
    if !native() {
        return;
    }
    let s = Scratch::new("script");
    let src = "#!/usr/bin/env splitgo\npackage main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tfor _, a := range os.Args[1:] {\n\t\tfmt.Println(a)\n\t}\n}\n";
    s.write("script.go", src);
    let run = splitgo_in(&s.dir, &["script.go", "one", "two.go"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stdout, "one\ntwo.go\n");
    let run = splitgo_in(&s.dir, &["run", "script.go", "x"]);
    assert_eq!(run.stdout, "x\n", "{}", run.describe());
}

#[test]
fn compile_errors_exit_1_in_gcs_form() {
    let s = Scratch::new("compile-error");
    s.write("prog.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    let run = splitgo_in(&s.dir, &["run", "prog.go"]);
    assert_eq!(run.code, Some(1), "{}", run.describe());
    assert_eq!(run.stderr, "prog.go:4:2: declared and not used: x\n");
}

/// The init functions of a package in several files all run, in the order
/// the files were given, each once. Regression: the lowering found an init
/// function's record by its line, so two at the same line of different
/// files were one (`an initializer or main has no body`).
#[test]
fn init_functions_at_the_same_line_of_two_files_all_run() {
    if !native() {
        return;
    }
    let s = Scratch::new("init-files");
    s.write(
        "a.go",
        "package main\n\nfunc init() { println(\"init a\") }\n\nfunc main() { println(\"main\") }\n",
    );
    s.write(
        "b.go",
        "package main\n\nfunc init() { println(\"init b\") }\n",
    );
    let run = splitgo_in(&s.dir, &["run", "a.go", "b.go"]);
    assert_eq!(run.code, Some(0), "{}", run.describe());
    assert_eq!(run.stderr, "init a\ninit b\nmain\n");
    let run = splitgo_in(&s.dir, &["run", "b.go", "a.go"]);
    assert_eq!(run.stderr, "init b\ninit a\nmain\n", "{}", run.describe());
}
