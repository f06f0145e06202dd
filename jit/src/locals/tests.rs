//! The packed functions must mean what the originals meant: each program
//! runs in the reference interpreter before and after packing, with the
//! same output, and the frames shrink.

use super::{compact, Packer};
use splitgo_lang::ir::interp::{self, Stop};
use splitgo_lang::ir::Module;
use splitgo_lang::{check_package, NoImports, SourceMap, Target};

fn lowered(src: &str) -> Module {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    splitgo_lang::ir::lower::lower(c.program.as_ref().unwrap(), &map).expect("lowers")
}

fn run(m: &Module) -> (String, Result<(), Stop>) {
    let (out, r) = interp::run(m, 50_000_000);
    (out.stderr, r)
}

/// Runs `src` as lowered and as packed; returns (old, new) total locals.
fn same_behaviour(src: &str) -> (u32, u32) {
    let m = lowered(src);
    let before = run(&m);
    let mut packed = lowered(src);
    for f in &mut packed.funcs {
        if let Some(g) = compact(f, 8) {
            assert!(g.locals_size < f.locals_size);
            *f = g;
        }
    }
    let after = run(&packed);
    assert_eq!(before.0, after.0, "output changed by packing");
    assert_eq!(before.1, after.1, "outcome changed by packing");
    let total = |m: &Module| m.funcs.iter().map(|f| f.locals_size).sum::<u32>();
    (total(&m), total(&packed))
}

#[test]
fn recursion_frames_shrink() {
    let src = "package main\n\nfunc down(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn down(n-1) + 1\n}\n\nfunc main() { println(down(1000)) }\n";
    let m = lowered(src);
    let f = m.funcs.iter().find(|f| f.name == "main.down").unwrap();
    let g = compact(f, 8).expect("down has temporaries to share");
    assert!(
        g.locals_size <= 24,
        "{} -> {}",
        f.locals_size,
        g.locals_size
    );
    same_behaviour(src);
}

#[test]
fn programs_keep_their_output() {
    let programs = [
        // loops, arrays in the frame (their address is taken), strings
        "package main\n\nfunc main() {\n\tvar a [8]int\n\tfor i := 0; i < 8; i++ {\n\t\ta[i] = i * i\n\t}\n\ts := 0\n\tfor i := 0; i < 8; i++ {\n\t\ts += a[i]\n\t}\n\tt := \"ab\" + \"cd\"\n\tprintln(s, t, len(t), t[1], t < \"b\")\n}\n",
        // short circuits, switch, values live across blocks
        "package main\n\nfunc f(x, y int) bool { return x > 0 && y > 0 || x < -5 }\n\nfunc main() {\n\tk := 0\n\tfor i := -10; i < 10; i++ {\n\t\tif f(i, 10-i) {\n\t\t\tk++\n\t\t}\n\t\tswitch {\n\t\tcase i%3 == 0:\n\t\t\tk += 2\n\t\tcase i%3 == 1:\n\t\t\tk -= 1\n\t\t}\n\t}\n\tprintln(k)\n}\n",
        // structs, methods, pointers, multiple results
        "package main\n\ntype p struct{ x, y int }\n\nfunc (a p) add(b p) p { return p{a.x + b.x, a.y + b.y} }\n\nfunc (a *p) scale(k int) { a.x *= k; a.y *= k }\n\nfunc two() (int, string) { return 7, \"seven\" }\n\nfunc main() {\n\tq := p{1, 2}.add(p{3, 4})\n\tq.scale(3)\n\tn, s := two()\n\tprintln(q.x, q.y, n, s)\n\tr := &q\n\tr.x = 1\n\tprintln(q.x)\n}\n",
        // closures capturing variables
        "package main\n\nfunc adder() func(int) int {\n\tsum := 0\n\treturn func(x int) int {\n\t\tsum += x\n\t\treturn sum\n\t}\n}\n\nfunc main() {\n\ta := adder()\n\tfor i := 0; i < 5; i++ {\n\t\ta(i)\n\t}\n\tprintln(a(0))\n}\n",
        // floats, conversions, shifts
        "package main\n\nfunc main() {\n\tx := 1.5\n\ty := float32(x) * 3\n\tvar u uint8 = 200\n\tvar sh uint = 70\n\tprintln(x*x, y, int(x*10), u+100, 1<<sh, -8>>sh, uint64(1)<<63>>sh)\n}\n",
    ];
    for src in programs {
        let (old, new) = same_behaviour(src);
        assert!(new <= old);
    }
}

/// The per-byte table and the sorted ranges find the same slots, and a
/// reused packer packs as a fresh one does.
#[test]
fn both_slot_finders_agree() {
    let src = "package main\n\nfunc f(n int) (int, string) {\n\tvar big [4096]byte\n\tbig[n%7] = byte(n)\n\ts := \"x\"\n\tfor i := 0; i < n; i++ {\n\t\ts += string(rune('a' + i))\n\t}\n\treturn int(big[3]) + len(s), s\n}\n\nfunc g() []*int {\n\ta, b, c, d := 1, 2, 3, 4\n\treturn []*int{&a, &b, &c, &d, &a, &b, &c, &d, &a, &b}\n}\n\nfunc main() {\n\tx, s := f(5)\n\tprintln(x, s, len(g()), *g()[3])\n}\n";
    let m = lowered(src);
    let mut reused = Packer::default();
    let mut sparse = Packer {
        sparse_only: true,
        ..Packer::default()
    };
    for f in &m.funcs {
        let a = compact(f, 8).map(|g| format!("{g:?}"));
        let b = reused.compact(f, 8).map(|g| format!("{g:?}"));
        let c = sparse.compact(f, 8).map(|g| format!("{g:?}"));
        assert_eq!(a, b, "{}", f.name);
        assert_eq!(a, c, "{}", f.name);
    }
    same_behaviour(src);
}

/// First fit through the gap list places every temporary where a scan of
/// all the live ones (the plain algorithm) does.
#[test]
fn gap_list_first_fit_matches_a_full_scan() {
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: u64| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    };
    for _ in 0..200 {
        let mut p = Packer::default();
        // (last, offset, size) of the live ones, for the plain scan.
        let mut plain: Vec<(usize, u32, u32)> = Vec::new();
        for first in 0..300usize {
            let last = first + next(40) as usize * (1 + next(3) as usize * 20);
            let align = 1u32 << next(4);
            let size = [1, 2, 3, 4, 8, 16, 24][next(7) as usize];
            plain.retain(|&(l, _, _)| l >= first);
            plain.sort_by_key(|&(_, off, _)| off);
            let mut at = 0u32;
            for &(_, off, len) in &plain {
                if at + size <= off {
                    break;
                }
                at = at.max(super::align_to(off + len, align));
            }
            at = super::align_to(at, align);
            plain.push((last, at, size));
            let dead: Vec<u32> = p
                .active
                .iter()
                .filter(|a| a.0 < first)
                .map(|a| a.1)
                .collect();
            for off in dead {
                p.remove_active(off);
            }
            assert_eq!(p.first_fit(size, align), at);
            p.insert_active(last, at, size);
        }
    }
}
