//! Packing a function's locals: the lowering gives every temporary a slot
//! of its own, so a frame is as big as the sum of all its temporaries; this
//! pass lets temporaries whose lives do not overlap share bytes. Frames
//! shrink several-fold, which is what makes 10 million frames fit under the
//! 1 GB stack limit (DESIGN §5) and keeps recursion in the cache.
//!
//! A *slot* is a maximal run of bytes of the locals area that accesses
//! overlap (a string temporary read as a whole and as its length word is
//! one slot). A slot is a **temporary** when
//! - its address is never taken (`Addr { what: Frame(Local) }`: a pointer
//!   may reach it at any time),
//! - every access is in one block, and
//! - the first access writes the whole slot (so nothing flows into the
//!   block through it, and nothing flows out: no other block touches it).
//!
//! A temporary lives from its first to its last access in its block
//! (inclusive: an instruction's sources and destination never share
//! bytes, whatever order the backend reads and writes them in). Every other
//! slot keeps bytes of its own. Temporaries of different blocks never live
//! at the same time, so all blocks reuse one region, each packed first-fit.
//!
//! The pass is conservative: an instruction it does not know leaves the
//! function as it was. The IR's semantics are unchanged (the reference
//! interpreter runs packed functions to the same results: see the tests).

use splitgo_lang::ir::{AddrOf, BinOp, Callee, Func, Inst, Loc, Term};

/// One access to the locals area: bytes `[lo, hi)` at instruction `at` of
/// `block`, reads before writes within an instruction (`phase` 0 and 1).
#[derive(Clone, Copy, Debug)]
struct Access {
    block: usize,
    at: usize,
    phase: u8,
    lo: u32,
    hi: u32,
}

#[derive(Debug)]
struct Slot {
    lo: u32,
    hi: u32,
    pinned: bool,
    /// The block of every access, while they agree.
    block: Option<usize>,
    many_blocks: bool,
    /// The first access, as (block, at, phase, is a write covering the slot).
    first: Option<(usize, usize, u8, bool)>,
    last: usize,
    new_lo: u32,
}

/// `f` with its locals packed, or `None` when nothing is gained or an
/// instruction is not understood. `word` is the target's word size.
pub fn compact(f: &Func, word: u32) -> Option<Func> {
    let mut acc = Vec::new();
    let mut pins = Vec::new();
    for (b, block) in f.blocks.iter().enumerate() {
        for (i, (inst, _)) in block.insts.iter().enumerate() {
            accesses(inst, word, &mut |loc, size, write| {
                if let Loc::Local(o) = loc {
                    if size > 0 {
                        acc.push(Access {
                            block: b,
                            at: i,
                            phase: u8::from(write),
                            lo: o,
                            hi: o + size,
                        });
                    }
                }
            })?;
            if let Inst::Addr {
                what: AddrOf::Frame(Loc::Local(o)),
                ..
            } = inst
            {
                pins.push(*o);
            }
        }
        if let Term::Branch {
            cond: Loc::Local(o),
            ..
        } = block.term
        {
            acc.push(Access {
                block: b,
                at: block.insts.len(),
                phase: 0,
                lo: o,
                hi: o + 1,
            });
        }
    }
    let mut slots = slots_of(&acc, &pins);
    if slots.is_empty() {
        return None;
    }
    let bounds: Vec<(u32, u32)> = slots.iter().map(|s| (s.lo, s.hi)).collect();
    for p in pins {
        let s = slot_index(&bounds, p)?;
        slots[s].pinned = true;
    }
    for a in &acc {
        let s = &mut slots[slot_index(&bounds, a.lo)?];
        let whole = a.phase == 1 && a.lo == s.lo && a.hi == s.hi;
        match s.block {
            None if !s.many_blocks => s.block = Some(a.block),
            Some(b) if b != a.block => {
                s.block = None;
                s.many_blocks = true;
            }
            _ => {}
        }
        let key = (a.block, a.at, a.phase, whole);
        let earlier = s
            .first
            .is_none_or(|(b, at, ph, _)| (a.block, a.at, a.phase) < (b, at, ph));
        if earlier {
            s.first = Some(key);
        }
        s.last = s.last.max(a.at);
    }
    let is_temp =
        |s: &Slot| !s.pinned && !s.many_blocks && s.block.is_some() && s.first.is_some_and(|f| f.3);

    // Fixed slots first, in their order, then one region for temporaries.
    let mut end = 0u32;
    for s in slots.iter_mut().filter(|s| !is_temp(s)) {
        s.new_lo = align_to(end, align_of(s.lo));
        end = s.new_lo + (s.hi - s.lo);
    }
    let region = align_to(end, 8);
    let mut region_size = 0u32;
    let mut by_block: Vec<Vec<usize>> = vec![Vec::new(); f.blocks.len()];
    for (i, s) in slots.iter().enumerate() {
        if is_temp(s) {
            by_block[s.block.expect("temporaries have a block")].push(i);
        }
    }
    for temps in &mut by_block {
        temps.sort_by_key(|&i| slots[i].first.map(|f| f.1));
        // (last, offset, size) of the temporaries placed so far that may
        // still be live.
        let mut active: Vec<(usize, u32, u32)> = Vec::new();
        for &i in temps.iter() {
            let (first, size, align) = {
                let s = &slots[i];
                (s.first.expect("temp").1, s.hi - s.lo, align_of(s.lo))
            };
            active.retain(|&(last, _, _)| last >= first);
            active.sort_by_key(|&(_, off, _)| off);
            let mut at = 0u32;
            for &(_, off, len) in &active {
                if at + size <= off {
                    break;
                }
                at = at.max(align_to(off + len, align));
            }
            at = align_to(at, align);
            slots[i].new_lo = region + at;
            region_size = region_size.max(at + size);
            active.push((slots[i].last, at, size));
        }
    }
    let new_size = (region + region_size).div_ceil(8) * 8;
    if new_size >= f.locals_size {
        return None;
    }
    let remap = |loc: Loc| -> Loc {
        match loc {
            Loc::Local(o) => match slot_index(&bounds, o) {
                Some(s) => Loc::Local(slots[s].new_lo + (o - slots[s].lo)),
                // Only empty accesses touch no slot: any offset will do.
                None => Loc::Local(0),
            },
            other => other,
        }
    };
    let mut g = f.clone();
    for block in &mut g.blocks {
        for (inst, _) in &mut block.insts {
            rewrite(inst, &remap);
        }
        if let Term::Branch { cond, .. } = &mut block.term {
            *cond = remap(*cond);
        }
    }
    g.locals_size = new_size;
    Some(g)
}

/// The alignment a slot at `lo` had: what its offset is a multiple of, at
/// most a word.
fn align_of(lo: u32) -> u32 {
    if lo == 0 {
        8
    } else {
        (1 << lo.trailing_zeros()).min(8)
    }
}

fn align_to(n: u32, a: u32) -> u32 {
    n.div_ceil(a) * a
}

/// Merges the accessed ranges (and pinned bytes) into disjoint slots.
fn slots_of(acc: &[Access], pins: &[u32]) -> Vec<Slot> {
    let mut ranges: Vec<(u32, u32)> = acc.iter().map(|a| (a.lo, a.hi)).collect();
    ranges.extend(pins.iter().map(|&p| (p, p + 1)));
    ranges.sort_unstable();
    let mut slots: Vec<Slot> = Vec::new();
    for (lo, hi) in ranges {
        match slots.last_mut() {
            Some(s) if lo < s.hi => s.hi = s.hi.max(hi),
            _ => slots.push(Slot {
                lo,
                hi,
                pinned: false,
                block: None,
                many_blocks: false,
                first: None,
                last: 0,
                new_lo: 0,
            }),
        }
    }
    slots
}

/// The slot (by its bounds) containing byte `o`.
fn slot_index(bounds: &[(u32, u32)], o: u32) -> Option<usize> {
    let i = bounds.partition_point(|&(lo, _)| lo <= o).checked_sub(1)?;
    (o < bounds[i].1).then_some(i)
}

/// Calls `f(loc, bytes, is_write)` for each location `inst` reads, then
/// each it writes; `None` for an instruction this pass does not know.
fn accesses(inst: &Inst, word: u32, f: &mut dyn FnMut(Loc, u32, bool)) -> Option<()> {
    match *inst {
        Inst::Imm { dst, ty, .. } => f(dst, ty.size(), true),
        Inst::Bin { op, ty, dst, a, b } => {
            f(a, ty.size(), false);
            // A shift count is a whole word (IR: BinOp::Shl).
            let bsize = if matches!(op, BinOp::Shl | BinOp::Shr) {
                word
            } else {
                ty.size()
            };
            f(b, bsize, false);
            f(dst, ty.size(), true);
        }
        Inst::Un { ty, dst, a, .. } => {
            f(a, ty.size(), false);
            f(dst, ty.size(), true);
        }
        Inst::Cmp { ty, dst, a, b, .. } => {
            f(a, ty.size(), false);
            f(b, ty.size(), false);
            f(dst, 1, true);
        }
        Inst::Conv { from, to, dst, a } => {
            f(a, from.size(), false);
            f(dst, to.size(), true);
        }
        Inst::Addr { dst, .. } => f(dst, word, true),
        Inst::Load { dst, ptr, size, .. } => {
            f(ptr, word, false);
            f(dst, size, true);
        }
        Inst::Store { ptr, src, size, .. } => {
            f(ptr, word, false);
            f(src, size, false);
        }
        Inst::Move { dst, src, size } => {
            f(src, size, false);
            f(dst, size, true);
        }
        Inst::Zero { dst, size } => f(dst, size, true),
        Inst::Call { callee, .. } => match callee {
            Callee::Closure(loc) => f(loc, word, false),
            Callee::Func(_) | Callee::Native(_) | Callee::Runtime(_) => {}
            #[allow(unreachable_patterns)]
            _ => return None,
        },
        Inst::ClosureContext { dst } => f(dst, word, true),
        // Reads only G; a preempted goroutine resumes with its frame intact.
        Inst::PreemptCheck => {}
        #[allow(unreachable_patterns)]
        _ => return None,
    }
    Some(())
}

/// Applies `remap` to every location of `inst`.
fn rewrite(inst: &mut Inst, remap: &dyn Fn(Loc) -> Loc) {
    match inst {
        Inst::Imm { dst, .. } | Inst::Zero { dst, .. } | Inst::ClosureContext { dst } => {
            *dst = remap(*dst)
        }
        Inst::Bin { dst, a, b, .. } | Inst::Cmp { dst, a, b, .. } => {
            *dst = remap(*dst);
            *a = remap(*a);
            *b = remap(*b);
        }
        Inst::Un { dst, a, .. } | Inst::Conv { dst, a, .. } => {
            *dst = remap(*dst);
            *a = remap(*a);
        }
        Inst::Addr { dst, what } => {
            *dst = remap(*dst);
            if let AddrOf::Frame(l) = what {
                *l = remap(*l);
            }
        }
        Inst::Load { dst, ptr, .. } => {
            *dst = remap(*dst);
            *ptr = remap(*ptr);
        }
        Inst::Store { ptr, src, .. } => {
            *ptr = remap(*ptr);
            *src = remap(*src);
        }
        Inst::Move { dst, src, .. } => {
            *dst = remap(*dst);
            *src = remap(*src);
        }
        Inst::Call {
            callee: Callee::Closure(l),
            ..
        } => *l = remap(*l),
        _ => {}
    }
}

#[cfg(test)]
mod tests;
