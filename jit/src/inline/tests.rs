//! Inlined programs must mean what they meant: each runs in the reference
//! interpreter before and after inlining, with the same output; and what
//! is inlined is what the rule says.

use super::{inlinable, inline_calls};
use splitgo_lang::ir::interp;
use splitgo_lang::ir::{Callee, Func, Inst, Module};
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
    let src = "package main\n\nfunc loop(n int) (s int) {\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn\n}\n\nfunc load(p *int) int { return *p }\n\nfunc idx(xs []int, i int) int { return xs[i] }\n\nfunc rec(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn rec(n-1) + 1\n}\n\nfunc main() {\n\tx := 3\n\tprintln(loop(4), load(&x), idx([]int{1, 2}, 1), rec(3))\n}\n";
    let m = lowered(src);
    for name in ["main.loop", "main.load", "main.idx", "main.rec"] {
        let f = m.funcs.iter().find(|f| f.name == name).unwrap();
        assert!(!inlinable(f), "{name} is a loop, touches memory or calls");
    }
    same_output(src);
}
