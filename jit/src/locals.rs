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
//! Locals the register allocator promoted have been moved to offsets from
//! `regalloc::VIRT` on (`regalloc::rename`): they need no bytes, and this
//! pass leaves them alone.
//!
//! The pass is conservative: an instruction it does not know leaves the
//! function as it was. The IR's semantics are unchanged (the reference
//! interpreter runs packed functions to the same results: see the tests).

use splitgo_lang::ir::{AddrOf, BinOp, Callee, Func, Inst, Loc, Term};

use crate::regalloc::VIRT;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

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
    Packer::default().compact(f, word)
}

/// Above this many bytes per accessed range, a frame's slots are found by
/// sorting the ranges instead of with a table per byte (a large array in a
/// frame would make the table large and mostly empty).
const SPARSE_BYTES_PER_RANGE: u32 = 64;

/// [`compact`] with buffers kept from one function to the next: the JIT
/// packs every function of a program, and allocating and growing these
/// for each was most of the pass's time.
#[derive(Default)]
pub struct Packer {
    acc: Vec<Access>,
    /// The allocations whose address is taken, as byte ranges.
    pins: Vec<(u32, u32)>,
    slots: Vec<Slot>,
    /// Dense: at each byte where a range starts, while finding slots the
    /// furthest end of the ranges starting there, then the slot holding it.
    byte: Vec<u32>,
    dense: bool,
    /// Sparse: the accessed ranges, sorted.
    ranges: Vec<(u32, u32)>,
    /// The temporaries as (block, first access, slot), in packing order.
    temps: Vec<(usize, usize, usize)>,
    /// (last, offset, size) of the temporaries placed in the current block
    /// that may still be live, by offset.
    active: Vec<(usize, u32, u32)>,
    /// (last, offset) of the same, soonest dead first.
    expiry: BinaryHeap<Reverse<(usize, u32)>>,
    /// The offsets of the entries of `active` with free bytes before them
    /// (after the previous one's end, or 0), in order.
    gaps: Vec<u32>,
    /// Dense: the bytes where a range starts, one bit each.
    starts: Vec<u64>,
    /// Always sort (the tests check both ways agree).
    sparse_only: bool,
    /// The last function was packed ([`Self::relocated`]).
    applied: bool,
}

impl Packer {
    /// As [`compact`].
    pub fn compact(&mut self, f: &Func, word: u32) -> Option<Func> {
        let mut g = f.clone();
        self.compact_in_place(&mut g, word).then_some(g)
    }

    /// Packs `f`'s locals in place; whether anything changed (when
    /// nothing is gained or an instruction is not understood, `f` is left
    /// as it was).
    pub fn compact_in_place(&mut self, f: &mut Func, word: u32) -> bool {
        self.applied = self.plan(f, word).is_some_and(|new_size| {
            self.apply(f, new_size);
            true
        });
        self.applied
    }

    /// Where byte `o` of the locals area of the function last given to
    /// [`Self::compact_in_place`] went (it stays put when nothing moved,
    /// or when no access touches it).
    pub fn relocated(&self, o: u32) -> u32 {
        if !self.applied || o >= VIRT {
            return o;
        }
        match self.slot_at(o) {
            Some(s) => self.slots[s].new_lo + (o - self.slots[s].lo),
            None => o,
        }
    }

    /// Finds the slots and their new places; the new locals size, if
    /// smaller.
    fn plan(&mut self, f: &Func, word: u32) -> Option<u32> {
        self.acc.clear();
        self.pins.clear();
        let mut end = 0u32;
        for (b, block) in f.blocks.iter().enumerate() {
            for (i, (inst, _)) in block.insts.iter().enumerate() {
                let acc = &mut self.acc;
                accesses(inst, word, &mut |loc, size, write| {
                    if let Loc::Local(o) = loc {
                        if size > 0 && o < VIRT {
                            acc.push(Access {
                                block: b,
                                at: i,
                                phase: u8::from(write),
                                lo: o,
                                hi: o + size,
                            });
                            end = end.max(o + size);
                        }
                    }
                })?;
                if let Inst::Addr {
                    what: AddrOf::Frame(Loc::Local(o)),
                    ..
                } = inst
                {
                    // The whole allocation: a pointer reaches all of it,
                    // including bytes no instruction names.
                    let (lo, hi) = match f.slot_of(*o) {
                        Some(s) => (f.slots[s].off, f.slots[s].off + f.slots[s].size),
                        None => (*o, o + 1),
                    };
                    self.pins.push((lo, hi));
                    end = end.max(hi);
                }
            }
            if let Term::Branch {
                cond: Loc::Local(o),
                ..
            } = block.term
            {
                if o >= VIRT {
                    continue;
                }
                self.acc.push(Access {
                    block: b,
                    at: block.insts.len(),
                    phase: 0,
                    lo: o,
                    hi: o + 1,
                });
                end = end.max(o + 1);
            }
        }
        self.find_slots(end);
        if self.slots.is_empty() {
            // Nothing left in memory (the registers took it all).
            return (f.locals_size != 0).then_some(0);
        }
        for k in 0..self.pins.len() {
            let s = self.slot_at(self.pins[k].0)?;
            self.slots[s].pinned = true;
        }
        for k in 0..self.acc.len() {
            let a = self.acc[k];
            let at = self.slot_at(a.lo)?;
            let s = &mut self.slots[at];
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
        let is_temp = |s: &Slot| {
            !s.pinned && !s.many_blocks && s.block.is_some() && s.first.is_some_and(|f| f.3)
        };

        // Fixed slots first, in their order, then one region for temporaries.
        let mut end = 0u32;
        self.temps.clear();
        for (i, s) in self.slots.iter_mut().enumerate() {
            if is_temp(s) {
                let block = s.block.expect("temporaries have a block");
                self.temps.push((block, s.first.expect("temp").1, i));
            } else {
                s.new_lo = align_to(end, align_of(s.lo));
                end = s.new_lo + (s.hi - s.lo);
            }
        }
        let region = align_to(end, 8);
        let mut region_size = 0u32;
        // Block by block, each temporary in the order of its first access
        // (then of its offset), placed at the lowest offset free of the
        // temporaries still live.
        self.temps.sort_unstable();
        let mut block = usize::MAX;
        for k in 0..self.temps.len() {
            let (b, first, i) = self.temps[k];
            if b != block {
                block = b;
                self.active.clear();
                self.expiry.clear();
                self.gaps.clear();
            }
            let (size, align) = {
                let s = &self.slots[i];
                (s.hi - s.lo, align_of(s.lo))
            };
            // Drop the temporaries dead before this one's first access.
            while let Some(&Reverse((last, off))) = self.expiry.peek() {
                if last >= first {
                    break;
                }
                self.expiry.pop();
                self.remove_active(off);
            }
            let at = self.first_fit(size, align);
            self.slots[i].new_lo = region + at;
            region_size = region_size.max(at + size);
            let last = self.slots[i].last;
            self.insert_active(last, at, size);
            self.expiry.push(Reverse((last, at)));
        }
        let new_size = (region + region_size).div_ceil(8) * 8;
        (new_size < f.locals_size).then_some(new_size)
    }

    /// Moves every local access of `f` to its slot's new place.
    fn apply(&self, g: &mut Func, new_size: u32) {
        let remap = |loc: Loc| -> Loc {
            match loc {
                Loc::Local(o) if o >= VIRT => loc,
                Loc::Local(o) => match self.slot_at(o) {
                    Some(s) => Loc::Local(self.slots[s].new_lo + (o - self.slots[s].lo)),
                    // Only empty accesses touch no slot: any offset will do.
                    None => Loc::Local(0),
                },
                other => other,
            }
        };
        for block in &mut g.blocks {
            for (inst, _) in &mut block.insts {
                rewrite(inst, &remap);
            }
            if let Term::Branch { cond, .. } = &mut block.term {
                *cond = remap(*cond);
            }
        }
        g.locals_size = new_size;
        // The allocations move with their bytes; temporaries now share.
        g.slots.retain_mut(|s| match self.slot_at(s.off) {
            Some(k) => {
                s.off = self.slots[k].new_lo + (s.off - self.slots[k].lo);
                true
            }
            None => false,
        });
        g.slots.sort_by_key(|s| s.off);
    }

    /// Merges the accessed ranges (and pinned bytes), all below `end`, into
    /// disjoint slots, in order of offset.
    fn find_slots(&mut self, end: u32) {
        self.slots.clear();
        let ranges = self.acc.len() + self.pins.len();
        self.dense = !self.sparse_only
            && u64::from(end)
                <= (ranges as u64 + 1).saturating_mul(u64::from(SPARSE_BYTES_PER_RANGE));
        if !self.dense {
            self.ranges.clear();
            self.ranges.extend(self.acc.iter().map(|a| (a.lo, a.hi)));
            self.ranges.extend(self.pins.iter().copied());
            self.ranges.sort_unstable();
            for &(lo, hi) in &self.ranges {
                match self.slots.last_mut() {
                    Some(s) if lo < s.hi => s.hi = s.hi.max(hi),
                    _ => self.slots.push(Slot::new(lo, hi)),
                }
            }
            return;
        }
        let (byte, starts) = (&mut self.byte, &mut self.starts);
        byte.clear();
        byte.resize(end as usize, 0);
        starts.clear();
        starts.resize((end as usize).div_ceil(64), 0);
        let ranges = self.acc.iter().map(|a| (a.lo, a.hi));
        for (lo, hi) in ranges.chain(self.pins.iter().copied()) {
            let e = &mut byte[lo as usize];
            *e = (*e).max(hi);
            starts[lo as usize / 64] |= 1 << (lo % 64);
        }
        // The starts in order of offset: a range starting inside the
        // current slot extends it, one starting past its end opens the next.
        for (w, &bits) in starts.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                let o = (w * 64) as u32 + bits.trailing_zeros();
                bits &= bits - 1;
                let reach = byte[o as usize];
                match self.slots.last_mut() {
                    Some(s) if o < s.hi => s.hi = s.hi.max(reach),
                    _ => self.slots.push(Slot::new(o, reach)),
                }
                byte[o as usize] = self.slots.len() as u32 - 1;
            }
        }
    }

    /// The lowest offset, at `align`, where `size` bytes are free of the
    /// live temporaries: first fit, looking only where there is a gap.
    fn first_fit(&self, size: u32, align: u32) -> u32 {
        let end_before = |j: usize| {
            j.checked_sub(1)
                .map_or(0, |p| self.active[p].1 + self.active[p].2)
        };
        for &off in &self.gaps {
            let j = self.active.partition_point(|&(_, o, _)| o < off);
            let at = align_to(end_before(j), align);
            if at + size <= off {
                return at;
            }
        }
        align_to(end_before(self.active.len()), align)
    }

    /// Adds a live temporary at `at` (in a gap, or after the last).
    fn insert_active(&mut self, last: usize, at: u32, size: u32) {
        let pos = self.active.partition_point(|&(_, off, _)| off < at);
        let before = pos
            .checked_sub(1)
            .map_or(0, |p| self.active[p].1 + self.active[p].2);
        self.active.insert(pos, (last, at, size));
        if let Some(&(_, next, _)) = self.active.get(pos + 1) {
            if next == at + size {
                let g = self.gaps.partition_point(|&o| o < next);
                self.gaps.remove(g);
            }
        }
        if at != before {
            let g = self.gaps.partition_point(|&o| o < at);
            self.gaps.insert(g, at);
        }
    }

    /// Drops the live temporary at `off`.
    fn remove_active(&mut self, off: u32) {
        let pos = self.active.partition_point(|&(_, o, _)| o < off);
        self.active.remove(pos);
        let g = self.gaps.partition_point(|&o| o < off);
        if self.gaps.get(g) == Some(&off) {
            self.gaps.remove(g);
        }
        // What followed it now has at least its bytes free before it.
        if let Some(&(_, next, _)) = self.active.get(pos) {
            let g = self.gaps.partition_point(|&o| o < next);
            if self.gaps.get(g) != Some(&next) {
                self.gaps.insert(g, next);
            }
        }
    }

    /// The slot containing byte `o`.
    fn slot_at(&self, o: u32) -> Option<usize> {
        let i = o as usize;
        if self.dense
            && self
                .starts
                .get(i / 64)
                .is_some_and(|w| w & (1 << (i % 64)) != 0)
        {
            return Some(self.byte[i] as usize);
        }
        // Not where a range starts (an empty access): search.
        let i = self.slots.partition_point(|s| s.lo <= o).checked_sub(1)?;
        (o < self.slots[i].hi).then_some(i)
    }
}

impl Slot {
    fn new(lo: u32, hi: u32) -> Slot {
        Slot {
            lo,
            hi,
            pinned: false,
            block: None,
            many_blocks: false,
            first: None,
            last: 0,
            new_lo: 0,
        }
    }
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

/// Calls `f(loc, bytes, is_write)` for each location `inst` reads, then
/// each it writes; `None` for an instruction this pass does not know.
pub(crate) fn accesses(inst: &Inst, word: u32, f: &mut impl FnMut(Loc, u32, bool)) -> Option<()> {
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
pub(crate) fn rewrite(inst: &mut Inst, remap: &impl Fn(Loc) -> Loc) {
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
