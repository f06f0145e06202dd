//! IR snapshots of small programs (expect-test). Update with
//! `UPDATE_EXPECT=1 cargo test -p splitgo-lang ir::`.

use crate::{check_package, Importer, SourceMap, Target};

/// The real stdlib, so tests can import fmt.
struct Std;

impl Importer for Std {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}
use expect_test::{expect, Expect};

fn lowered(src: &str) -> Result<super::Module, Vec<String>> {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &Std, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    super::lower::lower(c.program.as_ref().expect("program"), &map)
        .map_err(|ds| ds.into_iter().map(|d| d.message).collect())
}

fn check_func(src: &str, name: &str, expect: Expect) {
    let m = lowered(src).expect("lowers");
    let f = m.funcs.iter().find(|f| f.name == name).expect("function");
    expect.assert_eq(&super::print::func(&m, f));
}

#[test]
fn add_two_ints() {
    check_func(
        "package main\nfunc add(a, b int) int {\n\treturn a + b\n}\nfunc main() { println(add(1, 2)) }\n",
        "main.add",
        expect![[r#"
            func main.add args=24 locals=16 out=0
            b0:
                A16 = zero 8                             ; 2
                L0 = add.i64 A0, A8                      ; 3
                L8 = mov 8 L0                            ; 3
                A16 = mov 8 L8                           ; 3
                ret
        "#]],
    );
}

/// The run-time errors' type runtime.TypeAssertionError is a Go type the
/// program can assert to (the runtime panics with values of it).
#[test]
fn assertions_to_runtime_type_assertion_error_lower() {
    let m = lowered(
        "package main\nimport \"runtime\"\nfunc main() {\n\tvar x any\n\t_, ok := x.(*runtime.TypeAssertionError)\n\tprintln(ok)\n}\n",
    )
    .expect("lowers");
    let d = m.runtime_errors[3];
    let desc = &m.type_descs[d.0 as usize];
    assert_eq!(desc.name, "*runtime.TypeAssertionError");
    assert_eq!(desc.kind, crate::ir::TypeKind::Pointer);
    assert_ne!(
        desc.info.flags & crate::ir::typeinfo::flag::RUNTIME_ERROR,
        0
    );
}

/// Runs `src` through the lowering and the reference interpreter; returns
/// what it printed, and the panic message if it panicked.
fn interpret(src: &str) -> (String, Option<String>) {
    let (err, out, p) = interpret_both(src);
    (err + &out, p)
}

/// Like `interpret`, with stderr and stdout apart.
fn interpret_both(src: &str) -> (String, String, Option<String>) {
    let m = lowered(src).expect("lowers");
    // The interpreter recurses once per Go call: give it room.
    let (out, r) = std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(512 << 20)
            .spawn_scoped(s, || super::interp::run(&m, 50_000_000))
            .expect("thread")
            .join()
            .expect("interpreter thread")
    });
    match r {
        Ok(()) => (out.stderr, out.stdout, None),
        Err(super::interp::Stop::Panic(msg)) => (out.stderr, out.stdout, Some(msg)),
        Err(e) => panic!("interpreter stopped: {e:?}"),
    }
}

/// Programs whose printed output is compared with gc's (when Go is
/// installed) and with the expected text.
const PROGRAMS: &[(&str, &str)] = &[
    (
        "embedding",
        "package main\n\nimport \"fmt\"\n\ntype base struct{ id int }\n\nfunc (b base) ID() int     { return b.id }\nfunc (b *base) Bump()      { b.id++ }\n\ntype named struct{ name string }\n\nfunc (n *named) Name() string { return n.name }\n\ntype item struct {\n\tbase\n\t*named\n\tqty int\n}\n\ntype ider interface{ ID() int }\n\ntype namer interface {\n\tName() string\n\tID() int\n}\n\nfunc main() {\n\tit := item{base{7}, &named{\"bolt\"}, 3}\n\tit.Bump()\n\tit.base.Bump()\n\tfmt.Println(it.ID(), it.id, it.Name(), it.name, it.qty)\n\tp := &it\n\tp.Bump()\n\tfmt.Println(p.ID())\n\tvar i ider = it\n\tvar n namer = p\n\tfmt.Println(i.ID(), n.Name(), n.ID())\n\tget := it.ID\n\tbump := p.Bump\n\tbump()\n\tbump()\n\tfmt.Println(get(), p.ID())\n}\n",
    ),
    (
        "maps",
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[string]int{\"a\": 1, \"b\": 2}\n\tm[\"c\"] = 3\n\tm[\"a\"] += 10\n\tdelete(m, \"b\")\n\tv, ok := m[\"b\"]\n\tfmt.Println(len(m), m[\"a\"], m[\"c\"], v, ok)\n\tsum := 0\n\tfor k, v := range m {\n\t\tsum += v + len(k)\n\t}\n\tfmt.Println(sum)\n\tcounts := make(map[int]int)\n\tfor i := 0; i < 100; i++ {\n\t\tcounts[i%7]++\n\t}\n\tfmt.Println(len(counts), counts[0], counts[6])\n\tvar nilmap map[string]bool\n\tfmt.Println(len(nilmap), nilmap[\"x\"])\n}\n",
    ),
    (
        "interfaces",
        "package main\n\nimport \"fmt\"\n\ntype shape interface {\n\tarea() int\n\tname() string\n}\n\ntype square struct{ s int }\n\nfunc (q square) area() int    { return q.s * q.s }\nfunc (q square) name() string { return \"square\" }\n\ntype rect struct{ w, h int }\n\nfunc (r *rect) area() int    { return r.w * r.h }\nfunc (r *rect) name() string { return \"rect\" }\n\ntype walker interface{ walk(n int) int }\n\ntype stepper struct{}\n\nfunc (s stepper) walk(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\tvar w walker = s\n\treturn w.walk(n-1) + 1\n}\n\nfunc describe(x interface{}) string {\n\tswitch v := x.(type) {\n\tcase nil:\n\t\treturn \"nil\"\n\tcase int:\n\t\treturn fmt.Sprint(\"int \", v+1)\n\tcase string, bool:\n\t\treturn fmt.Sprint(\"string or bool \", v)\n\tdefault:\n\t\treturn \"other\"\n\t}\n}\n\nfunc main() {\n\tshapes := []shape{square{3}, &rect{2, 5}}\n\ttotal := 0\n\tfor _, sh := range shapes {\n\t\ttotal += sh.area()\n\t\tfmt.Println(sh.name(), sh.area())\n\t}\n\tfmt.Println(\"total\", total)\n\tvar w walker = stepper{}\n\tfmt.Println(w.walk(10000))\n\tfmt.Println(describe(nil), describe(41), describe(\"s\"), describe(true), describe(2.5))\n\tvar e interface{} = shapes[0]\n\tq, ok := e.(square)\n\t_, bad := e.(int)\n\tfmt.Println(q.s, ok, bad)\n\tdefer func() { fmt.Println(recover()) }()\n\t_ = e.(int)\n}\n",
    ),
    (
        "defer",
        "package main\n\nimport \"fmt\"\n\nfunc f() (n int) {\n\tdefer func() { n *= 2 }()\n\tdefer fmt.Println(\"deferred\", 1)\n\tn = 21\n\treturn n\n}\n\nfunc safeDiv(a, b int) (q int, err string) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\terr = fmt.Sprint(r)\n\t\t}\n\t}()\n\treturn a / b, \"\"\n}\n\nfunc deep(n int) int {\n\tif n == 0 {\n\t\tpanic(\"bottom\")\n\t}\n\treturn deep(n-1) + 1\n}\n\nfunc catch() (s string) {\n\tdefer func() {\n\t\ts = fmt.Sprint(\"recovered: \", recover())\n\t}()\n\tdeep(1000)\n\treturn \"no\"\n}\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tdefer fmt.Println(\"loop\", i)\n\t}\n\tfmt.Println(f())\n\tq, err := safeDiv(7, 0)\n\tfmt.Println(q, err)\n\tq, err = safeDiv(7, 2)\n\tfmt.Println(q, err)\n\tfmt.Println(catch())\n}\n",
    ),
    (
        "closures",
        "package main\n\nfunc counter() func() int {\n\tn := 0\n\treturn func() int {\n\t\tn++\n\t\treturn n\n\t}\n}\n\nfunc apply(f func(int) int, x int) int { return f(x) }\n\nfunc main() {\n\tc := counter()\n\tc()\n\tc()\n\tprintln(c())\n\tk := 10\n\tadd := func(x int) int { return x + k }\n\tk = 20\n\tprintln(apply(add, 1))\n\tvar fib func(int) int\n\tfib = func(n int) int {\n\t\tif n < 2 {\n\t\t\treturn n\n\t\t}\n\t\treturn fib(n-1) + fib(n-2)\n\t}\n\tprintln(fib(15))\n\tfs := []func() int{}\n\tfor i := 0; i < 3; i++ {\n\t\tj := i\n\t\tfs = append(fs, func() int { return j * j })\n\t}\n\tprintln(fs[0](), fs[1](), fs[2]())\n\tf := apply\n\tprintln(f(func(x int) int { return -x }, 5))\n}\n",
    ),
    (
        "slices",
        "package main\n\nimport \"fmt\"\n\nfunc sum(xs ...int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}\n\nfunc main() {\n\ts := make([]int, 0, 2)\n\tfor i := 0; i < 5; i++ {\n\t\ts = append(s, i*i)\n\t}\n\tprintln(s[0], s[1], s[2], s[3], s[4], len(s), cap(s))\n\tt := s[1:4]\n\tprintln(t[0], t[1], t[2])\n\tu := []int{9, 16, 25}\n\tprintln(copy(s, u), s[0], s[1], s[2])\n\tfor i, r := range \"hél\" {\n\t\tprintln(i, r)\n\t}\n\tfmt.Println(\"sum\", sum(u[1:]...)-sum(2, 3, 6), \"hello, world\", len(\"hello, world\"))\n}\n",
    ),
    (
        "fib",
        "package main\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tprint(fib(i), \" \")\n\t}\n\tprintln()\n\tprintln(fib(20))\n}\n",
    ),
    (
        "arith",
        "package main\n\nfunc main() {\n\tvar a int8 = 127\n\ta++\n\tvar u uint8 = 0\n\tu--\n\tx := -7\n\tprintln(a, u, x/2, x%2, x>>1, uint32(x), 1<<10, 7&^5)\n\tvar f float64 = 1.5\n\tprintln(f*2, float32(f)/3, int(f*10))\n\tprintln(true && !false, 3 > 2 || x > 0, \"a\"+\"bc\" == \"abc\", \"b\" > \"a\")\n}\n",
    ),
    (
        "control",
        "package main\n\nfunc classify(n int) string {\n\tswitch {\n\tcase n < 0:\n\t\treturn \"neg\"\n\tcase n == 0:\n\t\treturn \"zero\"\n\t}\n\tswitch n % 3 {\n\tcase 0:\n\t\treturn \"fizz\"\n\tcase 1, 2:\n\t\tif n > 10 {\n\t\t\tbreak\n\t\t}\n\t\treturn \"small\"\n\t}\n\treturn \"big\"\n}\n\nfunc main() {\nouter:\n\tfor i := -1; i < 20; i += 4 {\n\t\tprintln(i, classify(i))\n\t\tfor j := 0; j < 3; j++ {\n\t\t\tif j == 2 {\n\t\t\t\tcontinue outer\n\t\t\t}\n\t\t\tif i > 14 {\n\t\t\t\tbreak outer\n\t\t\t}\n\t\t}\n\t\tprintln(\"never\")\n\t}\n\tk := 0\nloop:\n\tif k < 3 {\n\t\tk++\n\t\tgoto loop\n\t}\n\tprintln(\"k\", k)\n}\n",
    ),
    (
        "structs",
        "package main\n\ntype point struct {\n\tx, y int\n}\n\nfunc (p point) sum() int { return p.x + p.y }\n\nfunc (p *point) scale(k int) {\n\tp.x *= k\n\tp.y *= k\n}\n\ntype rect struct {\n\tmin, max point\n\tname string\n}\n\nfunc swap(a, b int) (int, int) { return b, a }\n\nfunc main() {\n\tp := point{1, 2}\n\tp.scale(3)\n\tprintln(p.x, p.y, p.sum())\n\tq := &point{y: 5}\n\tq.scale(2)\n\tprintln(q.x, q.y, q.sum())\n\tr := rect{min: point{1, 1}, max: p, name: \"r\"}\n\tr.max.x = 10\n\tprintln(r.name, r.min.x, r.max.x, r.max.y)\n\tvar arr [4]int\n\tfor i := 0; i < 4; i++ {\n\t\tarr[i] = i * i\n\t}\n\ta, b := swap(arr[1], arr[3])\n\tprintln(a, b, len(arr), len(r.name))\n\tn := new(int)\n\t*n = 42\n\tpp := &p\n\tpp.x = 7\n\tprintln(*n, p.x)\n}\n",
    ),
    (
        "complex",
        "package main\n\nfunc main() {\n\ta := 1 + 2i\n\tb := complex(3, -4.0)\n\tvar z complex128\n\tc := complex64(a)\n\tc *= c\n\tc++\n\tprintln(a+b, a-b, a*b, a/b, -a, real(b), imag(b))\n\tprintln(a/z, z/z, a == b, a != b, a == 1+2i)\n\tprintln(c, complex128(c)/3, real(c))\n}\n",
    ),
    (
        "services",
        "package main\n\nfunc main() {\n\tprintln(9.9999995)\n\ts := string(rune(-1))\n\tprintln(len(s), s == \"\\uFFFD\")\n\tr := []rune(\"a\\xe4\\xb8b\")\n\tprintln(len(r), r[1], r[2])\n\tn := 0\n\tfor i, c := range \"x\\xffy\" {\n\t\tn += i * int(c)\n\t}\n\tprintln(n)\n\tvar a []int\n\tfor i := 0; i < 5; i++ {\n\t\ta = append(a, i)\n\t}\n\tprintln(len(a), cap(a))\n\tb := append([]byte(nil), 1)\n\tprintln(cap(b))\n}\n",
    ),
];

#[test]
fn programs_print_what_gc_prints() {
    let expected: &[&str] = &[
        "|9 9 bolt bolt 3\n10\n10 bolt 10\n10 12\n",
        "|2 11 3 0 false\n16\n7 15 14\n0 false\n",
        "|square 9\nrect 10\ntotal 19\n10000\nnil int 42 string or bool s string or bool true other\n3 true false\ninterface conversion: interface {} is main.square, not int\n",
        "|deferred 1\n42\n0 runtime error: integer divide by zero\n3 \nrecovered: bottom\nloop 2\nloop 1\nloop 0\n",
        "3\n21\n610\n0 1 4\n-5\n",
        "0 1 4 9 16 5 8\n1 4 9\n3 9 16 25\n0 104\n1 233\n3 108\n|sum 30 hello, world 12\n",
        "0 1 1 2 3 5 8 13 21 34 \n6765\n",
        "-128 255 -3 -1 -4 4294967289 1024 2\n+3.000000e+000 +5.000000e-001 15\ntrue true true true\n",
        "-1 neg\n3 fizz\n7 small\n11 big\n15 fizz\nk 3\n",
        "3 6 9\n0 10 10\nr 1 10 6\n9 1 4 1\n42 7\n",
        "(+4.000000e+000-2.000000e+000i) (-2.000000e+000+6.000000e+000i) (+1.100000e+001+2.000000e+000i) (-2.000000e-001+4.000000e-001i) (-1.000000e+000-2.000000e+000i) +3.000000e+000 -4.000000e+000\n(+Inf+Infi) (NaNNaNi) false true true\n(-2.000000e+000+4.000000e+000i) (-6.666667e-001+1.333333e+000i) -2.000000e+000\n",
        // Services the interpreter once carried its own copies of, which
        // disagreed with the runtime (and gc): print's last digit, []rune of
        // invalid UTF-8, append's size classes.
        "+1.000000e+001\n3 true\n4 65533 65533\n65775\n5 8\n8\n",
    ];
    // Each expectation is `stderr` or `stderr|stdout`.
    let split = |w: &str| -> (String, String) {
        match w.split_once('|') {
            Some((e, o)) => (e.to_string(), o.to_string()),
            None => (w.to_string(), String::new()),
        }
    };
    for ((name, src), want) in PROGRAMS.iter().zip(expected) {
        let (err, out, panic) = interpret_both(src);
        assert_eq!(panic, None, "{name}: stderr {err:?} stdout {out:?}");
        assert_eq!((err, out), split(want), "{name}");
    }
    // Where Go is installed, gc must agree with the expected text too (so
    // the expectations are Go's behaviour, not ours).
    if std::process::Command::new("go")
        .arg("version")
        .output()
        .is_err()
    {
        eprintln!("skipped the gc comparison: go is not installed");
        return;
    }
    let dir = std::env::temp_dir().join(format!("splitgo-ir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for ((name, src), want) in PROGRAMS.iter().zip(expected) {
        let file = dir.join(format!("{name}.go"));
        std::fs::write(&file, src).expect("write");
        let out = std::process::Command::new("go")
            .arg("run")
            .arg(&file)
            .env("GO111MODULE", "off")
            .env("GOCACHE", dir.join("cache"))
            .env("GOPATH", dir.join("gopath"))
            .output()
            .expect("go run");
        let (e, o) = split(want);
        assert_eq!(String::from_utf8_lossy(&out.stderr), e, "gc on {name}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), o, "gc on {name}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn runtime_errors_panic_with_gos_messages() {
    let (_, p) =
        interpret("package main\n\nfunc main() {\n\tvar a [3]int\n\ti := 5\n\ta[i] = 1\n}\n");
    assert_eq!(
        p.as_deref(),
        Some("runtime error: index out of range [5] with length 3")
    );
    let (_, p) = interpret("package main\n\nfunc main() {\n\tx, y := 1, 0\n\tprintln(x / y)\n}\n");
    assert_eq!(p.as_deref(), Some("runtime error: integer divide by zero"));
    let (_, p) = interpret(
        "package main\n\ntype t struct{ v int }\n\nfunc main() {\n\tvar p *t\n\tprintln(p.v)\n}\n",
    );
    assert_eq!(
        p.as_deref(),
        Some("runtime error: invalid memory address or nil pointer dereference")
    );
}

/// Every `// run` program of Go's own test suite (test/, test/ken,
/// test/chan) that splitgo checks and lowers today runs in the reference
/// interpreter without panicking (those programs check themselves and panic
/// on a wrong result), and matches its `.out` file when it has one. Programs
/// that need what the interpreter does not model (most natives), or more
/// than the step budget, are counted as skipped. Skipped, saying so, when
/// the suite is not installed.
/// Whether the `// +build` lines of a Go 1.19 test program let gc build
/// it for linux/amd64 (each line must hold; a line holds if one of its
/// space-separated terms does, a term if all its comma-separated tags do).
/// `nilptr_aix.go`, for one, expects AIX's address space.
fn built_for_linux_amd64(src: &str) -> bool {
    let holds = |tag: &str| {
        let (negated, name) = match tag.strip_prefix('!') {
            Some(n) => (true, n),
            None => (false, tag),
        };
        matches!(name, "linux" | "unix" | "amd64" | "gc" | "cgo") != negated
    };
    src.lines()
        .take_while(|l| !l.starts_with("package "))
        .filter_map(|l| l.strip_prefix("// +build "))
        .all(|line| line.split_whitespace().any(|t| t.split(',').all(holds)))
}

#[test]
fn go_suite_programs_run_in_the_interpreter() {
    let root = std::path::Path::new("/usr/share/go-1.19/test");
    if !root.exists() {
        eprintln!("skipped: Go's test suite is not installed");
        return;
    }
    let mut files = Vec::new();
    for dir in [root.to_path_buf(), root.join("ken"), root.join("chan")] {
        for e in std::fs::read_dir(&dir).expect("readable") {
            let p = e.expect("entry").path();
            if p.extension().is_some_and(|x| x == "go") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut ran, mut skipped, mut failures) = (0, 0, Vec::new());
    for p in files {
        let src = std::fs::read_to_string(&p).unwrap_or_default();
        if !src.starts_with("// run\n") || !built_for_linux_amd64(&src) {
            continue;
        }
        let mut map = SourceMap::new();
        let id = map.add(p.display().to_string(), src.as_bytes());
        let c = check_package(&mut map, &[id], &Std, Target::AMD64);
        let Some(program) = c.program else { continue };
        let Ok(m) = super::lower::lower(&program, &map) else {
            continue;
        };
        let (out, r) = std::thread::scope(|s| {
            std::thread::Builder::new()
                .stack_size(512 << 20)
                .spawn_scoped(s, || super::interp::run(&m, 20_000_000))
                .expect("thread")
                .join()
                .expect("interpreter thread")
        });
        use super::interp::Stop;
        match r {
            Ok(()) | Err(Stop::Exit(0)) => {
                ran += 1;
                let want = p.with_extension("out");
                if let Ok(want) = std::fs::read_to_string(&want) {
                    let got = out.stderr + &out.stdout;
                    if got != want {
                        failures.push(format!("{}: printed {got:?}, want {want:?}", p.display()));
                    }
                }
            }
            Err(Stop::Unsupported(_)) | Err(Stop::OutOfSteps) => skipped += 1,
            Err(e) => failures.push(format!("{}: {e:?}", p.display())),
        }
    }
    eprintln!("Go suite in the interpreter: {ran} ran, {skipped} skipped");
    assert!(ran >= 50, "only {ran} programs ran");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
