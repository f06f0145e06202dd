//! Register allocation: which of a function's locals live in registers.
//!
//! The IR keeps every value in a frame slot (docs/ir.md). A local
//! allocation ([`splitgo_lang::ir::FrameSlot`]) becomes a *virtual
//! register* when it is only ever read and written whole as one scalar
//! (1, 2, 4 or 8 bytes) and its address is never taken: nothing but the
//! function's own instructions can see it, so it can live in a machine
//! register. A virtual register written once, by an integer immediate,
//! becomes that constant instead ([`VLoc::Const`]), an immediate operand
//! wherever it is read.
//!
//! The rest is a linear scan (Poletto and Sarkar) over the blocks in their
//! emission order: liveness by the usual backward dataflow over blocks,
//! one interval per virtual register from the first to the last position
//! where it is live (the hull: a loop's values cover the loop), intervals
//! handed registers in order of start, and when a class runs out, the
//! interval ending last stays in memory (its slot, as before).
//!
//! Safepoints (calls and preemption checks) follow the frame rule of
//! docs/codegen.md: at a safepoint every live value is in the frame, where
//! the collector and the traceback find it. A virtual register live across
//! one is given a *home* slot, stored there before the safepoint and
//! loaded back after; registers are never preserved by a callee.
//!
//! The analysis runs on the function as lowered (each allocation its own
//! bytes); [`rename`] then moves the promoted allocations out of the
//! locals area to virtual offsets from [`VIRT`] on, so that packing the
//! locals (`locals.rs`) gives them no bytes and the code generator knows
//! them by their offset.

mod liveness;

use splitgo_lang::ir::{AddrOf, BinOp, BlockId, Callee, Func, Inst, Loc, Term};

use crate::mach::RegClass;
use liveness::{has, Bits, Liveness};

/// Where renamed virtual registers start in the locals area:
/// `Loc::Local(VIRT + VSTRIDE * v)` is virtual register `v`. Above any real
/// frame (frames are at most 2 GiB, locals far less in practice; a
/// function whose locals reach this is not allocated).
pub const VIRT: u32 = 1 << 30;
/// The distance between two renamed virtual registers.
pub const VSTRIDE: u32 = 16;

/// The most bits one function's liveness sets may take (per set): 2 MiB.
const MAX_LIVENESS_BITS: usize = 1 << 24;

/// What a virtual register became.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VLoc {
    /// A machine register of its class (the machine's number).
    Reg(u8),
    /// A constant: its only write is this immediate.
    Const(u64),
}

/// One promoted allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VReg {
    /// Its offset and size in the locals area as lowered.
    pub off: u32,
    pub size: u32,
    pub class: RegClass,
    pub at: VLoc,
    /// Live across a safepoint: saved to a frame slot of its own there.
    pub home: bool,
    /// It holds a pointer (its allocation's mask says so): its home slot
    /// is in the stack map of each safepoint it is saved at.
    pub ptr: bool,
}

/// The allocation of one function.
#[derive(Clone, Debug, Default)]
pub struct Allocation {
    pub vregs: Vec<VReg>,
    /// Index of each block's first instruction in the flat numbering
    /// (each block's terminator takes one index after its instructions).
    base: Vec<u32>,
    /// By flat index: the instruction only writes a virtual register that
    /// nothing reads, and has no other effect: it is not emitted.
    dead: Vec<bool>,
    /// By flat index, into `save_list`: the virtual registers (in
    /// registers) live across the safepoint at that index.
    save_start: Vec<u32>,
    save_list: Vec<u32>,
    /// By block: its last instruction is a compare whose only reader is
    /// the block's branch, emitted as one compare-and-branch.
    fused: Vec<bool>,
    /// By virtual register: how many instructions (and branches) read it.
    reads: Vec<u32>,
}

impl Allocation {
    fn flat(&self, block: usize, inst: usize) -> usize {
        self.base[block] as usize + inst
    }

    /// Whether instruction `inst` of `block` is left out.
    pub fn is_dead(&self, block: usize, inst: usize) -> bool {
        self.dead[self.flat(block, inst)]
    }

    /// The virtual registers to save around the safepoint at `inst` of
    /// `block`.
    pub fn saves(&self, block: usize, inst: usize) -> &[u32] {
        let i = self.flat(block, inst);
        let (s, e) = (self.save_start[i], self.save_start[i + 1]);
        &self.save_list[s as usize..e as usize]
    }

    /// How many instructions and branches read virtual register `v`.
    pub fn reads(&self, v: u32) -> u32 {
        self.reads.get(v as usize).copied().unwrap_or(u32::MAX)
    }

    /// Whether `block` ends in a fused compare and branch.
    pub fn is_fused(&self, block: usize) -> bool {
        self.fused[block]
    }

    /// The virtual register a location names, if it is one ([`rename`]).
    pub fn vreg_of(&self, loc: Loc) -> Option<(u32, &VReg)> {
        match loc {
            Loc::Local(o) if o >= VIRT => {
                let v = (o - VIRT) / VSTRIDE;
                self.vregs.get(v as usize).map(|r| (v, r))
            }
            _ => None,
        }
    }

    /// How many virtual registers need a home slot.
    pub fn homes(&self) -> usize {
        self.vregs.iter().filter(|v| v.home).count()
    }
}

/// How an instruction touches a location: read or written, and the
/// register class its type asks for (`None`: bytes whatever they hold).
#[derive(Clone, Copy)]
struct Use {
    write: bool,
    class: Option<RegClass>,
}

const R: Use = Use {
    write: false,
    class: None,
};
const W: Use = Use {
    write: true,
    class: None,
};

fn class_of(ty: splitgo_lang::ir::Scalar) -> Option<RegClass> {
    Some(if ty.is_float() {
        RegClass::Float
    } else {
        RegClass::Int
    })
}

/// Calls `f(loc, size, use)` for each location `inst` reads, then each it
/// writes; `None` for an instruction not known here.
fn operands(inst: &Inst, word: u32, f: &mut impl FnMut(Loc, u32, Use)) -> Option<()> {
    let int = Some(RegClass::Int);
    let rd = |class| Use {
        write: false,
        class,
    };
    let wr = |class| Use { write: true, class };
    match *inst {
        Inst::Imm { dst, ty, .. } => f(dst, ty.size(), W),
        Inst::Bin { op, ty, dst, a, b } => {
            f(a, ty.size(), rd(class_of(ty)));
            if matches!(op, BinOp::Shl | BinOp::Shr) {
                f(b, word, rd(int));
            } else {
                f(b, ty.size(), rd(class_of(ty)));
            }
            f(dst, ty.size(), wr(class_of(ty)));
        }
        Inst::Un { ty, dst, a, .. } => {
            f(a, ty.size(), rd(class_of(ty)));
            f(dst, ty.size(), wr(class_of(ty)));
        }
        Inst::Cmp { ty, dst, a, b, .. } => {
            f(a, ty.size(), rd(class_of(ty)));
            f(b, ty.size(), rd(class_of(ty)));
            f(dst, 1, wr(int));
        }
        Inst::Conv { from, to, dst, a } => {
            f(a, from.size(), rd(class_of(from)));
            f(dst, to.size(), wr(class_of(to)));
        }
        // Taking a frame slot's address reads nothing; `allocate` keeps
        // such a slot in memory.
        Inst::Addr { dst, .. } => f(dst, word, wr(int)),
        Inst::Load { dst, ptr, size, .. } => {
            f(ptr, word, rd(int));
            f(dst, size, W);
        }
        Inst::Store { ptr, src, size, .. } => {
            f(ptr, word, rd(int));
            f(src, size, R);
        }
        Inst::Move { dst, src, size } => {
            f(src, size, R);
            f(dst, size, W);
        }
        Inst::Zero { dst, size } => f(dst, size, W),
        Inst::Call { callee, .. } => match callee {
            Callee::Closure(loc) => f(loc, word, rd(int)),
            Callee::Func(_) | Callee::Native(_) | Callee::Runtime(_) => {}
            #[allow(unreachable_patterns)]
            _ => return None,
        },
        Inst::ClosureContext { dst } => f(dst, word, wr(int)),
        Inst::PreemptCheck => {}
        #[allow(unreachable_patterns)]
        _ => return None,
    }
    Some(())
}

/// Whether an instruction does nothing but write its destination, so that
/// it can be left out when nothing reads that (a load may fault: it is
/// the lowering's nil check; a call is never left out).
fn only_writes(inst: &Inst) -> bool {
    matches!(
        inst,
        Inst::Imm { .. }
            | Inst::Bin { .. }
            | Inst::Un { .. }
            | Inst::Cmp { .. }
            | Inst::Conv { .. }
            | Inst::Addr { .. }
            | Inst::Move { .. }
            | Inst::Zero { .. }
            | Inst::ClosureContext { .. }
    )
}

/// Calls and preemption checks, except the services the code generator
/// does in place (`codegen::in_place`), which neither yield nor run
/// anything else.
pub(crate) fn is_safepoint(inst: &Inst) -> bool {
    match inst {
        Inst::Call {
            callee: Callee::Runtime(s),
            ..
        } => !crate::codegen::in_place(*s),
        Inst::Call { .. } | Inst::PreemptCheck => true,
        _ => false,
    }
}

/// What the scan learns about one allocation.
#[derive(Clone, Copy, Default)]
struct Cand {
    /// Some access is not the whole allocation as one scalar, or its
    /// address is taken, or its types disagree.
    bad: bool,
    int: bool,
    float: bool,
    writes: u32,
    imm: Option<u64>,
}

/// Allocates `f`'s locals to the machine's registers (`int_regs`,
/// `float_regs`: the allocatable ones). `None` when no local can be
/// promoted, or the function holds an instruction not known here.
pub fn allocate(f: &Func, word: u32, int_regs: &[u8], float_regs: &[u8]) -> Option<Allocation> {
    if f.slots.is_empty() || f.locals_size >= VIRT {
        return None;
    }
    let slot_of = |o: u32| f.slot_of(o);
    let mut cands = vec![Cand::default(); f.slots.len()];
    let mut pins = Vec::new();
    let mut moves = Vec::new();
    let mut ok = true;
    let mut note = |loc: Loc, size: u32, u: Use, imm: Option<u64>| {
        let Loc::Local(o) = loc else { return };
        if size == 0 {
            return;
        }
        let Some(i) = slot_of(o) else {
            ok = false;
            return;
        };
        let s = &f.slots[i];
        let c = &mut cands[i];
        if o != s.off || size != s.size || !matches!(size, 1 | 2 | 4 | 8) {
            c.bad = true;
            return;
        }
        match u.class {
            Some(RegClass::Int) => c.int = true,
            Some(RegClass::Float) => c.float = true,
            None => {}
        }
        if u.write {
            c.writes += 1;
            c.imm = imm;
        }
    };
    for block in &f.blocks {
        for (inst, _) in &block.insts {
            let imm = match *inst {
                Inst::Imm { bits, ty, .. } if !ty.is_float() => Some(bits),
                _ => None,
            };
            operands(inst, word, &mut |l, s, u| note(l, s, u, imm))?;
            match *inst {
                Inst::Addr {
                    what: AddrOf::Frame(Loc::Local(o)),
                    ..
                } => pins.push(o),
                Inst::Move {
                    dst: Loc::Local(d),
                    src: Loc::Local(s),
                    ..
                } => moves.push((d, s)),
                _ => {}
            }
        }
        if let Term::Branch { cond, .. } = block.term {
            note(
                cond,
                1,
                Use {
                    write: false,
                    class: Some(RegClass::Int),
                },
                None,
            );
        }
    }
    if !ok {
        return None;
    }
    for o in pins {
        cands[slot_of(o)?].bad = true;
    }
    // A local only ever copied (a tuple assignment's temporaries) takes
    // the class of what it is copied from or to, so that a float is not
    // moved through an integer register.
    let edges: Vec<(usize, usize)> = moves
        .iter()
        .filter_map(|&(d, s)| Some((slot_of(d)?, slot_of(s)?)))
        .collect();
    let mut changed = true;
    while changed {
        changed = false;
        for &(d, s) in &edges {
            for (from, to) in [(d, s), (s, d)] {
                let untyped = !cands[to].int && !cands[to].float;
                if untyped && (cands[from].int || cands[from].float) {
                    cands[to].int = cands[from].int;
                    cands[to].float = cands[from].float;
                    changed = true;
                }
            }
        }
    }

    // Number the candidates; constants are settled here.
    let mut vregs = Vec::new();
    let mut of_slot = vec![u32::MAX; f.slots.len()];
    for (i, c) in cands.iter_mut().enumerate() {
        if c.bad || (c.int && c.float) || c.writes == 0 {
            continue;
        }
        let class = if c.float {
            RegClass::Float
        } else {
            RegClass::Int
        };
        let at = match c.imm {
            Some(bits) if c.writes == 1 && class == RegClass::Int => VLoc::Const(bits),
            _ => VLoc::Reg(u8::MAX),
        };
        of_slot[i] = vregs.len() as u32;
        vregs.push(VReg {
            off: f.slots[i].off,
            size: f.slots[i].size,
            class,
            at,
            home: false,
            ptr: f.slots[i].ptrs.get(0),
        });
    }
    // The liveness sets take a bit per value per block: a function huge in
    // both (a generated table's initializer) stays in memory rather than
    // cost quadratic time and space.
    if vregs.is_empty() || vregs.len().saturating_mul(f.blocks.len()) > MAX_LIVENESS_BITS {
        return None;
    }
    // The virtual register of a location, if it has one.
    let vreg_at = |loc: Loc| -> Option<u32> {
        let Loc::Local(o) = loc else { return None };
        let v = of_slot[slot_of(o)?];
        (v != u32::MAX).then_some(v)
    };

    let live = Liveness::new(f, vregs.len(), word, &vreg_at)?;
    // A panic recovered in a deferred call resumes the function at its
    // recover block with nothing in registers: what is live there stays
    // in memory.
    let mut out_of_regs = Bits::new(vregs.len());
    if let Some(rb) = f.recover_block {
        out_of_regs.union(live.live_in(rb.0 as usize));
    }

    let mut alloc = Allocation {
        base: Vec::with_capacity(f.blocks.len() + 1),
        fused: vec![false; f.blocks.len()],
        ..Allocation::default()
    };
    let mut n = 0u32;
    for b in &f.blocks {
        alloc.base.push(n);
        n += b.insts.len() as u32 + 1;
    }
    alloc.dead = vec![false; n as usize];
    // (safepoint, start, end) into `across`: what is live over each.
    let mut saves: Vec<(u32, u32, u32)> = Vec::new();
    let mut across: Vec<u32> = Vec::new();
    let mut cur = Bits::new(vregs.len());

    // Intervals, by walking each block backwards from its live-out set.
    let mut start = vec![u32::MAX; vregs.len()];
    let mut hint: Vec<Option<u32>> = vec![None; vregs.len()];
    let mut end = vec![0u32; vregs.len()];
    let mut extend = |v: u32, pos: u32| {
        let v = v as usize;
        start[v] = start[v].min(pos);
        end[v] = end[v].max(pos);
    };
    // How much each value is used, each use weighed by the depth of the
    // loops around it: what a spill would cost.
    let depth = loop_depth(f);
    let mut weight = vec![0f64; vregs.len()];
    let mut reads = vec![0u32; vregs.len()];
    for (b, block) in f.blocks.iter().enumerate() {
        let base = alloc.base[b];
        let term_at = base + block.insts.len() as u32;
        let w = 8f64.powi(depth[b].min(6) as i32);
        cur.set_to(live.live_out(b));
        cur.for_each(|v| extend(v, 2 * term_at + 1));
        if let Term::Branch { cond, .. } = block.term {
            if let Some(v) = vreg_at(cond) {
                cur.insert(v);
                extend(v, 2 * term_at);
                reads[v as usize] += 1;
                // A compare right before the branch, whose result nothing
                // else reads, is fused with it.
                if let Some((Inst::Cmp { dst, .. }, _)) = block.insts.last() {
                    if vreg_at(*dst) == Some(v) && !has(live.live_out(b), v) {
                        alloc.fused[b] = true;
                    }
                }
            }
        }
        for (i, (inst, _)) in block.insts.iter().enumerate().rev() {
            let at = base + i as u32;
            let mut defs = [u32::MAX; 2];
            let mut uses = [u32::MAX; 4];
            let (mut nd, mut nu) = (0, 0);
            operands(inst, word, &mut |l, _, u| {
                if let Some(v) = vreg_at(l) {
                    if u.write {
                        defs[nd] = v;
                        nd += 1;
                    } else {
                        uses[nu] = v;
                        nu += 1;
                    }
                }
            })?;
            // (What is live at the recover block is read there after a
            // panic, which the control flow does not show.)
            if nd == 1
                && !cur.contains(defs[0])
                && !out_of_regs.contains(defs[0])
                && only_writes(inst)
            {
                alloc.dead[at as usize] = true;
                continue;
            }
            for &v in defs[..nd].iter().chain(&uses[..nu]) {
                weight[v as usize] += w;
            }
            for &v in &uses[..nu] {
                reads[v as usize] += 1;
            }
            for &v in &defs[..nd] {
                extend(v, 2 * at + 1);
                cur.remove(v);
                // The first operand's register suits the result best (the
                // machine computes in place), when that operand dies here.
                if nu > 0 && uses[0] != v && !cur.contains(uses[0]) {
                    hint[v as usize] = Some(uses[0]);
                }
            }
            if is_safepoint(inst) {
                let from = across.len() as u32;
                cur.for_each(|v| across.push(v));
                if across.len() as u32 > from {
                    saves.push((at, from, across.len() as u32));
                }
            }
            for &v in &uses[..nu] {
                cur.insert(v);
                extend(v, 2 * at);
            }
        }
        cur.for_each(|v| extend(v, 2 * base));
    }

    // The scan.
    let mut order: Vec<u32> = (0..vregs.len() as u32)
        .filter(|&v| {
            let r = &vregs[v as usize];
            matches!(r.at, VLoc::Reg(_)) && !out_of_regs.contains(v)
        })
        .collect();
    order.sort_unstable_by_key(|&v| (start[v as usize], v));
    let mut in_memory = out_of_regs;
    for class in [RegClass::Int, RegClass::Float] {
        let regs = match class {
            RegClass::Int => int_regs,
            RegClass::Float => float_regs,
        };
        let mut free: Vec<u8> = regs.iter().rev().copied().collect();
        // (end, vreg) of the intervals holding a register.
        let mut active: Vec<(u32, u32)> = Vec::new();
        let of_class: Vec<u32> = order
            .iter()
            .copied()
            .filter(|&v| vregs[v as usize].class == class)
            .collect();
        for v in of_class {
            let s = start[v as usize];
            active.retain(|&(e, w)| {
                if e < s {
                    if let VLoc::Reg(r) = vregs[w as usize].at {
                        free.push(r);
                    }
                    false
                } else {
                    true
                }
            });
            let hinted = hint[v as usize]
                .and_then(|u| match vregs[u as usize].at {
                    VLoc::Reg(r) if vregs[u as usize].class == class => Some(r),
                    _ => None,
                })
                .and_then(|r| free.iter().position(|&f| f == r));
            if let Some(k) = hinted {
                let r = free.remove(k);
                vregs[v as usize].at = VLoc::Reg(r);
                active.push((end[v as usize], v));
                continue;
            }
            if let Some(r) = free.pop() {
                vregs[v as usize].at = VLoc::Reg(r);
                active.push((end[v as usize], v));
                continue;
            }
            // No register left: of the values holding one and this one,
            // the one whose memory accesses would cost least (uses weighed
            // by loop depth, per position held) stays in memory.
            let cost = |w: u32| {
                let len = f64::from(end[w as usize] - start[w as usize] + 1);
                weight[w as usize] / len
            };
            let (k, &(_, w)) = active
                .iter()
                .enumerate()
                .min_by(|(_, &(e1, w1)), (_, &(e2, w2))| {
                    cost(w1).total_cmp(&cost(w2)).then(e2.cmp(&e1))
                })
                .expect("a class without registers has none active");
            if cost(w) < cost(v) {
                vregs[v as usize].at = vregs[w as usize].at;
                vregs[w as usize].at = VLoc::Reg(u8::MAX);
                in_memory.insert(w);
                active[k] = (end[v as usize], v);
            } else {
                in_memory.insert(v);
            }
        }
    }
    for v in 0..vregs.len() as u32 {
        if vregs[v as usize].at == VLoc::Reg(u8::MAX) {
            in_memory.insert(v);
        }
    }

    // Keep only what is promoted, renumbered.
    let mut renum = vec![u32::MAX; vregs.len()];
    let mut kept = Vec::new();
    for (v, r) in vregs.iter().enumerate() {
        if !in_memory.contains(v as u32) {
            renum[v] = kept.len() as u32;
            kept.push(*r);
        }
    }
    if kept.is_empty() {
        return None;
    }
    // (A dead write of a register that stayed in memory is still left
    // out: nothing reads it.)
    for (b, block) in f.blocks.iter().enumerate() {
        if alloc.fused[b] {
            let Term::Branch { cond, .. } = block.term else {
                unreachable!("only branches are fused")
            };
            alloc.fused[b] = vreg_at(cond).is_some_and(|v| renum[v as usize] != u32::MAX);
        }
    }
    saves.sort_unstable_by_key(|s| s.0);
    alloc.save_start = Vec::with_capacity(n as usize + 1);
    let mut next = saves.iter().peekable();
    for at in 0..n {
        alloc.save_start.push(alloc.save_list.len() as u32);
        if next.peek().is_some_and(|s| s.0 == at) {
            let &(_, from, to) = next.next().expect("peeked");
            for &v in &across[from as usize..to as usize] {
                let k = renum[v as usize];
                if k != u32::MAX && matches!(kept[k as usize].at, VLoc::Reg(_)) {
                    kept[k as usize].home = true;
                    alloc.save_list.push(k);
                }
            }
        }
    }
    alloc.save_start.push(alloc.save_list.len() as u32);
    alloc.reads = (0..vregs.len())
        .filter(|&v| renum[v] != u32::MAX)
        .map(|v| reads[v])
        .collect();
    alloc.vregs = kept;
    Some(alloc)
}

/// For each block, how many loops hold it: a jump back to an earlier block
/// (the lowering lays a loop's head before its body) makes a loop of the
/// blocks from there to the jump.
fn loop_depth(f: &Func) -> Vec<u32> {
    let n = f.blocks.len();
    // +1 where a loop starts, -1 after where it ends.
    let mut delta = vec![0i32; n + 1];
    for (b, block) in f.blocks.iter().enumerate() {
        let mut back = |t: BlockId| {
            let t = t.0 as usize;
            if t <= b {
                delta[t] += 1;
                delta[b + 1] -= 1;
            }
        };
        match block.term {
            Term::Jump(t) => back(t),
            Term::Branch { then, els, .. } => {
                back(then);
                back(els);
            }
            _ => {}
        }
    }
    let mut d = 0i32;
    (0..n)
        .map(|b| {
            d += delta[b];
            d.max(0) as u32
        })
        .collect()
}

/// `f` with each promoted allocation's accesses moved to its virtual
/// offset ([`VIRT`]).
pub fn rename(f: &Func, a: &Allocation) -> Func {
    let mut g = f.clone();
    rename_in_place(&mut g, a);
    g
}

/// [`rename`], in place.
pub fn rename_in_place(g: &mut Func, a: &Allocation) {
    let vreg = |o: u32| -> Option<u32> {
        a.vregs
            .binary_search_by_key(&o, |r| r.off)
            .ok()
            .map(|v| v as u32)
    };
    let remap = |loc: Loc| -> Loc {
        match loc {
            Loc::Local(o) => match vreg(o) {
                Some(v) => Loc::Local(VIRT + VSTRIDE * v),
                None => loc,
            },
            other => other,
        }
    };
    for block in &mut g.blocks {
        for (inst, _) in &mut block.insts {
            crate::locals::rewrite(inst, &remap);
        }
        if let Term::Branch { cond, .. } = &mut block.term {
            *cond = remap(*cond);
        }
    }
    g.slots.retain(|s| vreg(s.off).is_none());
}

#[cfg(test)]
mod tests;
