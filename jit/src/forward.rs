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

/// `f` with its single-use temporaries forwarded into the copies that read
/// them; `None` when there are none.
pub fn forward_copies(f: &Func, word: u32) -> Option<Func> {
    if f.slots.is_empty() {
        return None;
    }
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
                        if w {
                            writes[i] += 1;
                        } else {
                            reads[i] += 1;
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
            reads[slot_of(o)?] += 1;
        }
    }
    let mut g: Option<Func> = None;
    for bi in 0..f.blocks.len() {
        let insts = &f.blocks[bi].insts;
        let mut gone = Vec::new();
        let mut i = 0;
        while i + 1 < insts.len() {
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
                    let h = g.get_or_insert_with(|| f.clone());
                    *single_dst(&mut h.blocks[bi].insts[i].0).expect("checked") = v;
                    gone.push(i + 1);
                    i += 2;
                }
                None => i += 1,
            }
        }
        if let Some(h) = g.as_mut() {
            // Drop the copies now done by the instructions before them.
            for &k in gone.iter().rev() {
                h.blocks[bi].insts.remove(k);
            }
        }
    }
    g
}
