//! The allocation of lowered functions: which locals are promoted, which
//! become constants, what is saved at safepoints, and an independent check
//! that no two values live at the same time share a register.

use super::{allocate, operands, rename, Allocation, VLoc};
use crate::mach::RegClass;
use crate::x64::ops::{FLOAT_REGS, INT_REGS};
use splitgo_lang::ir::{Func, Inst, Loc, Module, Term};
use splitgo_lang::{check_package, NoImports, SourceMap, Target};
use std::collections::{BTreeSet, HashMap};

fn lowered(src: &str) -> Module {
    let mut map = SourceMap::new();
    let id = map.add("t.go", src.as_bytes());
    let c = check_package(&mut map, &[id], &NoImports, Target::AMD64);
    assert!(c.diagnostics.is_empty(), "{:?}", c.diagnostics);
    splitgo_lang::ir::lower::lower(c.program.as_ref().unwrap(), &map).expect("lowers")
}

fn func<'m>(m: &'m Module, name: &str) -> &'m Func {
    m.funcs.iter().find(|f| f.name == name).expect("function")
}

fn alloc(f: &Func) -> Allocation {
    allocate(f, 8, INT_REGS, FLOAT_REGS).expect("something is promoted")
}

/// Checks an allocation the slow way: instruction by instruction,
/// backwards to a fixed point, the virtual registers live after each
/// instruction of the renamed function; at every point the registers of
/// those live at once (and of one written there) must differ, and every
/// one live across a safepoint must be saved there.
fn verify(f: &Func, a: &Allocation) {
    let g = rename(f, a);
    let vreg = |l: Loc| a.vreg_of(l).map(|(v, _)| v);
    let n = g.blocks.len();
    let mut live_in: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); n];
    loop {
        let mut changed = false;
        for b in (0..n).rev() {
            let block = &g.blocks[b];
            let mut live: BTreeSet<u32> = BTreeSet::new();
            let succ: Vec<usize> = match block.term {
                Term::Jump(t) => vec![t.0 as usize],
                Term::Branch { then, els, .. } => vec![then.0 as usize, els.0 as usize],
                _ => vec![],
            };
            for s in succ {
                live.extend(live_in[s].iter().copied());
            }
            if let Term::Branch { cond, .. } = block.term {
                live.extend(vreg(cond));
            }
            for (i, (inst, _)) in block.insts.iter().enumerate().rev() {
                let (mut defs, mut uses) = (Vec::new(), Vec::new());
                operands(inst, 8, &mut |l, _, u| {
                    if let Some(v) = vreg(l) {
                        if u.write {
                            defs.push(v)
                        } else {
                            uses.push(v)
                        }
                    }
                })
                .unwrap();
                if a.is_dead(b, i) {
                    for d in &defs {
                        assert!(!live.contains(d), "{}: a live write left out", f.name);
                    }
                    continue;
                }
                // Written here: no other value live after may share its
                // register.
                let regs = |vs: &mut dyn Iterator<Item = u32>| -> HashMap<(RegClass, u8), u32> {
                    let mut seen = HashMap::new();
                    for v in vs {
                        let r = &a.vregs[v as usize];
                        if let VLoc::Reg(hw) = r.at {
                            if let Some(w) = seen.insert((r.class, hw), v) {
                                panic!("{}: v{v} and v{w} share {:?} {hw}", f.name, r.class);
                            }
                        }
                    }
                    seen
                };
                regs(
                    &mut live
                        .iter()
                        .copied()
                        .chain(defs.iter().copied().filter(|d| !live.contains(d))),
                );
                if matches!(inst, Inst::Call { .. } | Inst::PreemptCheck) {
                    let saved: BTreeSet<u32> = a.saves(b, i).iter().copied().collect();
                    for &v in &live {
                        if matches!(a.vregs[v as usize].at, VLoc::Reg(_)) {
                            assert!(
                                saved.contains(&v),
                                "{}: v{v} live across a safepoint, not saved",
                                f.name
                            );
                            assert!(a.vregs[v as usize].home);
                        }
                    }
                }
                for d in &defs {
                    live.remove(d);
                }
                live.extend(uses);
            }
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    if let Some(rb) = f.recover_block {
        for &v in &live_in[rb.0 as usize] {
            assert!(
                !matches!(a.vregs[v as usize].at, VLoc::Reg(_)),
                "{}: v{v} in a register where a recovered panic resumes",
                f.name
            );
        }
    }
}

const FIB: &str = "package main\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() { println(fib(10)) }\n";

#[test]
fn fib_keeps_one_value_across_the_second_call() {
    let m = lowered(FIB);
    let f = func(&m, "main.fib");
    let a = alloc(f);
    verify(f, &a);
    // 1 and 2 are constants, fib(n-1) lives across fib(n-2): the only home.
    let consts: Vec<u64> = a
        .vregs
        .iter()
        .filter_map(|v| match v.at {
            VLoc::Const(c) => Some(c),
            VLoc::Reg(_) => None,
        })
        .collect();
    assert!(consts.contains(&1) && consts.contains(&2), "{consts:?}");
    assert_eq!(a.homes(), 1, "{:?}", a.vregs);
    // The `n < 2` compare is fused with its branch.
    assert!((0..f.blocks.len()).any(|b| a.is_fused(b)));
}

#[test]
fn a_loop_without_calls_lives_in_registers() {
    let src = "package main\n\nfunc sum(n int) (s int) {\n\tfor i := 0; i < n; i++ {\n\t\ts += i * i\n\t}\n\treturn\n}\n\nfunc main() { println(sum(10)) }\n";
    let m = lowered(src);
    let f = func(&m, "main.sum");
    let a = alloc(f);
    verify(f, &a);
    let g = rename(f, &a);
    // Every local access left is to a register: nothing of the loop is in
    // the locals area.
    for b in &g.blocks {
        for (inst, _) in &b.insts {
            operands(inst, 8, &mut |l, _, _| {
                if let Loc::Local(o) = l {
                    assert!(o >= super::VIRT, "{inst:?} still in memory");
                }
            })
            .unwrap();
        }
    }
    // `i` is live around the back edge's preemption check: saved there.
    let saved_at_check = g.blocks.iter().enumerate().any(|(b, blk)| {
        blk.insts
            .iter()
            .enumerate()
            .any(|(i, (inst, _))| matches!(inst, Inst::PreemptCheck) && !a.saves(b, i).is_empty())
    });
    assert!(saved_at_check);
}

#[test]
fn an_address_taken_variable_stays_in_memory() {
    let src = "package main\n\nfunc f() int {\n\tx := 1\n\tp := &x\n\t*p = 2\n\treturn x\n}\n\nfunc main() { println(f()) }\n";
    let m = lowered(src);
    let f = func(&m, "main.f");
    if let Some(a) = allocate(f, 8, INT_REGS, FLOAT_REGS) {
        verify(f, &a);
        // The variable x is the slot whose address is taken.
        let pinned: Vec<u32> = f
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .filter_map(|(i, _)| match i {
                Inst::Addr {
                    what: splitgo_lang::ir::AddrOf::Frame(Loc::Local(o)),
                    ..
                } => Some(*o),
                _ => None,
            })
            .collect();
        for v in &a.vregs {
            assert!(!pinned.contains(&v.off), "{v:?} promoted");
        }
    }
}

#[test]
fn floats_take_float_registers() {
    let src = "package main\n\nfunc dot(n int) float64 {\n\tx, s := 0.5, 0.0\n\tfor i := 0; i < n; i++ {\n\t\ts += x * float64(i)\n\t}\n\treturn s\n}\n\nfunc main() { println(dot(4)) }\n";
    let m = lowered(src);
    let f = func(&m, "main.dot");
    let a = alloc(f);
    verify(f, &a);
    assert!(a
        .vregs
        .iter()
        .any(|v| v.class == RegClass::Float && matches!(v.at, VLoc::Reg(_))));
}

#[test]
fn pressure_leaves_some_values_in_memory_and_no_register_shared() {
    // Twelve values live at once, more than the eight integer registers.
    let mut body = String::new();
    for k in 0..12 {
        body += &format!("\tv{k} := n * {}\n", k + 3);
    }
    body += "\tr := 0\n\tfor i := 0; i < n; i++ {\n";
    for k in 0..12 {
        body += &format!("\t\tr += v{k} ^ i\n");
    }
    body += "\t}\n\treturn r\n";
    let src = format!(
        "package main\n\nfunc f(n int) int {{\n{body}}}\n\nfunc main() {{ println(f(3)) }}\n"
    );
    let m = lowered(&src);
    let f = func(&m, "main.f");
    let a = alloc(f);
    verify(f, &a);
}

#[test]
fn every_function_of_some_programs_verifies() {
    let programs = [
        FIB,
        "package main\n\ntype T struct{ a, b int }\n\nfunc (t T) sum() int { return t.a + t.b }\n\nfunc g(xs []int) (n int) {\n\tdefer func() { recover(); n = -1 }()\n\tfor _, x := range xs {\n\t\tn += x / (x - 3)\n\t}\n\treturn n\n}\n\nfunc main() {\n\tprintln(T{1, 2}.sum(), g([]int{1, 2}), g([]int{3}))\n\tm := map[string]int{\"a\": 1}\n\tfor k, v := range m {\n\t\tprintln(k, v)\n\t}\n\tc := make(chan int, 1)\n\tc <- 4\n\tswitch x := <-c; {\n\tcase x > 3:\n\t\tprintln(\"big\")\n\t}\n}\n",
        "package main\n\nfunc main() {\n\tvar f32 float32 = 1.5\n\tvar u8 uint8 = 200\n\tvar i16 int16 = -3\n\tfor i := 0; i < 3; i++ {\n\t\tu8 += uint8(i) * 40\n\t\ti16 >>= 1\n\t\tf32 = f32*2 - float32(u8)\n\t}\n\tprintln(f32, u8, i16, u8 > 100, f32 < 0)\n}\n",
    ];
    for src in programs {
        let m = lowered(src);
        for f in m.funcs.iter().filter(|f| !f.blocks.is_empty()) {
            if let Some(a) = allocate(f, 8, INT_REGS, FLOAT_REGS) {
                verify(f, &a);
            }
        }
    }
}
