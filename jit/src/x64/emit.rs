//! The amd64 instruction selector: one IR function to machine code, each
//! instruction on its own over the memory-based frame of DESIGN §4.
//!
//! The frame, after the prologue's `sub rsp, FRAMESIZE` (SP never moves
//! again inside the body):
//!
//! ```text
//!   rsp + F + 8 + o   Loc::Arg(o)    the caller's outgoing area
//!   rsp + F           return address (pushed by the caller's CALL)
//!   rsp + L + F - 8   closure context (rbx at entry), when the body reads it
//!   rsp + L + o       Loc::Local(o)  L = out_size rounded to 8
//!   rsp + o           Loc::Out(o)    arguments of the next call; a callee's
//!                                    Loc::Arg area
//! ```
//!
//! `F` is `L + locals_size` (+ 8 for the context slot) rounded to 8. It is
//! not kept 16-byte aligned: Go 1.2 does not, the SSE code here uses only
//! unaligned forms (movups, scalar movsd/movss), and Rust code never runs
//! on a goroutine stack (the stubs switch to the aligned system stack).
//!
//! Registers: `g` is r14 and is never written; the closure context
//! arrives in rbx (not rdx: the prologue writes rax, rdx and rsi,
//! [`super::CLOBBERS`]). Everything else (rax, rcx, rdx, rsi, rdi, r8-r11,
//! xmm0-xmm15) is scratch and dead between instructions, so every call
//! site has all live values in the frame, as the collector and the
//! traceback want.
//!
//! Calls: a Go function by `call rel32` (its address is patched once every
//! function is placed, [`Emitted::calls`]); a closure by loading the func
//! value into rbx and `call [rbx]`; a service or native by `mov eax, id;
//! call trampoline` with the arguments already in the outgoing area, which
//! the trampoline finds above its return address.

// dynasm's dynamic registers (`Rq(r)`) expand to `r.into()`.
#![allow(clippy::useless_conversion)]

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_abi::amd64::RUNTIME_CALL_LEN;
use splitgo_lang::ir::{
    AddrOf, BinOp, BlockId, Callee, CmpOp, Func, FuncId, Inst, Loc, Scalar, Term, UnOp,
};
use splitgo_runtime::abi::{g, Word, STACK_PREEMPT_NEG};
use splitgo_runtime::services::Service;

use crate::backend::{
    CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, MAX_FRAME_SIZE,
};

type Ops = VecAssembler<X64Relocation>;

const RAX: u8 = 0;
const RCX: u8 = 1;
const RDX: u8 = 2;
const RSP: u8 = 4;
const RSI: u8 = 6;
const RDI: u8 = 7;
const R8: u8 = 8;

/// Copies up to this many bytes go through registers (load everything,
/// then store everything, so overlapping ranges are safe); longer ones use
/// `rep movsb`, backwards when the ranges overlap that way.
const INLINE_COPY: u32 = 256;

/// Bytes of code reserved per IR instruction (and terminator) of a
/// function: a little more than the average, so that most functions need
/// one allocation.
pub const CODE_PER_INST: usize = 24;

/// Where one function's areas are in its frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// FRAMESIZE: what the prologue takes off SP.
    pub size: u32,
    /// Offset of Loc::Local(0).
    pub locals: u32,
    /// The slot the closure context is saved in, if the body reads it.
    pub ctxt: Option<u32>,
    /// Bytes of arguments and results.
    pub arg_size: u32,
}

impl Frame {
    pub fn of(f: &Func) -> Result<Frame, String> {
        let locals = u64::from(f.out_size).div_ceil(8) * 8;
        let uses_ctxt = f
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .any(|(i, _)| matches!(i, Inst::ClosureContext { .. }));
        let mut size = (locals + u64::from(f.locals_size)).div_ceil(8) * 8;
        let ctxt = uses_ctxt.then(|| {
            size += 8;
            size - 8
        });
        // Every displacement (up to the last argument byte) must fit the
        // signed 32-bit field of an x86 memory operand.
        if size > MAX_FRAME_SIZE || size + 8 + u64::from(f.arg_size) > i32::MAX as u64 {
            return Err(format!("stack frame too large ({size} bytes)"));
        }
        Ok(Frame {
            size: size as u32,
            locals: locals as u32,
            ctxt: ctxt.map(|c| c as u32),
            arg_size: f.arg_size,
        })
    }

    /// The displacement of `loc` from rsp in the body.
    fn disp(&self, loc: Loc) -> Result<i32, String> {
        let d = match loc {
            Loc::Out(o) => u64::from(o),
            Loc::Local(o) => u64::from(self.locals) + u64::from(o),
            Loc::Arg(o) => u64::from(self.size) + 8 + u64::from(o),
        };
        i32::try_from(d).map_err(|_| format!("frame offset {loc:?} out of range"))
    }
}

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

/// Emits `f` (prologue, then body) at the end of `code`.
pub fn emit_func(code: &mut CodeBuf, f: &Func, env: &Env<'_>) -> Result<Emitted, EmitFailure> {
    let fail = |line: u32| move |message: String| EmitFailure { line, message };
    let frame = Frame::of(f).map_err(fail(f.line))?;
    let info = FrameInfo {
        frame_size: u64::from(frame.size),
        arg_size: u64::from(f.arg_size),
        nosplit: f.nosplit,
    };
    let prologue = super::prologue::emit_prologue(code, info, &env.rt)?;
    let start = code.len();
    // About 18 bytes of code per IR instruction; more now and then.
    let insts: usize = f.blocks.iter().map(|b| b.insts.len() + 1).sum();
    let mut e = Emitter {
        ops: code.assembler_sized(insts * CODE_PER_INST, f.blocks.len())?,
        frame,
        env,
        base: code.addr_at(start),
        lines: vec![(prologue.start, f.line)],
        calls: Vec::new(),
    };
    if let Some(slot) = frame.ctxt {
        let d = slot as i32;
        dynasm!(e.ops ; .arch x64 ; mov QWORD [rsp + d], rbx);
    }
    let labels: Vec<DynamicLabel> = f.blocks.iter().map(|_| e.ops.new_dynamic_label()).collect();
    let mut recover = None;
    for (i, block) in f.blocks.iter().enumerate() {
        let here = labels[i];
        if f.recover_block == Some(BlockId(i as u32)) {
            recover = Some(start + e.ops.offset().0);
        }
        dynasm!(e.ops ; .arch x64 ; =>here);
        for (inst, line) in &block.insts {
            e.mark(*line);
            e.inst(inst).map_err(fail(*line))?;
        }
        e.mark(block.term_line);
        let next = BlockId(i as u32 + 1);
        e.term(&block.term, next, &labels)
            .map_err(fail(block.term_line))?;
    }
    let lines = e.lines;
    let calls: Vec<(usize, FuncId)> = e.calls.iter().map(|&(o, f)| (start + o, f)).collect();
    let lines = lines
        .into_iter()
        .enumerate()
        .map(|(i, (o, l))| if i == 0 { (o, l) } else { (start + o, l) })
        .collect();
    code.commit(e.ops)?;
    Ok(Emitted {
        prologue,
        frame,
        end: code.len(),
        lines,
        calls,
        recover,
    })
}

struct Emitter<'e> {
    ops: Ops,
    frame: Frame,
    env: &'e Env<'e>,
    /// The address of the assembler's offset 0.
    base: u64,
    lines: Vec<(usize, u32)>,
    calls: Vec<(usize, FuncId)>,
}

impl Emitter<'_> {
    /// Records that the code from here on comes from `line` (0: unknown,
    /// keeps the previous line).
    fn mark(&mut self, line: u32) {
        if line == 0 {
            return;
        }
        let at = self.ops.offset().0;
        if self.lines.last().is_some_and(|&(_, l)| l == line) {
            return;
        }
        self.lines.push((at, line));
    }

    fn d(&self, loc: Loc) -> Result<i32, String> {
        self.frame.disp(loc)
    }

    fn inst(&mut self, inst: &Inst) -> Result<(), String> {
        match *inst {
            Inst::Imm { dst, ty, bits } => {
                let d = self.d(dst)?;
                self.imm(d, ty.size(), bits);
            }
            Inst::Bin { op, ty, dst, a, b } => {
                let (dd, da, db) = (self.d(dst)?, self.d(a)?, self.d(b)?);
                if ty.is_float() {
                    self.float_bin(op, ty, dd, da, db)?;
                } else {
                    self.int_bin(op, ty, dd, da, db);
                }
            }
            Inst::Un { op, ty, dst, a } => {
                let (dd, da) = (self.d(dst)?, self.d(a)?);
                self.un(op, ty, dd, da)?;
            }
            Inst::Cmp { op, ty, dst, a, b } => {
                let (dd, da, db) = (self.d(dst)?, self.d(a)?, self.d(b)?);
                self.cmp(op, ty, dd, da, db);
            }
            Inst::Conv { from, to, dst, a } => {
                let (dd, da) = (self.d(dst)?, self.d(a)?);
                self.conv(from, to, dd, da);
            }
            Inst::Addr { dst, what } => {
                let dd = self.d(dst)?;
                let abs = |table: &[u64], i: u32, what: &str| {
                    table
                        .get(i as usize)
                        .copied()
                        .ok_or_else(|| format!("unknown {what} {i}"))
                };
                let addr = match what {
                    AddrOf::Global(g) => abs(self.env.globals, g.0, "global")?,
                    AddrOf::Data(d) => abs(self.env.data, d.0, "data")?,
                    AddrOf::FuncValue(f) => abs(self.env.func_values, f.0, "function")?,
                    AddrOf::TypeDesc(t) => abs(self.env.type_descs, t.0, "type descriptor")?,
                    AddrOf::Itab(i) => abs(self.env.itabs, i.0, "method table")?,
                    AddrOf::NativeValue(n) => self
                        .env
                        .native_values
                        .get(n.0 as usize)
                        .cloned()
                        .unwrap_or_else(|| Err(format!("unknown native {}", n.0)))?,
                    AddrOf::Frame(loc) => {
                        let disp_loc = self.d(loc)?;
                        dynasm!(self.ops
                            ; .arch x64
                            ; lea rax, [rsp + disp_loc]
                            ; mov QWORD [rsp + dd], rax
                        );
                        return Ok(());
                    }
                    #[allow(unreachable_patterns)]
                    other => return Err(format!("not yet supported by the backend: {other:?}")),
                };
                dynasm!(self.ops
                    ; .arch x64
                    ; mov rax, QWORD addr as i64
                    ; mov QWORD [rsp + dd], rax
                );
            }
            Inst::Load {
                dst,
                ptr,
                off,
                size,
            } => {
                let (dd, dp) = (self.d(dst)?, self.d(ptr)?);
                dynasm!(self.ops ; .arch x64 ; mov rsi, QWORD [rsp + dp]);
                self.copy(RSP, dd, RSI, off, size);
            }
            Inst::Store {
                ptr,
                off,
                src,
                size,
            } => {
                let (ds, dp) = (self.d(src)?, self.d(ptr)?);
                dynasm!(self.ops ; .arch x64 ; mov rdi, QWORD [rsp + dp]);
                self.copy(RDI, off, RSP, ds, size);
            }
            Inst::Move { dst, src, size } => {
                let (dd, ds) = (self.d(dst)?, self.d(src)?);
                if dd != ds {
                    self.copy(RSP, dd, RSP, ds, size);
                }
            }
            Inst::Zero { dst, size } => {
                let dd = self.d(dst)?;
                self.zero(dd, size);
            }
            Inst::Call { callee, .. } => self.call(callee)?,
            Inst::ClosureContext { dst } => {
                let dd = self.d(dst)?;
                let slot = self.frame.ctxt.ok_or("no closure context slot")? as i32;
                dynasm!(self.ops
                    ; .arch x64
                    ; mov rax, QWORD [rsp + slot]
                    ; mov QWORD [rsp + dd], rax
                );
            }
            Inst::PreemptCheck => {
                // cmp qword [r14 + STACKGUARD0], StackPreempt (sign-extended
                // imm32); the call parks the goroutine with g.sched here.
                let id = Service::Preempt.id();
                let skip = self.ops.new_dynamic_label();
                dynasm!(self.ops
                    ; .arch x64
                    ; cmp QWORD [r14 + g::off(Word::W8, g::STACKGUARD0) as i32], STACK_PREEMPT_NEG as i32
                    ; jne =>skip
                );
                self.runtime_call(id)?;
                dynasm!(self.ops ; .arch x64 ; =>skip);
            }
            #[allow(unreachable_patterns)]
            ref other => return Err(format!("not yet supported by the backend: {other:?}")),
        }
        Ok(())
    }

    fn term(&mut self, t: &Term, next: BlockId, labels: &[DynamicLabel]) -> Result<(), String> {
        let label = |b: BlockId| {
            labels
                .get(b.0 as usize)
                .copied()
                .ok_or_else(|| format!("branch to unknown block b{}", b.0))
        };
        match *t {
            Term::Jump(to) => {
                if to != next {
                    let l = label(to)?;
                    dynasm!(self.ops ; .arch x64 ; jmp =>l);
                }
            }
            Term::Branch { cond, then, els } => {
                let dc = self.d(cond)?;
                let (lt, le) = (label(then)?, label(els)?);
                dynasm!(self.ops ; .arch x64 ; cmp BYTE [rsp + dc], 0);
                if then == next {
                    dynasm!(self.ops ; .arch x64 ; je =>le);
                } else {
                    dynasm!(self.ops ; .arch x64 ; jne =>lt);
                    if els != next {
                        dynasm!(self.ops ; .arch x64 ; jmp =>le);
                    }
                }
            }
            Term::Return => {
                let f = self.frame.size as i32;
                if f > 0 {
                    dynasm!(self.ops ; .arch x64 ; add rsp, f);
                }
                dynasm!(self.ops ; .arch x64 ; ret);
            }
            Term::Unreachable => {
                dynasm!(self.ops ; .arch x64 ; ud2);
            }
            #[allow(unreachable_patterns)]
            ref other => return Err(format!("not yet supported by the backend: {other:?}")),
        }
        Ok(())
    }

    fn call(&mut self, callee: Callee) -> Result<(), String> {
        match callee {
            Callee::Func(f) => {
                // call rel32, patched when every function has its address.
                self.ops.push(0xe8);
                let at = self.ops.offset().0;
                self.ops.push_i32(0);
                self.calls.push((at, f));
            }
            Callee::Closure(loc) => {
                let d = self.d(loc)?;
                dynasm!(self.ops
                    ; .arch x64
                    ; mov rbx, QWORD [rsp + d]
                    ; call QWORD [rbx]
                );
            }
            Callee::Native(n) => {
                let id = self
                    .env
                    .natives
                    .get(n.0 as usize)
                    .cloned()
                    .unwrap_or_else(|| Err(format!("unknown native {}", n.0)))?;
                self.runtime_call(id)?;
            }
            Callee::Runtime(s) => {
                // The IR and the runtime share the service list (splitgo-abi);
                // the stubs' own services are never an IR call.
                if s.is_internal() {
                    return Err(format!("not yet supported by the backend: a call of {s:?}"));
                }
                self.runtime_call(s.id())?;
            }
            #[allow(unreachable_patterns)]
            other => return Err(format!("not yet supported by the backend: {other:?}")),
        }
        Ok(())
    }

    /// `mov eax, id; call trampoline`.
    fn runtime_call(&mut self, id: u32) -> Result<(), String> {
        // The call's return address: after `mov eax, imm32` (5 bytes) and
        // the call itself (5 bytes), the length the runtime steps back over.
        let start = self.ops.offset().0;
        let ret = self.base + start as u64 + RUNTIME_CALL_LEN;
        let target = self.env.trampoline;
        if i32::try_from(target.wrapping_sub(ret) as i64).is_err() {
            return Err("the trampoline is out of range of a call".into());
        }
        dynasm!(self.ops
            ; .arch x64
            ; mov eax, id as i32
            ; call extern target as usize
        );
        if (self.ops.offset().0 - start) as u64 != RUNTIME_CALL_LEN {
            return Err("a runtime call is not RUNTIME_CALL_LEN bytes long".into());
        }
        Ok(())
    }

    /// Stores the low `size` bytes of `bits` at [rsp + d].
    fn imm(&mut self, d: i32, size: u32, bits: u64) {
        match size {
            1 => dynasm!(self.ops ; .arch x64 ; mov BYTE [rsp + d], bits as i8),
            2 => dynasm!(self.ops ; .arch x64 ; mov WORD [rsp + d], bits as i16),
            4 => dynasm!(self.ops ; .arch x64 ; mov DWORD [rsp + d], bits as i32),
            _ => {
                let v = bits as i64;
                if let Ok(v) = i32::try_from(v) {
                    dynasm!(self.ops ; .arch x64 ; mov QWORD [rsp + d], v);
                } else {
                    dynasm!(self.ops
                        ; .arch x64
                        ; mov rax, QWORD v
                        ; mov QWORD [rsp + d], rax
                    );
                }
            }
        }
    }

    /// Loads the scalar at [base + d] into the 64-bit register `r`,
    /// sign- or zero-extended as its type says (floats as raw bits).
    fn load(&mut self, r: u8, ty: Scalar, base: u8, d: i32) {
        match ty {
            Scalar::I8 => dynasm!(self.ops ; .arch x64 ; movsx Rq(r), BYTE [Rq(base) + d]),
            Scalar::U8 => dynasm!(self.ops ; .arch x64 ; movzx Rd(r), BYTE [Rq(base) + d]),
            Scalar::I16 => dynasm!(self.ops ; .arch x64 ; movsx Rq(r), WORD [Rq(base) + d]),
            Scalar::U16 => dynasm!(self.ops ; .arch x64 ; movzx Rd(r), WORD [Rq(base) + d]),
            Scalar::I32 => dynasm!(self.ops ; .arch x64 ; movsxd Rq(r), DWORD [Rq(base) + d]),
            Scalar::U32 | Scalar::F32 => {
                dynasm!(self.ops ; .arch x64 ; mov Rd(r), DWORD [Rq(base) + d])
            }
            Scalar::I64 | Scalar::U64 | Scalar::F64 => {
                dynasm!(self.ops ; .arch x64 ; mov Rq(r), QWORD [Rq(base) + d])
            }
        }
    }

    /// Stores the low `size` bytes of register `r` at [base + d].
    fn store(&mut self, r: u8, size: u32, base: u8, d: i32) {
        match size {
            1 => dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(base) + d], Rb(r)),
            2 => dynasm!(self.ops ; .arch x64 ; mov WORD [Rq(base) + d], Rw(r)),
            4 => dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(base) + d], Rd(r)),
            _ => dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(base) + d], Rq(r)),
        }
    }

    /// Copies `size` bytes from [sb + sd] to [db + dd] with memmove's
    /// semantics. Uses rax, rcx, rdx, r8, xmm0-15, and for long copies
    /// rsi and rdi (a base in rsi or rdi is consumed first).
    fn copy(&mut self, db: u8, dd: i32, sb: u8, sd: i32, size: u32) {
        if size == 0 {
            return;
        }
        if size <= INLINE_COPY {
            // Load everything, then store everything.
            let n16 = size / 16;
            for i in 0..n16 {
                let (x, o) = (i as u8, sd + 16 * i as i32);
                dynasm!(self.ops ; .arch x64 ; movups Rx(x), [Rq(sb) + o]);
            }
            let mut tail = Vec::new();
            let mut off = n16 * 16;
            for (piece, reg) in [(8u32, RAX), (4, RCX), (2, RDX), (1, R8)] {
                if size - off >= piece {
                    let o = sd + off as i32;
                    match piece {
                        8 => dynasm!(self.ops ; .arch x64 ; mov Rq(reg), QWORD [Rq(sb) + o]),
                        4 => dynasm!(self.ops ; .arch x64 ; mov Rd(reg), DWORD [Rq(sb) + o]),
                        2 => dynasm!(self.ops ; .arch x64 ; movzx Rd(reg), WORD [Rq(sb) + o]),
                        _ => dynasm!(self.ops ; .arch x64 ; movzx Rd(reg), BYTE [Rq(sb) + o]),
                    }
                    tail.push((piece, reg, off));
                    off += piece;
                }
            }
            for i in 0..n16 {
                let (x, o) = (i as u8, dd + 16 * i as i32);
                dynasm!(self.ops ; .arch x64 ; movups [Rq(db) + o], Rx(x));
            }
            for (piece, reg, off) in tail {
                self.store(reg, piece, db, dd + off as i32);
            }
            return;
        }
        let n = size as i32;
        // rsi first: when the source base is rsi it is consumed here, and
        // a destination base in rdi is untouched until the next line.
        dynasm!(self.ops
            ; .arch x64
            ; lea rsi, [Rq(sb) + sd]
            ; lea rdi, [Rq(db) + dd]
            ; mov ecx, n
            ; cmp rdi, rsi
            ; jbe >forward
            ; lea rax, [rsi + rcx]
            ; cmp rdi, rax
            ; jae >forward
            // dst overlaps the end of src: copy backwards.
            ; lea rsi, [rsi + rcx - 1]
            ; lea rdi, [rdi + rcx - 1]
            ; std
            ; rep movsb
            ; cld
            ; jmp >done
            ; forward:
            ; rep movsb
            ; done:
        );
    }

    /// Zeroes `size` bytes at [rsp + dd].
    fn zero(&mut self, dd: i32, size: u32) {
        if size == 0 {
            return;
        }
        if size <= INLINE_COPY {
            let n16 = size / 16;
            if n16 > 0 {
                dynasm!(self.ops ; .arch x64 ; xorps xmm0, xmm0);
            }
            for i in 0..n16 {
                let o = dd + 16 * i as i32;
                dynasm!(self.ops ; .arch x64 ; movups [rsp + o], xmm0);
            }
            let mut off = n16 * 16;
            if size > off {
                dynasm!(self.ops ; .arch x64 ; xor eax, eax);
            }
            for piece in [8u32, 4, 2, 1] {
                if size - off >= piece {
                    self.store(RAX, piece, RSP, dd + off as i32);
                    off += piece;
                }
            }
            return;
        }
        let n = size as i32;
        dynasm!(self.ops
            ; .arch x64
            ; lea rdi, [rsp + dd]
            ; xor eax, eax
            ; mov ecx, n
            ; rep stosb
        );
    }

    fn int_bin(&mut self, op: BinOp, ty: Scalar, dd: i32, da: i32, db: i32) {
        self.load(RAX, ty, RSP, da);
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            // The count is a whole word (IR: BinOp::Shl).
            dynasm!(self.ops ; .arch x64 ; mov rcx, QWORD [rsp + db]);
        } else {
            self.load(RCX, ty, RSP, db);
        }
        let signed = ty.is_signed();
        match op {
            BinOp::Add => dynasm!(self.ops ; .arch x64 ; add rax, rcx),
            BinOp::Sub => dynasm!(self.ops ; .arch x64 ; sub rax, rcx),
            BinOp::Mul => dynasm!(self.ops ; .arch x64 ; imul rax, rcx),
            BinOp::And => dynasm!(self.ops ; .arch x64 ; and rax, rcx),
            BinOp::Or => dynasm!(self.ops ; .arch x64 ; or rax, rcx),
            BinOp::Xor => dynasm!(self.ops ; .arch x64 ; xor rax, rcx),
            BinOp::AndNot => dynasm!(self.ops ; .arch x64 ; not rcx ; and rax, rcx),
            // The operands are sign-extended to 64 bits, so a 64-bit
            // division is exact for every width; only x / -1 can fault
            // (MinInt64 / -1), and Go defines it to wrap: -x, remainder 0.
            BinOp::Div if signed => dynasm!(self.ops
                ; .arch x64
                ; cmp rcx, -1
                ; jne >divide
                ; neg rax
                ; jmp >done
                ; divide:
                ; cqo
                ; idiv rcx
                ; done:
            ),
            BinOp::Rem if signed => dynasm!(self.ops
                ; .arch x64
                ; cmp rcx, -1
                ; jne >divide
                ; xor eax, eax
                ; jmp >done
                ; divide:
                ; cqo
                ; idiv rcx
                ; mov rax, rdx
                ; done:
            ),
            BinOp::Div => dynasm!(self.ops ; .arch x64 ; xor edx, edx ; div rcx),
            BinOp::Rem => dynasm!(self.ops ; .arch x64 ; xor edx, edx ; div rcx ; mov rax, rdx),
            // x86 masks the count to 6 bits; Go wants 0 (or the sign, for
            // a signed >>) once the count reaches the width. The operand is
            // extended to 64 bits, so only counts >= 64 need fixing: below
            // that, bits shifted past a narrow width vanish on the store.
            BinOp::Shl => dynasm!(self.ops
                ; .arch x64
                ; shl rax, cl
                ; xor edx, edx
                ; cmp rcx, 64
                ; cmovae rax, rdx
            ),
            BinOp::Shr if signed => dynasm!(self.ops
                ; .arch x64
                ; mov edx, 63
                ; cmp rcx, 64
                ; cmovae rcx, rdx
                ; sar rax, cl
            ),
            BinOp::Shr => dynasm!(self.ops
                ; .arch x64
                ; shr rax, cl
                ; xor edx, edx
                ; cmp rcx, 64
                ; cmovae rax, rdx
            ),
        }
        self.store(RAX, ty.size(), RSP, dd);
    }

    fn float_bin(
        &mut self,
        op: BinOp,
        ty: Scalar,
        dd: i32,
        da: i32,
        db: i32,
    ) -> Result<(), String> {
        let f64_ = ty == Scalar::F64;
        match (op, f64_) {
            (BinOp::Add, true) => {
                dynasm!(self.ops ; .arch x64 ; movsd xmm0, QWORD [rsp + da] ; addsd xmm0, QWORD [rsp + db])
            }
            (BinOp::Sub, true) => {
                dynasm!(self.ops ; .arch x64 ; movsd xmm0, QWORD [rsp + da] ; subsd xmm0, QWORD [rsp + db])
            }
            (BinOp::Mul, true) => {
                dynasm!(self.ops ; .arch x64 ; movsd xmm0, QWORD [rsp + da] ; mulsd xmm0, QWORD [rsp + db])
            }
            (BinOp::Div, true) => {
                dynasm!(self.ops ; .arch x64 ; movsd xmm0, QWORD [rsp + da] ; divsd xmm0, QWORD [rsp + db])
            }
            (BinOp::Add, false) => {
                dynasm!(self.ops ; .arch x64 ; movss xmm0, DWORD [rsp + da] ; addss xmm0, DWORD [rsp + db])
            }
            (BinOp::Sub, false) => {
                dynasm!(self.ops ; .arch x64 ; movss xmm0, DWORD [rsp + da] ; subss xmm0, DWORD [rsp + db])
            }
            (BinOp::Mul, false) => {
                dynasm!(self.ops ; .arch x64 ; movss xmm0, DWORD [rsp + da] ; mulss xmm0, DWORD [rsp + db])
            }
            (BinOp::Div, false) => {
                dynasm!(self.ops ; .arch x64 ; movss xmm0, DWORD [rsp + da] ; divss xmm0, DWORD [rsp + db])
            }
            _ => return Err(format!("{op:?} of {}", ty.name())),
        }
        if f64_ {
            dynasm!(self.ops ; .arch x64 ; movsd QWORD [rsp + dd], xmm0);
        } else {
            dynasm!(self.ops ; .arch x64 ; movss DWORD [rsp + dd], xmm0);
        }
        Ok(())
    }

    fn un(&mut self, op: UnOp, ty: Scalar, dd: i32, da: i32) -> Result<(), String> {
        match (op, ty) {
            // Negating a float flips its sign bit, NaNs and zeros included.
            (UnOp::Neg, Scalar::F64) => dynasm!(self.ops
                ; .arch x64
                ; mov rax, QWORD [rsp + da]
                ; btc rax, 63
                ; mov QWORD [rsp + dd], rax
            ),
            (UnOp::Neg, Scalar::F32) => dynasm!(self.ops
                ; .arch x64
                ; mov eax, DWORD [rsp + da]
                ; xor eax, 0x8000_0000u32 as i32
                ; mov DWORD [rsp + dd], eax
            ),
            (UnOp::Not, Scalar::F32 | Scalar::F64) => {
                return Err(format!("complement of {}", ty.name()))
            }
            (UnOp::Neg, _) => {
                self.load(RAX, ty, RSP, da);
                dynasm!(self.ops ; .arch x64 ; neg rax);
                self.store(RAX, ty.size(), RSP, dd);
            }
            (UnOp::Not, _) => {
                self.load(RAX, ty, RSP, da);
                dynasm!(self.ops ; .arch x64 ; not rax);
                self.store(RAX, ty.size(), RSP, dd);
            }
        }
        Ok(())
    }

    fn cmp(&mut self, op: CmpOp, ty: Scalar, dd: i32, da: i32, db: i32) {
        if ty.is_float() {
            if ty == Scalar::F64 {
                dynasm!(self.ops
                    ; .arch x64
                    ; movsd xmm0, QWORD [rsp + da]
                    ; movsd xmm1, QWORD [rsp + db]
                );
            } else {
                // Widening is exact, so comparing as float64 is the same.
                dynasm!(self.ops
                    ; .arch x64
                    ; cvtss2sd xmm0, DWORD [rsp + da]
                    ; cvtss2sd xmm1, DWORD [rsp + db]
                );
            }
            // ucomisd sets ZF, PF and CF for unordered (NaN) operands: `a`
            // (CF=0 and ZF=0) and `ae` (CF=0) are false then, so < and <=
            // swap the operands rather than use `b`/`be`.
            match op {
                CmpOp::Eq => {
                    dynasm!(self.ops ; .arch x64 ; ucomisd xmm0, xmm1 ; sete al ; setnp cl ; and al, cl)
                }
                CmpOp::Ne => {
                    dynasm!(self.ops ; .arch x64 ; ucomisd xmm0, xmm1 ; setne al ; setp cl ; or al, cl)
                }
                CmpOp::Lt => dynasm!(self.ops ; .arch x64 ; ucomisd xmm1, xmm0 ; seta al),
                CmpOp::Le => dynasm!(self.ops ; .arch x64 ; ucomisd xmm1, xmm0 ; setae al),
                CmpOp::Gt => dynasm!(self.ops ; .arch x64 ; ucomisd xmm0, xmm1 ; seta al),
                CmpOp::Ge => dynasm!(self.ops ; .arch x64 ; ucomisd xmm0, xmm1 ; setae al),
            }
        } else {
            self.load(RAX, ty, RSP, da);
            self.load(RCX, ty, RSP, db);
            dynasm!(self.ops ; .arch x64 ; cmp rax, rcx);
            match (op, ty.is_signed()) {
                (CmpOp::Eq, _) => dynasm!(self.ops ; .arch x64 ; sete al),
                (CmpOp::Ne, _) => dynasm!(self.ops ; .arch x64 ; setne al),
                (CmpOp::Lt, true) => dynasm!(self.ops ; .arch x64 ; setl al),
                (CmpOp::Le, true) => dynasm!(self.ops ; .arch x64 ; setle al),
                (CmpOp::Gt, true) => dynasm!(self.ops ; .arch x64 ; setg al),
                (CmpOp::Ge, true) => dynasm!(self.ops ; .arch x64 ; setge al),
                (CmpOp::Lt, false) => dynasm!(self.ops ; .arch x64 ; setb al),
                (CmpOp::Le, false) => dynasm!(self.ops ; .arch x64 ; setbe al),
                (CmpOp::Gt, false) => dynasm!(self.ops ; .arch x64 ; seta al),
                (CmpOp::Ge, false) => dynasm!(self.ops ; .arch x64 ; setae al),
            }
        }
        dynasm!(self.ops ; .arch x64 ; mov BYTE [rsp + dd], al);
    }

    fn conv(&mut self, from: Scalar, to: Scalar, dd: i32, da: i32) {
        match (from.is_float(), to.is_float()) {
            (false, false) => {
                // Extend as the source says, keep as many bytes as the
                // destination has.
                self.load(RAX, from, RSP, da);
                self.store(RAX, to.size(), RSP, dd);
            }
            (false, true) => {
                let single = to == Scalar::F32;
                if from == Scalar::U64 {
                    // cvtsi2sd is signed: a value with the top bit set is
                    // halved (keeping the low bit, so rounding is still
                    // correct), converted and doubled.
                    if single {
                        dynasm!(self.ops
                            ; .arch x64
                            ; mov rax, QWORD [rsp + da]
                            ; test rax, rax
                            ; js >big
                            ; cvtsi2ss xmm0, rax
                            ; jmp >done
                            ; big:
                            ; mov rcx, rax
                            ; shr rcx, 1
                            ; and eax, 1
                            ; or rcx, rax
                            ; cvtsi2ss xmm0, rcx
                            ; addss xmm0, xmm0
                            ; done:
                        );
                    } else {
                        dynasm!(self.ops
                            ; .arch x64
                            ; mov rax, QWORD [rsp + da]
                            ; test rax, rax
                            ; js >big
                            ; cvtsi2sd xmm0, rax
                            ; jmp >done
                            ; big:
                            ; mov rcx, rax
                            ; shr rcx, 1
                            ; and eax, 1
                            ; or rcx, rax
                            ; cvtsi2sd xmm0, rcx
                            ; addsd xmm0, xmm0
                            ; done:
                        );
                    }
                } else {
                    // Narrower unsigned values are zero-extended, hence
                    // non-negative as a signed 64-bit number.
                    self.load(RAX, from, RSP, da);
                    if single {
                        dynasm!(self.ops ; .arch x64 ; cvtsi2ss xmm0, rax);
                    } else {
                        dynasm!(self.ops ; .arch x64 ; cvtsi2sd xmm0, rax);
                    }
                }
                if single {
                    dynasm!(self.ops ; .arch x64 ; movss DWORD [rsp + dd], xmm0);
                } else {
                    dynasm!(self.ops ; .arch x64 ; movsd QWORD [rsp + dd], xmm0);
                }
            }
            (true, false) => {
                if from == Scalar::F32 {
                    dynasm!(self.ops ; .arch x64 ; cvtss2sd xmm0, DWORD [rsp + da]);
                } else {
                    dynasm!(self.ops ; .arch x64 ; movsd xmm0, QWORD [rsp + da]);
                }
                if to == Scalar::U64 {
                    // As gc does: values from 2^63 up are converted after
                    // subtracting 2^63, and the top bit put back.
                    let two63 = 0x43e0_0000_0000_0000u64 as i64;
                    dynasm!(self.ops
                        ; .arch x64
                        ; mov rax, QWORD two63
                        ; movq xmm1, rax
                        ; ucomisd xmm0, xmm1
                        ; jae >big
                        ; cvttsd2si rax, xmm0
                        ; jmp >done
                        ; big:
                        ; subsd xmm0, xmm1
                        ; cvttsd2si rax, xmm0
                        ; btc rax, 63
                        ; done:
                    );
                } else {
                    // Truncation toward zero; an out-of-range value gives
                    // 0x8000000000000000 (then truncated), as with gc.
                    dynasm!(self.ops ; .arch x64 ; cvttsd2si rax, xmm0);
                }
                self.store(RAX, to.size(), RSP, dd);
            }
            (true, true) => match (from, to) {
                (Scalar::F64, Scalar::F32) => dynasm!(self.ops
                    ; .arch x64
                    ; cvtsd2ss xmm0, QWORD [rsp + da]
                    ; movss DWORD [rsp + dd], xmm0
                ),
                (Scalar::F32, Scalar::F64) => dynasm!(self.ops
                    ; .arch x64
                    ; cvtss2sd xmm0, DWORD [rsp + da]
                    ; movsd QWORD [rsp + dd], xmm0
                ),
                _ => self.copy(RSP, dd, RSP, da, from.size()),
            },
        }
    }
}
