//! Inlined programs must mean what they meant: each runs in the reference
//! interpreter before and after inlining, with the same output; and what
//! is inlined is what the rule says.

use super::{inlinable, inline_calls};
use splitgo_lang::ir::interp;
use splitgo_lang::ir::{Callee, Func, Inst, Module, INLINED_POS};
use splitgo_lang::{check_package, NoImports, SourceMap, Target};

fn lowered(src: &str) -> Module {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    splitgo_lang::ir::lower::lower(c.program.as_ref().unwrap(), &map).expect("lowers")
}

fn calls_of(m: &Module, f: &Func, name: &str) -> usize {
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|(i, _)| {
            matches!(i, Inst::Call { callee: Callee::Func(g), .. } if m.func(*g).name == name)
        })
        .count()
}

/// Runs `src` as lowered and with every function's calls inlined; the
/// outputs must agree. Returns the inlined module.
fn same_output(src: &str) -> Module {
    let m = lowered(src);
    let (before, r1) = interp::run(&m, 50_000_000);
    let can: Vec<bool> = m.funcs.iter().map(inlinable).collect();
    let mut inl = lowered(src);
    for k in 0..m.funcs.len() {
        let mut g = m.funcs[k].clone();
        if inline_calls(&m, &mut g, &can) {
            inl.funcs[k] = g;
        }
    }
    let (after, r2) = interp::run(&inl, 50_000_000);
    assert_eq!(before.stderr, after.stderr, "output changed by inlining");
    assert_eq!(r1, r2);
    inl
}

#[test]
fn a_pure_leaf_is_inlined_everywhere() {
    let src = "package main\n\nfunc a(i, j int) float64 {\n\treturn 1.0 / float64((i+j)*(i+j+1)/2+i+1)\n}\n\nfunc main() {\n\ts := 0.0\n\tfor i := 0; i < 10; i++ {\n\t\tfor j := 0; j < 10; j++ {\n\t\t\ts += a(i, j) * a(j, i)\n\t\t}\n\t}\n\tprintln(s)\n}\n";
    let m = lowered(src);
    let a = m.funcs.iter().find(|f| f.name == "main.a").unwrap();
    assert!(inlinable(a));
    let inl = same_output(src);
    let main = inl.funcs.iter().find(|f| f.name == "main.main").unwrap();
    assert_eq!(calls_of(&inl, main, "main.a"), 0);
}

#[test]
fn branches_and_several_results_inline() {
    let src = "package main\n\nfunc minmax(a, b int) (int, int) {\n\tif a < b {\n\t\treturn a, b\n\t}\n\treturn b, a\n}\n\nfunc abs(x float64) float64 {\n\tif x < 0 {\n\t\treturn -x\n\t}\n\treturn x\n}\n\nfunc main() {\n\tlo, hi := minmax(7, 3)\n\tx, y := minmax(lo, hi)\n\tprintln(lo, hi, x, y, abs(-2.5), abs(1.5))\n}\n";
    let m = lowered(src);
    for name in ["main.minmax", "main.abs"] {
        let f = m.funcs.iter().find(|f| f.name == name).unwrap();
        assert!(inlinable(f), "{name}");
    }
    let inl = same_output(src);
    let main = inl.funcs.iter().find(|f| f.name == "main.main").unwrap();
    assert_eq!(calls_of(&inl, main, "main.minmax"), 0);
}

#[test]
fn arguments_read_in_part_or_whole_and_results_read_later() {
    // len(s) reads a word of a two-word argument; pt returns a struct
    // (results of several words); sw swaps two strings (whole values).
    let src = "package main\n\ntype P struct{ x, y int }\n\nfunc l(s string) int { return len(s) + 1 }\n\nfunc pt(a int) P { return P{a, a * 2} }\n\nfunc sw(a, b string) (string, string) { return b, a }\n\nfunc main() {\n\tp := pt(l(\"abc\"))\n\tx, y := sw(\"u\", \"v\")\n\tq := pt(p.y)\n\tprintln(p.x, p.y, x, y, q.x, q.y, l(x+y))\n}\n";
    let m = lowered(src);
    for name in ["main.l", "main.pt", "main.sw"] {
        let f = m.funcs.iter().find(|f| f.name == name).unwrap();
        assert!(inlinable(f), "{name}");
    }
    same_output(src);
}

#[test]
fn what_is_not_inlined() {
    // A loop, recursion, a call of a function that is not inlined itself,
    // a service other than a run-time error's (print), a frame address.
    let src = "package main\n\nfunc loop(n int) (s int) {\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn\n}\n\nfunc rec(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn rec(n-1) + 1\n}\n\nfunc viaLoop(n int) int { return loop(n) + 1 }\n\nfunc say(n int) int {\n\tprintln(n)\n\treturn n\n}\n\nfunc addr(n int) *int { return &n }\n\nfunc main() {\n\tprintln(loop(4), rec(3), viaLoop(2), say(5), *addr(6))\n}\n";
    let m = lowered(src);
    for name in ["main.loop", "main.say"] {
        let f = m.funcs.iter().find(|f| f.name == name).unwrap();
        assert!(!inlinable(f), "{name} loops or calls");
    }
    let inl = same_output(src);
    let main = inl.funcs.iter().find(|f| f.name == "main.main").unwrap();
    for name in [
        "main.loop",
        "main.rec",
        "main.viaLoop",
        "main.say",
        "main.addr",
    ] {
        assert_eq!(calls_of(&inl, main, name), 1, "{name} stays a call");
    }
    assert!(main.inlined.calls.is_empty());
}

/// The calls left in `f` to any of `names`.
fn calls_left(m: &Module, f: &Func, names: &[&str]) -> usize {
    names.iter().map(|n| calls_of(m, f, n)).sum()
}

#[test]
fn bodies_that_may_panic_are_inlined_and_panic_alike() {
    // Getters and setters through pointers, accessors with bounds checks,
    // division by a variable, a type assertion: inlined, with the same
    // results; their panics recovered as the calls' were.
    let src = "package main\n\ntype P struct{ x, y int }\n\nfunc (p *P) X() int { return p.x }\n\nfunc (p *P) SetY(v int) { p.y = v }\n\nfunc at(s []int, i int) int { return s[i] }\n\nfunc put(s []int, i, v int) { s[i] = v }\n\nfunc div(a, b int) int { return a / b }\n\nfunc str(v interface{}) string { return v.(string) }\n\nfunc try(k int) (ok bool) {\n\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tok = false\n\t\t}\n\t}()\n\ts := []int{1, 2, 3}\n\tswitch k {\n\tcase 0:\n\t\tprintln(at(s, k+5))\n\tcase 1:\n\t\tput(s, k-2, 0)\n\tcase 2:\n\t\tprintln(div(k, k-2))\n\tcase 3:\n\t\tprintln(str(k))\n\t}\n\treturn true\n}\n\nfunc main() {\n\tp := &P{3, 4}\n\tp.SetY(p.X() * 10)\n\ts := []int{5, 6, 7}\n\tput(s, 2, at(s, 0)+at(s, 1))\n\tprintln(p.x, p.y, s[2], div(17, 5), div(-17, 5), str(\"hi\"))\n\tfor k := 0; k < 5; k++ {\n\t\tprintln(k, try(k))\n\t}\n}\n";
    let m = lowered(src);
    let names = [
        "main.(*P).X",
        "main.(*P).SetY",
        "main.at",
        "main.put",
        "main.div",
        "main.str",
    ];
    for name in names {
        let f = m.funcs.iter().find(|f| f.name == name).unwrap();
        assert!(inlinable(f), "{name}");
    }
    let inl = same_output(src);
    for outer in ["main.main", "main.try"] {
        let f = inl.funcs.iter().find(|f| f.name == outer).unwrap();
        assert_eq!(calls_left(&inl, f, &names), 0, "{outer}");
    }
}

#[test]
fn calls_inline_bottom_up_with_their_table() {
    // at into two, two (with at) into main: the table of main has a node
    // for two, called at main's line, and one for at, called at a line of
    // two; at's instructions carry at's own line under its node.
    let src = "package main\n\nfunc at(s []int, i int) int { return s[i] }\n\nfunc two(s []int, i int) int {\n\treturn at(s, i) * 2\n}\n\nfunc main() {\n\ts := []int{4, 5}\n\tprintln(two(s, 1))\n}\n";
    let m = lowered(src);
    let two = m.funcs.iter().find(|f| f.name == "main.two").unwrap();
    assert!(inlinable(two), "calls only an inlinable function");
    let inl = same_output(src);
    let main = inl.funcs.iter().find(|f| f.name == "main.main").unwrap();
    assert_eq!(calls_left(&inl, main, &["main.two", "main.at"]), 0);
    let t = &main.inlined;
    let node = |name: &str| t.calls.iter().position(|c| c.func == name).unwrap() as u32;
    let (n_two, n_at) = (node("main.two"), node("main.at"));
    assert_eq!(t.calls[n_two as usize].at, 11, "two is called at line 11");
    assert_eq!(t.calls[n_two as usize].file, "t.go");
    // at's call is a position inside two's body: line 6, under two's node.
    let at_call = t.calls[n_at as usize].at;
    let p = t.positions[(at_call - INLINED_POS) as usize];
    assert_eq!((p.call, p.pos), (n_two, 6));
    // Every instruction of at's body is at line 3 under at's node.
    let of_at: Vec<u32> = main
        .blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter_map(|&(_, code)| code.checked_sub(INLINED_POS))
        .map(|i| t.positions[i as usize])
        .filter(|p| p.call == n_at)
        .map(|p| p.pos)
        .collect();
    assert!(!of_at.is_empty());
    assert!(of_at.iter().all(|&l| l == 3), "{of_at:?}");
}

#[test]
fn a_panic_of_a_ready_value_is_inlined() {
    // panic(err) needs no allocation: the panic service alone, after which
    // nothing returns. A panic of a constant allocates its box: a call.
    let src = "package main\n\nfunc check(err interface{}) {\n\tif err != nil {\n\t\tpanic(err)\n\t}\n}\n\nfunc must(x int) int {\n\tif x < 0 {\n\t\tpanic(\"negative\")\n\t}\n\treturn x\n}\n\nfunc try(v interface{}) (ok bool) {\n\tdefer func() {\n\t\tif recover() != nil {\n\t\t\tok = false\n\t\t}\n\t}()\n\tcheck(v)\n\treturn true\n}\n\nfunc main() {\n\tprintln(try(nil), try(3), must(4))\n}\n";
    let m = lowered(src);
    let check = m.funcs.iter().find(|f| f.name == "main.check").unwrap();
    assert!(inlinable(check));
    let must = m.funcs.iter().find(|f| f.name == "main.must").unwrap();
    assert!(!inlinable(must), "its panic allocates");
    let inl = same_output(src);
    let try_ = inl.funcs.iter().find(|f| f.name == "main.try").unwrap();
    assert_eq!(calls_of(&inl, try_, "main.check"), 0);
}
