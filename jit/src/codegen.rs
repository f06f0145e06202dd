//! The architecture-neutral code generator: one IR function to machine
//! code through a machine's operations ([`MachOps`]). It owns what does
//! not depend on the instruction set: the frame layout, the operand each
//! IR location becomes (a register the allocator chose, a constant, or a
//! frame slot), saving live registers around safepoints, fusing a compare
//! with the branch that reads it, block order and fallthrough, the line
//! table and call fixups.
//!
//! The frame, after the prologue takes FRAMESIZE (`F`) off SP (which
//! never moves again inside the body), from the top:
//!
//! ```text
//!   sp + F + RA + o   Loc::Arg(o)    the caller's outgoing area
//!   sp + F            the return address (RA bytes: 8 on amd64)
//!   sp + F - w        closure context (saved at entry), when read
//!   sp + H + 8k       the home slot of the k-th register saved at
//!                     safepoints
//!   sp + L + o        Loc::Local(o)  L = out_size rounded to 8
//!   sp + o            Loc::Out(o)    arguments of the next call; a
//!                                    callee's Loc::Arg area
//! ```
//!
//! `F` is rounded to 8, not 16: Go 1.2 does not align frames, the
//! machines use unaligned vector forms, and Rust never runs on a
//! goroutine stack.

use splitgo_lang::ir::{AddrOf, BinOp, BlockId, Callee, Func, FuncId, Inst, Loc, Service, Term};

use crate::backend::{
    CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, MAX_FRAME_SIZE,
};
use crate::mach::{IndexBase, Label, MachOps, Opnd, Reg, Spill};
use crate::regalloc::{Allocation, VLoc, VIRT};

/// What an instruction may refer to outside the frame, by index.
pub struct Env<'a> {
    pub globals: &'a [u64],
    pub data: &'a [u64],
    pub type_descs: &'a [u64],
    /// The static closure (one word: the code address) of each function.
    pub func_values: &'a [u64],
    /// The static closure of each native (pointing at its entry thunk).
    pub native_values: &'a [Result<u64, String>],
    /// The method tables.
    pub itabs: &'a [u64],
    /// The runtime's number for each IR native, `Err` with the reason when
    /// the runtime has none.
    pub natives: &'a [Result<u32, String>],
    /// Where the runtime-call trampoline is.
    pub trampoline: u64,
    pub rt: RuntimeAddrs,
}

/// Where one function's areas are in its frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// FRAMESIZE: what the prologue takes off SP.
    pub size: u32,
    /// Offset of Loc::Local(0).
    pub locals: u32,
    /// Offset of the first home slot (8 bytes each).
    pub homes: u32,
    /// The slot the closure context is saved in, if the body reads it.
    pub ctxt: Option<u32>,
    /// Bytes of arguments and results.
    pub arg_size: u32,
    /// Bytes between the frame and the arguments (the return address).
    pub ret: u32,
}

impl Frame {
    /// The layout of `f` with `homes` home slots, on a machine whose calls
    /// leave `ret` bytes between the frame and the arguments.
    pub fn of(f: &Func, homes: usize, ret: u32) -> Result<Frame, String> {
        let locals = u64::from(f.out_size).div_ceil(8) * 8;
        let uses_ctxt = f
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .any(|(i, _)| matches!(i, Inst::ClosureContext { .. }));
        let home = (locals + u64::from(f.locals_size)).div_ceil(8) * 8;
        let mut size = home + 8 * homes as u64;
        let ctxt = uses_ctxt.then(|| {
            size += 8;
            size - 8
        });
        // Every displacement (up to the last argument byte) must fit the
        // signed 32-bit field of a memory operand.
        if size > MAX_FRAME_SIZE || size + u64::from(ret) + u64::from(f.arg_size) > i32::MAX as u64
        {
            return Err(format!("stack frame too large ({size} bytes)"));
        }
        Ok(Frame {
            size: size as u32,
            locals: locals as u32,
            homes: home as u32,
            ctxt: ctxt.map(|c| c as u32),
            arg_size: f.arg_size,
            ret,
        })
    }

    /// The displacement of `loc` from SP in the body.
    pub fn disp(&self, loc: Loc) -> Result<i32, String> {
        let d = match loc {
            Loc::Out(o) => u64::from(o),
            Loc::Local(o) if o >= VIRT => {
                return Err(format!("frame offset {loc:?} is a register"));
            }
            Loc::Local(o) => u64::from(self.locals) + u64::from(o),
            Loc::Arg(o) => u64::from(self.size) + u64::from(self.ret) + u64::from(o),
        };
        i32::try_from(d).map_err(|_| format!("frame offset {loc:?} out of range"))
    }
}

/// One emitted function, by offsets in the [`CodeBuf`].
#[derive(Debug)]
pub struct Emitted {
    pub prologue: PrologueOffsets,
    pub frame: Frame,
    pub end: usize,
    /// `(offset, line)` where each instruction's code starts.
    pub lines: Vec<(usize, u32)>,
    /// `(offset of a call's rel32 field, callee)`: patched once every
    /// function has an address.
    pub calls: Vec<(usize, FuncId)>,
    /// Offset of the recover block (`Func::recover_block`), if any.
    pub recover: Option<usize>,
    /// Every call and preemption check, in code order.
    pub safepoints: Vec<Safepoint>,
}

/// One safepoint of an emitted function: where a goroutine can stop with
/// this frame on its stack (a call it made, or a yield in a preemption
/// check), and what it then keeps in the frame besides the IR's slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Safepoint {
    /// The instruction: `inst` of `block`.
    pub block: u32,
    pub inst: u32,
    /// The offset of the return address of its call (what a stack walk
    /// sees as the frame's pc).
    pub ret: usize,
    /// SP displacements of the home slots holding pointers saved there.
    pub ptr_homes: Vec<u32>,
}

/// Why a function could not be emitted: the message, and the source line
/// of the instruction (0 when it concerns the whole function).
#[derive(Debug)]
pub struct EmitFailure {
    pub line: u32,
    pub message: String,
}

impl From<EmitError> for EmitFailure {
    fn from(e: EmitError) -> EmitFailure {
        EmitFailure {
            line: 0,
            message: e.to_string(),
        }
    }
}

/// Bytes of code reserved per IR instruction (and terminator) of a
/// function: a little more than the average, so that most functions need
/// one allocation.
pub const CODE_PER_INST: usize = 24;

/// Emits `f` (prologue, then body) at the end of `code` through the
/// machine `begin` starts (given the code, the bytes and the labels to
/// expect). `alloc` is the allocation `f` was renamed with; the locals
/// at offsets `entry_zero` (sorted) are zeroed once the frame exists.
pub fn emit_func<M: MachOps>(
    code: &mut CodeBuf,
    f: &Func,
    alloc: Option<&Allocation>,
    entry_zero: &[u32],
    env: &Env<'_>,
    begin: impl FnOnce(&mut CodeBuf, usize, usize) -> Result<M, EmitError>,
) -> Result<Emitted, EmitFailure> {
    let fail = |line: u32| move |message: String| EmitFailure { line, message };
    let frame =
        Frame::of(f, alloc.map_or(0, |a| a.homes()), M::RETURN_ADDRESS).map_err(fail(f.line))?;
    let info = FrameInfo {
        frame_size: u64::from(frame.size),
        arg_size: u64::from(f.arg_size),
        nosplit: f.nosplit,
    };
    let prologue = M::prologue(code, info, &env.rt)?;
    let start = code.len();
    let insts: usize = f.blocks.iter().map(|b| b.insts.len() + 1).sum();
    let m = begin(code, insts * CODE_PER_INST, f.blocks.len())?;
    let mut g = Gen {
        m,
        frame,
        env,
        alloc,
        homes: Vec::new(),
        lines: vec![(prologue.start, f.line)],
        spills: Vec::new(),
        ptr_homes: Vec::new(),
        after_call: usize::MAX,
        safepoints: Vec::new(),
    };
    if let Some(a) = alloc {
        let mut k = 0;
        for v in &a.vregs {
            g.homes.push(v.home.then(|| {
                k += 1;
                (frame.homes + 8 * (k - 1)) as i32
            }));
        }
    }
    if let Some(slot) = frame.ctxt {
        g.m.save_context(slot as i32);
    }
    // Pointer words a stack map may show before anything writes them
    // (jit/src/stackmap.rs), in runs of adjacent words.
    let mut k = 0;
    while k < entry_zero.len() {
        let mut n = 1;
        while k + n < entry_zero.len() && entry_zero[k + n] == entry_zero[k] + 8 * n as u32 {
            n += 1;
        }
        let at = frame
            .disp(Loc::Local(entry_zero[k]))
            .map_err(fail(f.line))?;
        g.m.zero(Opnd::Slot(at), 8 * n as u32)
            .map_err(fail(f.line))?;
        k += n;
    }
    let labels: Vec<Label> = f.blocks.iter().map(|_| g.m.new_label()).collect();
    // A jump to a block that only jumps on goes straight to the end of the
    // chain.
    let thread = |b: BlockId| {
        let mut t = b;
        for _ in 0..8 {
            match f.blocks.get(t.0 as usize) {
                Some(blk) if blk.insts.is_empty() => match blk.term {
                    Term::Jump(u) if u != t => t = u,
                    _ => break,
                },
                _ => break,
            }
        }
        t
    };
    let targets: Vec<Label> = (0..f.blocks.len())
        .map(|b| labels[thread(BlockId(b as u32)).0 as usize])
        .collect();
    let order = layout(f);
    let mut recover = None;
    for (n, &i) in order.iter().enumerate() {
        let block = &f.blocks[i];
        if f.recover_block == Some(BlockId(i as u32)) {
            recover = Some(start + g.m.offset());
        }
        g.m.bind(labels[i]);
        let fused = alloc.is_some_and(|a| a.is_fused(i));
        let mut k = 0;
        while k < block.insts.len() {
            let (inst, line) = &block.insts[k];
            if alloc.is_some_and(|a| a.is_dead(i, k)) {
                k += 1;
                continue;
            }
            g.mark(*line);
            if fused && k + 1 == block.insts.len() {
                // Emitted with the branch.
                break;
            }
            if let Some(n) = g.index(&block.insts, i, k).map_err(fail(*line))? {
                k += n;
                continue;
            }
            g.inst(inst, i, k).map_err(fail(*line))?;
            k += 1;
        }
        g.mark(block.term_line);
        let fused_cmp = if fused { block.insts.last() } else { None };
        let next = order.get(n + 1).map(|&b| labels[b]);
        g.term(&block.term, fused_cmp.map(|(i, _)| i), next, &targets)
            .map_err(fail(block.term_line))?;
    }
    let calls: Vec<(usize, FuncId)> = g.m.calls().iter().map(|&(o, c)| (start + o, c)).collect();
    let lines = g
        .lines
        .into_iter()
        .enumerate()
        .map(|(i, (o, l))| if i == 0 { (o, l) } else { (start + o, l) })
        .collect();
    let mut safepoints = g.safepoints;
    for s in &mut safepoints {
        s.ret += start;
    }
    g.m.finish(code)?;
    Ok(Emitted {
        prologue,
        frame,
        end: code.len(),
        lines,
        calls,
        recover,
        safepoints,
    })
}

/// The services the machine does in place of a call ([`MachOps::slice_copy`]):
/// `copy` is a memmove, which a trip through the runtime's trampoline
/// would cost many times over (gc calls an assembly memmove).
pub fn in_place(s: Service) -> bool {
    s == Service::Copy
}

/// Block order: from the entry, each block followed by the successor it
/// would jump to (a branch's `then`, which the lowering makes the path
/// that goes on) when that is not placed yet, else by the next block as
/// lowered; the blocks ending in `unreachable` (the calls that panic) go
/// last, out of the way of the paths that run.
fn layout(f: &Func) -> Vec<usize> {
    let n = f.blocks.len();
    let cold = |b: usize| b != 0 && matches!(f.blocks[b].term, Term::Unreachable);
    let mut placed = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut scan = 0;
    let mut cur = Some(0);
    while let Some(b) = cur {
        placed[b] = true;
        order.push(b);
        let want = match f.blocks[b].term {
            Term::Jump(t) => Some(t.0 as usize),
            Term::Branch { then, els, .. } => {
                let (t, e) = (then.0 as usize, els.0 as usize);
                if t < n && !placed[t] && !cold(t) {
                    Some(t)
                } else {
                    Some(e)
                }
            }
            _ => None,
        };
        cur = want.filter(|&t| t < n && !placed[t] && !cold(t));
        if cur.is_none() {
            while scan < n && (placed[scan] || cold(scan)) {
                scan += 1;
            }
            cur = (scan < n).then_some(scan);
        }
    }
    order.extend((0..n).filter(|&b| !placed[b]));
    order
}

struct Gen<'g, M> {
    m: M,
    frame: Frame,
    env: &'g Env<'g>,
    alloc: Option<&'g Allocation>,
    /// The home slot of each virtual register saved at safepoints.
    homes: Vec<Option<i32>>,
    lines: Vec<(usize, u32)>,
    spills: Vec<Spill>,
    /// The home slots of `spills` that hold pointers (for the stack map).
    ptr_homes: Vec<u32>,
    /// Where the last call returns to.
    after_call: usize,
    /// The safepoints emitted so far (offsets from the body's start).
    safepoints: Vec<Safepoint>,
}

impl<M: MachOps> Gen<'_, M> {
    /// Records that the code from here on comes from `line` (0: unknown,
    /// keeps the previous line).
    fn mark(&mut self, line: u32) {
        if line == 0 {
            return;
        }
        let at = self.m.offset();
        if self.lines.last().is_some_and(|&(_, l)| l == line) {
            return;
        }
        self.lines.push((at, line));
    }

    /// The operand a location is.
    fn op(&self, loc: Loc) -> Result<Opnd, String> {
        if let Some((_, v)) = self.alloc.and_then(|a| a.vreg_of(loc)) {
            return Ok(match v.at {
                VLoc::Reg(hw) => Opnd::Reg(Reg { class: v.class, hw }),
                VLoc::Const(bits) => Opnd::Imm(bits),
            });
        }
        Ok(Opnd::Slot(self.frame.disp(loc)?))
    }

    /// An element's address computed the lowering's way, `base + x * s`
    /// in three instructions (the base, a multiplication by a constant 1,
    /// 2, 4 or 8, an addition), whose partial results nothing else reads,
    /// emitted as one indexed address; `Some(instructions consumed)` when
    /// the instructions from `k` of `block` are that.
    fn index(
        &mut self,
        insts: &[(Inst, u32)],
        block: usize,
        k: usize,
    ) -> Result<Option<usize>, String> {
        let Some(a) = self.alloc else { return Ok(None) };
        // The next instruction from `j` that emits something (a constant's
        // write and a dead write do not).
        let next = |mut j: usize| {
            while let Some((inst, _)) = insts.get(j) {
                let silent = a.is_dead(block, j)
                    || matches!(inst, Inst::Imm { dst, .. }
                        if matches!(a.vreg_of(*dst), Some((_, v)) if matches!(v.at, VLoc::Const(_))));
                if !silent {
                    return Some(j);
                }
                j += 1;
            }
            None
        };
        // A promoted register read once.
        let single = |l: Loc| -> Option<u32> {
            let (v, r) = a.vreg_of(l)?;
            (matches!(r.at, VLoc::Reg(_)) && a.reads(v) == 1).then_some(v)
        };
        let (base, mul_at) = match insts[k].0 {
            Inst::Addr {
                dst,
                what: AddrOf::Frame(loc),
            } if single(dst).is_some() => match next(k + 1) {
                Some(j) => (Some((dst, IndexBase::Frame(self.frame.disp(loc)?))), j),
                None => return Ok(None),
            },
            _ => (None, k),
        };
        let Inst::Bin {
            op: BinOp::Mul,
            ty,
            dst: scaled,
            a: x,
            b: c,
        } = insts[mul_at].0
        else {
            return Ok(None);
        };
        let scale = match a.vreg_of(c).map(|(_, v)| v.at) {
            Some(VLoc::Const(s @ (1 | 2 | 4 | 8))) => s as u8,
            _ => return Ok(None),
        };
        if ty.size() != 8 || single(scaled).is_none() || x == scaled {
            return Ok(None);
        }
        let Some(add_at) = next(mul_at + 1) else {
            return Ok(None);
        };
        let Inst::Bin {
            op: BinOp::Add,
            ty: add_ty,
            dst,
            a: p,
            b: q,
        } = insts[add_at].0
        else {
            return Ok(None);
        };
        let other = match (p == scaled, q == scaled) {
            (true, false) => q,
            (false, true) => p,
            _ => return Ok(None),
        };
        if add_ty.size() != 8 {
            return Ok(None);
        }
        let base = match base {
            Some((b, frame)) if other == b => frame,
            Some(_) => return Ok(None),
            None => IndexBase::Value(self.op(other)?),
        };
        let (d, x) = (self.op(dst)?, self.op(x)?);
        self.m.index_addr(d, base, x, scale)?;
        Ok(Some(add_at + 1 - k))
    }

    /// Records the safepoint at `inst` of `block`, whose call returns to
    /// `ret`, with the registers [`Self::spills_at`] chose for it.
    fn safepoint(&mut self, block: usize, inst: usize, ret: usize) {
        self.safepoints.push(Safepoint {
            block: block as u32,
            inst: inst as u32,
            ret,
            ptr_homes: std::mem::take(&mut self.ptr_homes),
        });
    }

    /// The registers to save around the safepoint at `inst` of `block`,
    /// and the home slots among them that hold pointers.
    fn spills_at(&mut self, block: usize, inst: usize) -> Result<(), String> {
        self.spills.clear();
        self.ptr_homes.clear();
        let Some(a) = self.alloc else { return Ok(()) };
        for &v in a.saves(block, inst) {
            let r = &a.vregs[v as usize];
            let (VLoc::Reg(hw), Some(slot)) = (r.at, self.homes[v as usize]) else {
                return Err("a saved value has no register or home".into());
            };
            if r.ptr {
                self.ptr_homes.push(slot as u32);
            }
            self.spills.push(Spill {
                reg: Reg { class: r.class, hw },
                slot,
            });
        }
        Ok(())
    }

    fn inst(&mut self, inst: &Inst, block: usize, at: usize) -> Result<(), String> {
        match *inst {
            Inst::Imm { dst, ty, bits } => {
                let d = self.op(dst)?;
                // A constant's only write is the constant itself.
                if !matches!(d, Opnd::Imm(_)) {
                    self.m.imm(d, ty, bits)?;
                }
            }
            Inst::Bin { op, ty, dst, a, b } => {
                let (d, a, b) = (self.op(dst)?, self.op(a)?, self.op(b)?);
                self.m.bin(op, ty, d, a, b)?;
            }
            Inst::Un { op, ty, dst, a } => {
                let (d, a) = (self.op(dst)?, self.op(a)?);
                self.m.un(op, ty, d, a)?;
            }
            Inst::Cmp { op, ty, dst, a, b } => {
                let (d, a, b) = (self.op(dst)?, self.op(a)?, self.op(b)?);
                self.m.cmp(op, ty, d, a, b)?;
            }
            Inst::Conv { from, to, dst, a } => {
                let (d, a) = (self.op(dst)?, self.op(a)?);
                self.m.conv(from, to, d, a)?;
            }
            Inst::Addr { dst, what } => {
                let d = self.op(dst)?;
                let abs = |table: &[u64], i: u32, what: &str| {
                    table
                        .get(i as usize)
                        .copied()
                        .ok_or_else(|| format!("unknown {what} {i}"))
                };
                let env = self.env;
                let addr = match what {
                    AddrOf::Global(g) => abs(env.globals, g.0, "global")?,
                    AddrOf::Data(x) => abs(env.data, x.0, "data")?,
                    AddrOf::FuncValue(f) => abs(env.func_values, f.0, "function")?,
                    AddrOf::TypeDesc(t) => abs(env.type_descs, t.0, "type descriptor")?,
                    AddrOf::Itab(i) => abs(env.itabs, i.0, "method table")?,
                    AddrOf::NativeValue(n) => env
                        .native_values
                        .get(n.0 as usize)
                        .cloned()
                        .unwrap_or_else(|| Err(format!("unknown native {}", n.0)))?,
                    AddrOf::Frame(loc) => {
                        let slot = self.frame.disp(loc)?;
                        return self.m.frame_addr(d, slot);
                    }
                    #[allow(unreachable_patterns)]
                    other => return Err(format!("not yet supported by the backend: {other:?}")),
                };
                self.m.addr(d, addr)?;
            }
            Inst::Load {
                dst,
                ptr,
                off,
                size,
            } => {
                let (d, p) = (self.op(dst)?, self.op(ptr)?);
                self.m.load(d, p, off, size)?;
            }
            Inst::Store {
                ptr,
                off,
                src,
                size,
            } => {
                let (p, s) = (self.op(ptr)?, self.op(src)?);
                self.m.store(p, off, s, size)?;
            }
            Inst::Move { dst, src, size } => {
                let (d, s) = (self.op(dst)?, self.op(src)?);
                if d != s && !matches!(d, Opnd::Imm(_)) {
                    self.m.mov(d, s, size)?;
                }
            }
            Inst::Zero { dst, size } => {
                let d = self.op(dst)?;
                if !matches!(d, Opnd::Imm(_)) {
                    self.m.zero(d, size)?;
                }
            }
            Inst::Call { callee, .. } => {
                self.spills_at(block, at)?;
                for k in 0..self.spills.len() {
                    self.m.spill(self.spills[k]);
                }
                self.call(callee)?;
                let in_place = matches!(callee, Callee::Runtime(s) if in_place(s));
                if !in_place {
                    self.safepoint(block, at, self.m.offset());
                }
                for k in 0..self.spills.len() {
                    self.m.reload(self.spills[k]);
                }
            }
            Inst::ClosureContext { dst } => {
                let d = self.op(dst)?;
                let slot = self.frame.ctxt.ok_or("no closure context slot")? as i32;
                self.m.mov(d, Opnd::Slot(slot), 8)?;
            }
            Inst::PreemptCheck => {
                self.spills_at(block, at)?;
                let spills = std::mem::take(&mut self.spills);
                let r = self.m.preempt_check(&spills);
                self.spills = spills;
                self.safepoint(block, at, r?);
            }
            #[allow(unreachable_patterns)]
            ref other => return Err(format!("not yet supported by the backend: {other:?}")),
        }
        Ok(())
    }

    fn call(&mut self, callee: Callee) -> Result<(), String> {
        match callee {
            Callee::Func(f) => self.m.call_func(f),
            Callee::Closure(loc) => {
                let fv = self.op(loc)?;
                self.m.call_closure(fv)?;
            }
            Callee::Native(n) => {
                let id = self
                    .env
                    .natives
                    .get(n.0 as usize)
                    .cloned()
                    .unwrap_or_else(|| Err(format!("unknown native {}", n.0)))?;
                self.m.call_runtime(id)?;
            }
            Callee::Runtime(s) => {
                // The IR and the runtime share the service list (splitgo-abi);
                // the stubs' own services are never an IR call.
                if s.is_internal() {
                    return Err(format!("not yet supported by the backend: a call of {s:?}"));
                }
                // A frame running its deferred calls is shown stopped at
                // its DeferReturn call, which the traceback recognises by
                // the code at the return address: a call returning right
                // there would be taken for it.
                if s == Service::DeferReturn && self.m.offset() == self.after_call {
                    self.m.nop();
                }
                if in_place(s) {
                    return self.m.slice_copy();
                }
                self.m.call_runtime(s.id())?;
            }
            #[allow(unreachable_patterns)]
            other => return Err(format!("not yet supported by the backend: {other:?}")),
        }
        self.after_call = self.m.offset();
        Ok(())
    }

    /// Ends a block; `next` is the label of the block laid out after it,
    /// `fused` the compare its branch tests, when the two are one;
    /// `labels` the label to jump to for each block.
    fn term(
        &mut self,
        t: &Term,
        fused: Option<&Inst>,
        next: Option<Label>,
        labels: &[Label],
    ) -> Result<(), String> {
        let label = |b: BlockId| {
            labels
                .get(b.0 as usize)
                .copied()
                .ok_or_else(|| format!("branch to unknown block b{}", b.0))
        };
        match *t {
            Term::Jump(to) => {
                let l = label(to)?;
                if Some(l) != next {
                    self.m.jump(l);
                }
            }
            Term::Branch { cond, then, els } => {
                let (lt, le) = (label(then)?, label(els)?);
                // Jump to `then` when true, unless `then` comes next: then
                // jump to `els` when false.
                let (when, to, other) = if Some(lt) == next {
                    (false, le, None)
                } else {
                    (true, lt, (Some(le) != next).then_some(le))
                };
                match fused {
                    Some(&Inst::Cmp { op, ty, a, b, .. }) => {
                        let (a, b) = (self.op(a)?, self.op(b)?);
                        self.m.cmp_jump(op, ty, a, b, when, to)?;
                    }
                    _ => {
                        let c = self.op(cond)?;
                        self.m.test_jump(c, when, to)?;
                    }
                }
                if let Some(l) = other {
                    self.m.jump(l);
                }
            }
            Term::Return => self.m.ret(self.frame.size),
            Term::Unreachable => self.m.unreachable(),
            #[allow(unreachable_patterns)]
            ref other => return Err(format!("not yet supported by the backend: {other:?}")),
        }
        Ok(())
    }
}
