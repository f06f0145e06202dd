//! Copy forwarding: `t = a op b; v = t`, where the temporary `t` is read
//! nowhere else, becomes `v = a op b`. The lowering computes every
//! expression into a fresh temporary and then copies it into the variable
//! assigned (`sum += x` is `t = sum + x; sum = t`); without this, the
//! register allocator gives `t` and `sum` two registers and the copy stays.
//!
//! Writing `v` directly is the same: an instruction reads its sources
//! before it writes its destination (docs/ir.md), and `t` is written and
//! read exactly once, by the two instructions, so nothing else sees it.

use splitgo_lang::ir::{AddrOf, Func, Inst, Loc, Term};

use crate::locals::accesses;

/// The destination of an instruction that writes one location and does
/// nothing else a copy forward could disturb.
fn single_dst(inst: &mut Inst) -> Option<&mut Loc> {
    match inst {
        Inst::Imm { dst, .. }
        | Inst::Bin { dst, .. }
        | Inst::Un { dst, .. }
        | Inst::Cmp { dst, .. }
        | Inst::Conv { dst, .. }
        | Inst::Addr { dst, .. }
        | Inst::Load { dst, .. }
        | Inst::Move { dst, .. }
        | Inst::ClosureContext { dst } => Some(dst),
        _ => None,
    }
}

/// Forwards `f`'s single-use temporaries into the copies that read them;
/// whether there were any.
pub fn forward_copies(f: &mut Func, word: u32) -> bool {
    if f.slots.is_empty() {
        return false;
    }
    count_and_forward(f, word).unwrap_or(false)
}

fn count_and_forward(f: &mut Func, word: u32) -> Option<bool> {
    let slot_of = |o: u32| -> Option<usize> {
        let i = f.slots.partition_point(|s| s.off <= o).checked_sub(1)?;
        let s = f.slots[i];
        (o < s.off + s.size).then_some(i)
    };
    // Accesses of each allocation (reads, writes), a pinned one at max.
    let mut reads = vec![0u32; f.slots.len()];
    let mut writes = vec![0u32; f.slots.len()];
    for b in &f.blocks {
        for (inst, _) in &b.insts {
            accesses(inst, word, &mut |l, _, w| {
                if let Loc::Local(o) = l {
                    if let Some(i) = slot_of(o) {
                        // (A pinned allocation's reads are at the maximum.)
                        if w {
                            writes[i] = writes[i].saturating_add(1);
                        } else {
                            reads[i] = reads[i].saturating_add(1);
                        }
                    }
                }
            })?;
            if let Inst::Addr {
                what: AddrOf::Frame(Loc::Local(o)),
                ..
            } = inst
            {
                reads[slot_of(*o)?] = u32::MAX;
            }
        }
        if let Term::Branch {
            cond: Loc::Local(o),
            ..
        } = b.term
        {
            let k = slot_of(o)?;
            reads[k] = reads[k].saturating_add(1);
        }
    }
    let mut changed = false;
    for bi in 0..f.blocks.len() {
        let mut gone = Vec::new();
        let mut i = 0;
        while i + 1 < f.blocks[bi].insts.len() {
            let insts = &f.blocks[bi].insts;
            let forward = match insts[i + 1].0 {
                Inst::Move {
                    dst: v,
                    src: Loc::Local(t),
                    size,
                } if v != Loc::Local(t) => {
                    let mut first = insts[i].0.clone();
                    let d = single_dst(&mut first).copied();
                    match (d, slot_of(t)) {
                        (Some(Loc::Local(d)), Some(k))
                            if d == t
                                && f.slots[k].off == t
                                && f.slots[k].size == size
                                && reads[k] == 1
                                && writes[k] == 1 =>
                        {
                            Some(v)
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            match forward {
                Some(v) => {
                    *single_dst(&mut f.blocks[bi].insts[i].0).expect("checked") = v;
                    gone.push(i + 1);
                    i += 2;
                }
                None => i += 1,
            }
        }
        // Drop the copies now done by the instructions before them.
        changed |= !gone.is_empty();
        let mut k = 0;
        f.blocks[bi].insts.retain(|_| {
            k += 1;
            gone.binary_search(&(k - 1)).is_err()
        });
    }
    Some(changed)
}
