//! Forwarded and propagated functions must mean what they meant: each
//! program runs in the reference interpreter before and after, with the
//! same output, and the copies the passes exist for are gone.

use super::{forward_copies, propagate_copies};
use splitgo_lang::ir::interp;
use splitgo_lang::ir::{Func, Inst, Module};
use splitgo_lang::{check_package, NoImports, SourceMap, Target};

fn lowered(src: &str) -> Module {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    splitgo_lang::ir::lower::lower(c.program.as_ref().unwrap(), &map).expect("lowers")
}

/// Instructions that only copy: moves, and conversions between integers
/// of one size.
fn copies(f: &Func) -> usize {
    f.blocks
        .iter()
        .flat_map(|b| &b.insts)
        .filter(|(i, _)| match i {
            Inst::Move { .. } => true,
            Inst::Conv { from, to, .. } => {
                from.size() == to.size() && !from.is_float() && !to.is_float()
            }
            _ => false,
        })
        .count()
}

/// Runs `src` as lowered and with both passes applied to every function;
/// returns the copies of `name` before and after.
fn same_output(src: &str, name: &str) -> (usize, usize) {
    let m = lowered(src);
    let (before, r1) = interp::run(&m, 50_000_000);
    let mut g = lowered(src);
    for f in &mut g.funcs {
        forward_copies(f, 8);
        propagate_copies(f, 8);
    }
    let (after, r2) = interp::run(&g, 50_000_000);
    assert_eq!(before.stderr, after.stderr, "output changed");
    assert_eq!(r1, r2);
    let find = |m: &Module| copies(m.funcs.iter().find(|f| f.name == name).unwrap());
    (find(&m), find(&g))
}

#[test]
fn accumulations_and_index_copies_go() {
    // `s += a[i]` is `t = s + x; s = t`; indexing copies the index
    // (`conv.i64.u64`) before checking it.
    let src = "package main\n\nfunc sum(a []int) (s int) {\n\tfor i := 0; i < len(a); i++ {\n\t\ts += a[i] * i\n\t}\n\treturn\n}\n\nfunc main() { println(sum([]int{3, 1, 4, 1, 5})) }\n";
    let (before, after) = same_output(src, "main.sum");
    assert!(after < before, "{before} copies -> {after}");
}

#[test]
fn a_source_written_before_the_reads_is_not_propagated() {
    // t = x; x = ...; use(t): t must keep x's old value.
    let src = "package main\n\nfunc f(x int) int {\n\tt := x\n\tx = x * 10\n\treturn t + x\n}\n\nfunc g(a, b int) (int, int) {\n\ta, b = b, a\n\treturn a, b\n}\n\nfunc main() {\n\tx, y := g(1, 2)\n\tprintln(f(3), x, y)\n\tv := 5\n\tp := &v\n\tw := v\n\t*p = 6\n\tprintln(w, v)\n}\n";
    same_output(src, "main.f");
}
