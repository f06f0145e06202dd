//! Copy forwarding: `t = a op b; v = t`, where the temporary `t` is read
//! nowhere else, becomes `v = a op b`. The lowering computes every
//! expression into a fresh temporary and then copies it into the variable
//! assigned (`sum += x` is `t = sum + x; sum = t`); without this, the
//! register allocator gives `t` and `sum` two registers and the copy stays.
//!
//! Writing `v` directly is the same: an instruction reads its sources
//! before it writes its destination (docs/ir.md), and `t` is written and
//! read exactly once, by the two instructions, so nothing else sees it.

use splitgo_lang::ir::{AddrOf, FrameSlot, Func, Inst, Loc, Term};

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

/// How each allocation of a function is accessed.
struct Counts {
    reads: Vec<u32>,
    writes: Vec<u32>,
    /// Read or written in part, or its address taken.
    unfit: Vec<bool>,
    /// Some argument's or result's address is taken.
    arg_addr: bool,
}

/// The [`Counts`] of `f`'s allocations; `None` for an instruction not
/// known here or an access outside every allocation.
fn counts(f: &Func, word: u32) -> Option<Counts> {
    let n = f.slots.len();
    let mut c = Counts {
        reads: vec![0; n],
        writes: vec![0; n],
        unfit: vec![false; n],
        arg_addr: false,
    };
    for b in &f.blocks {
        for (inst, _) in &b.insts {
            let mut inside = true;
            accesses(inst, word, &mut |l, size, w| {
                if let Loc::Local(o) = l {
                    let Some(i) = f.slot_of(o) else {
                        inside = false;
                        return;
                    };
                    if o != f.slots[i].off || size != f.slots[i].size {
                        c.unfit[i] = true;
                    }
                    let k = if w { &mut c.writes[i] } else { &mut c.reads[i] };
                    *k = k.saturating_add(1);
                }
            })?;
            if !inside {
                return None;
            }
            match inst {
                Inst::Addr {
                    what: AddrOf::Frame(Loc::Local(o)),
                    ..
                } => c.unfit[f.slot_of(*o)?] = true,
                Inst::Addr {
                    what: AddrOf::Frame(_),
                    ..
                } => c.arg_addr = true,
                _ => {}
            }
        }
        if let Term::Branch {
            cond: Loc::Local(o),
            ..
        } = b.term
        {
            let k = f.slot_of(o)?;
            c.reads[k] = c.reads[k].saturating_add(1);
        }
    }
    Some(c)
}

fn count_and_forward(f: &mut Func, word: u32) -> Option<bool> {
    let Counts {
        reads,
        writes,
        unfit,
        ..
    } = counts(f, word)?;
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
                    match (d, f.slot_of(t)) {
                        (Some(Loc::Local(d)), Some(k))
                            if d == t
                                && f.slots[k].off == t
                                && f.slots[k].size == size
                                && !unfit[k]
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

/// Copy propagation within a block: `t = x` (a copy, or a conversion
/// between integers of one size, which is one), with `t` written nowhere
/// else and every read of it further on in the block while `x` still
/// holds the same value, becomes nothing: those reads read `x`. The
/// lowering copies an index before checking its bound (`conv.i64.u64`),
/// a value it reads twice into a temporary, and so on; each copy would
/// take a register of its own.
pub fn propagate_copies(f: &mut Func, word: u32) -> bool {
    if f.slots.is_empty() {
        return false;
    }
    let Some(c) = counts(f, word) else {
        return false;
    };
    // The blocks change while the allocations are looked up.
    let slots = std::mem::take(&mut f.slots);
    let r = propagate(f, &slots, c, word);
    f.slots = slots;
    r.unwrap_or(false)
}

fn propagate(f: &mut Func, slots: &[FrameSlot], c: Counts, word: u32) -> Option<bool> {
    let Counts {
        mut reads,
        mut writes,
        unfit,
        arg_addr,
    } = c;
    let slot_of = |o: u32| FrameSlot::find(slots, o);
    let mut changed = false;
    for b in &mut f.blocks {
        let mut gone = Vec::new();
        for i in 0..b.insts.len() {
            let (t, x, size) = match b.insts[i].0 {
                Inst::Move {
                    dst: Loc::Local(t),
                    src,
                    size,
                } => (t, src, size),
                Inst::Conv {
                    from,
                    to,
                    dst: Loc::Local(t),
                    a,
                } if from.size() == to.size() && !from.is_float() && !to.is_float() => {
                    (t, a, to.size())
                }
                _ => continue,
            };
            let Some(k) = slot_of(t) else { continue };
            if unfit[k] || writes[k] != 1 || reads[k] == 0 || slots[k].size != size {
                continue;
            }
            // The source: a whole local of the same size nothing reaches
            // through a pointer, or an argument when no frame address is
            // taken.
            let (xlo, xhi) = match x {
                Loc::Local(o) => match slot_of(o) {
                    Some(j) if j != k && !unfit[j] && slots[j].size == size => (o, o + size),
                    _ => continue,
                },
                Loc::Arg(o) if !arg_addr => (o, o + size),
                _ => continue,
            };
            let same_area = |l: Loc| {
                matches!(
                    (l, x),
                    (Loc::Local(_), Loc::Local(_)) | (Loc::Arg(_), Loc::Arg(_))
                )
            };
            // Count the reads of t from here on while x keeps its value.
            let mut found = 0u32;
            let mut upto = b.insts.len();
            for j in i + 1..b.insts.len() {
                let mut clobbered = false;
                accesses(&b.insts[j].0, word, &mut |l, n, w| {
                    if l == Loc::Local(t) && !w {
                        found += 1;
                    }
                    let o = match l {
                        Loc::Local(o) | Loc::Arg(o) | Loc::Out(o) => o,
                    };
                    if w && same_area(l) && o < xhi && xlo < o + n {
                        clobbered = true;
                    }
                })?;
                if clobbered {
                    upto = j + 1;
                    break;
                }
            }
            let term_reads = upto == b.insts.len()
                && matches!(b.term, Term::Branch { cond, .. } if cond == Loc::Local(t));
            if found + u32::from(term_reads) != reads[k] {
                continue;
            }
            let remap = |l: Loc| if l == Loc::Local(t) { x } else { l };
            for j in i + 1..upto {
                crate::locals::rewrite(&mut b.insts[j].0, &remap);
            }
            if term_reads {
                if let Term::Branch { cond, .. } = &mut b.term {
                    *cond = x;
                }
            }
            gone.push(i);
            // t is gone: nothing reads or writes it any more.
            reads[k] = 0;
            writes[k] = 0;
        }
        changed |= !gone.is_empty();
        let mut n = 0;
        b.insts.retain(|_| {
            n += 1;
            gone.binary_search(&(n - 1)).is_err()
        });
    }
    Some(changed)
}

#[cfg(test)]
mod tests;
