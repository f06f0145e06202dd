//! The amd64 machine operations ([`MachOps`]): instruction selection and
//! encoding for operands the code generator hands over (frame slots at
//! `[rsp + d]`, registers, immediates).
//!
//! Registers: `g` is r14 and is never written; the closure context
//! arrives in rbx (not rdx: the prologue writes rax, rdx and rsi,
//! [`super::CLOBBERS`]) and is saved to its slot before the allocator's
//! values take rbx. The allocator hands out rbx, rbp, r8-r13, r15 and
//! xmm8-xmm15 ([`INT_REGS`], [`FLOAT_REGS`]); rax, rcx, rdx, rsi, rdi
//! and xmm0-xmm7 are this file's scratch registers, dead between
//! operations. A value in a register keeps its scalar in the low bytes;
//! the operations that depend on the bits above (division, right shifts,
//! compares, conversions) extend it into a scratch register first.
//!
//! Calls: a Go function by `call rel32` (patched once every function is
//! placed, [`MachOps::calls`]); a closure by loading the func value into
//! rbx and `call [rbx]`; a service or native by `mov eax, id; call
//! trampoline` with the arguments already in the outgoing area, which the
//! trampoline finds above its return address.

// dynasm's dynamic registers (`Rq(r)`) expand to `r.into()`.
#![allow(clippy::useless_conversion)]

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_abi::amd64::RUNTIME_CALL_LEN;
use splitgo_lang::ir::{BinOp, CmpOp, FuncId, Scalar, UnOp};
use splitgo_runtime::abi::{g, Word, STACK_PREEMPT_NEG};
use splitgo_runtime::services::Service;

use crate::backend::{CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs};
use crate::codegen::Env;
use crate::mach::{IndexBase, Label, MachOps, Opnd, Reg, RegClass, Spill};

type Ops = VecAssembler<X64Relocation>;

const RAX: u8 = 0;
const RCX: u8 = 1;
const RDX: u8 = 2;
const RSP: u8 = 4;
const RSI: u8 = 6;
const RDI: u8 = 7;
const XMM0: u8 = 0;
const XMM1: u8 = 1;

/// The integer registers the allocator may use: not a scratch register
/// here, not rsp, not r14 (`g`).
pub const INT_REGS: &[u8] = &[3, 5, 8, 9, 10, 11, 12, 13, 15];
/// xmm0-xmm7 are scratch (copies use them eight at a time).
pub const FLOAT_REGS: &[u8] = &[8, 9, 10, 11, 12, 13, 14, 15];

/// Copies up to this many bytes go through registers (load everything,
/// then store everything, so overlapping ranges are safe); longer ones use
/// `rep movsb`, backwards when the ranges overlap that way.
const INLINE_COPY: u32 = 128;

/// One function's body being emitted.
pub struct X64Ops<'e> {
    ops: Ops,
    env: &'e Env<'e>,
    /// The address of the assembler's offset 0.
    base: u64,
    labels: Vec<DynamicLabel>,
    calls: Vec<(usize, FuncId)>,
}

/// The scalar of `size` bytes read as raw bits (zero-extended).
fn raw(size: u32) -> Scalar {
    match size {
        1 => Scalar::U8,
        2 => Scalar::U16,
        4 => Scalar::U32,
        _ => Scalar::U64,
    }
}

/// `bits` truncated to `ty` and extended to 64 bits as `ty` says.
fn extend(ty: Scalar, bits: u64) -> i64 {
    match ty {
        Scalar::I8 => bits as i8 as i64,
        Scalar::U8 => bits as u8 as i64,
        Scalar::I16 => bits as i16 as i64,
        Scalar::U16 => bits as u16 as i64,
        Scalar::I32 => bits as i32 as i64,
        Scalar::U32 | Scalar::F32 => bits as u32 as i64,
        _ => bits as i64,
    }
}

/// An immediate whose low `size` bytes are `bits`, if one fits a
/// sign-extended 32-bit field (the bits above do not matter).
fn imm32(size: u32, bits: u64) -> Option<i32> {
    match size {
        1 | 2 | 4 => Some(bits as u32 as i32),
        _ => i32::try_from(bits as i64).ok(),
    }
}

fn int_reg(o: Opnd) -> Option<u8> {
    match o {
        Opnd::Reg(Reg {
            class: RegClass::Int,
            hw,
        }) => Some(hw),
        _ => None,
    }
}

fn float_reg(o: Opnd) -> Option<u8> {
    match o {
        Opnd::Reg(Reg {
            class: RegClass::Float,
            hw,
        }) => Some(hw),
        _ => None,
    }
}

fn mirror(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

/// The condition codes of x86: what `jcc`/`setcc` test.
#[derive(Clone, Copy)]
enum Cc {
    E,
    Ne,
    L,
    Le,
    G,
    Ge,
    B,
    Be,
    A,
    Ae,
}

impl Cc {
    fn of(op: CmpOp, signed: bool) -> Cc {
        match (op, signed) {
            (CmpOp::Eq, _) => Cc::E,
            (CmpOp::Ne, _) => Cc::Ne,
            (CmpOp::Lt, true) => Cc::L,
            (CmpOp::Le, true) => Cc::Le,
            (CmpOp::Gt, true) => Cc::G,
            (CmpOp::Ge, true) => Cc::Ge,
            (CmpOp::Lt, false) => Cc::B,
            (CmpOp::Le, false) => Cc::Be,
            (CmpOp::Gt, false) => Cc::A,
            (CmpOp::Ge, false) => Cc::Ae,
        }
    }

    fn not(self) -> Cc {
        match self {
            Cc::E => Cc::Ne,
            Cc::Ne => Cc::E,
            Cc::L => Cc::Ge,
            Cc::Le => Cc::G,
            Cc::G => Cc::Le,
            Cc::Ge => Cc::L,
            Cc::B => Cc::Ae,
            Cc::Be => Cc::A,
            Cc::A => Cc::Be,
            Cc::Ae => Cc::B,
        }
    }
}

impl<'e> X64Ops<'e> {
    /// Starts a body at the end of `code`, `reserve` bytes and `labels`
    /// labels expected.
    pub fn begin(
        code: &mut CodeBuf,
        env: &'e Env<'e>,
        reserve: usize,
        labels: usize,
    ) -> Result<X64Ops<'e>, EmitError> {
        let base = code.addr_at(code.len());
        Ok(X64Ops {
            ops: code.assembler_sized(reserve, labels)?,
            env,
            base,
            labels: Vec::with_capacity(labels),
            calls: Vec::new(),
        })
    }

    /// Loads the scalar at [base + d] into the 64-bit register `r`,
    /// sign- or zero-extended as its type says (floats as raw bits).
    fn load_mem(&mut self, r: u8, ty: Scalar, base: u8, d: i32) {
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
    fn store_mem(&mut self, r: u8, size: u32, base: u8, d: i32) {
        match size {
            1 => dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(base) + d], Rb(r)),
            2 => dynasm!(self.ops ; .arch x64 ; mov WORD [Rq(base) + d], Rw(r)),
            4 => dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(base) + d], Rd(r)),
            _ => dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(base) + d], Rq(r)),
        }
    }

    /// Loads the float at [base + d] (`f64_`, else f32) into xmm `x`.
    fn load_xmm(&mut self, x: u8, f64_: bool, base: u8, d: i32) {
        if f64_ {
            dynasm!(self.ops ; .arch x64 ; movsd Rx(x), QWORD [Rq(base) + d]);
        } else {
            dynasm!(self.ops ; .arch x64 ; movss Rx(x), DWORD [Rq(base) + d]);
        }
    }

    /// Stores the float in xmm `x` (`f64_`, else f32) at [base + d].
    fn store_xmm(&mut self, x: u8, f64_: bool, base: u8, d: i32) {
        if f64_ {
            dynasm!(self.ops ; .arch x64 ; movsd QWORD [Rq(base) + d], Rx(x));
        } else {
            dynasm!(self.ops ; .arch x64 ; movss DWORD [Rq(base) + d], Rx(x));
        }
    }

    /// Extends the register `s` as `ty` says into `r`.
    fn extend_reg(&mut self, r: u8, ty: Scalar, s: u8) {
        match ty {
            Scalar::I8 => dynasm!(self.ops ; .arch x64 ; movsx Rq(r), Rb(s)),
            Scalar::U8 => dynasm!(self.ops ; .arch x64 ; movzx Rd(r), Rb(s)),
            Scalar::I16 => dynasm!(self.ops ; .arch x64 ; movsx Rq(r), Rw(s)),
            Scalar::U16 => dynasm!(self.ops ; .arch x64 ; movzx Rd(r), Rw(s)),
            Scalar::I32 => dynasm!(self.ops ; .arch x64 ; movsxd Rq(r), Rd(s)),
            Scalar::U32 | Scalar::F32 => dynasm!(self.ops ; .arch x64 ; mov Rd(r), Rd(s)),
            _ => {
                if r != s {
                    dynasm!(self.ops ; .arch x64 ; mov Rq(r), Rq(s))
                }
            }
        }
    }

    /// Sets the 64-bit register `r` to `v`.
    fn set(&mut self, r: u8, v: i64) {
        if v == 0 {
            dynasm!(self.ops ; .arch x64 ; xor Rd(r), Rd(r));
        } else if let Ok(u) = u32::try_from(v) {
            dynasm!(self.ops ; .arch x64 ; mov Rd(r), u as i32);
        } else if let Ok(s) = i32::try_from(v) {
            dynasm!(self.ops ; .arch x64 ; mov Rq(r), s);
        } else {
            dynasm!(self.ops ; .arch x64 ; mov Rq(r), QWORD v);
        }
    }

    /// Puts operand `o`, of type `ty`, into the 64-bit register `r`,
    /// extended as `ty` says (floats as raw bits).
    fn ld(&mut self, r: u8, ty: Scalar, o: Opnd) {
        match o {
            Opnd::Slot(d) => self.load_mem(r, ty, RSP, d),
            Opnd::Imm(bits) => self.set(r, extend(ty, bits)),
            Opnd::Reg(Reg {
                class: RegClass::Int,
                hw,
            }) => self.extend_reg(r, ty, hw),
            Opnd::Reg(Reg {
                class: RegClass::Float,
                hw,
            }) => {
                if ty.size() == 8 {
                    dynasm!(self.ops ; .arch x64 ; movq Rq(r), Rx(hw));
                } else {
                    dynasm!(self.ops ; .arch x64 ; movd Rd(r), Rx(hw));
                }
            }
        }
    }

    /// The 64-bit register holding operand `o` extended as `ty` says: its
    /// own when it is an integer register and needs no extending, else
    /// `scratch` loaded with it.
    fn gpr(&mut self, o: Opnd, ty: Scalar, scratch: u8) -> u8 {
        match int_reg(o) {
            Some(r) if ty.size() == 8 => r,
            _ => {
                self.ld(scratch, ty, o);
                scratch
            }
        }
    }

    /// Writes the low `size` bytes of the 64-bit register `r` to `o`.
    fn st(&mut self, o: Opnd, r: u8, size: u32) -> Result<(), String> {
        match o {
            Opnd::Slot(d) => self.store_mem(r, size, RSP, d),
            Opnd::Reg(Reg {
                class: RegClass::Int,
                hw,
            }) => {
                if hw != r {
                    dynasm!(self.ops ; .arch x64 ; mov Rq(hw), Rq(r));
                }
            }
            Opnd::Reg(Reg {
                class: RegClass::Float,
                hw,
            }) => {
                if size == 8 {
                    dynasm!(self.ops ; .arch x64 ; movq Rx(hw), Rq(r));
                } else {
                    dynasm!(self.ops ; .arch x64 ; movd Rx(hw), Rd(r));
                }
            }
            Opnd::Imm(_) => return Err("a write to a constant".into()),
        }
        Ok(())
    }

    /// Puts the float operand `o` (`f64_` or f32) into xmm register `x`.
    fn ldx(&mut self, x: u8, f64_: bool, o: Opnd) {
        match o {
            Opnd::Slot(d) => self.load_xmm(x, f64_, RSP, d),
            Opnd::Reg(Reg {
                class: RegClass::Float,
                hw,
            }) => {
                if hw != x {
                    dynasm!(self.ops ; .arch x64 ; movaps Rx(x), Rx(hw));
                }
            }
            Opnd::Reg(Reg {
                class: RegClass::Int,
                hw,
            }) => {
                if f64_ {
                    dynasm!(self.ops ; .arch x64 ; movq Rx(x), Rq(hw));
                } else {
                    dynasm!(self.ops ; .arch x64 ; movd Rx(x), Rd(hw));
                }
            }
            Opnd::Imm(bits) => {
                self.set(RAX, bits as i64);
                dynasm!(self.ops ; .arch x64 ; movq Rx(x), rax);
            }
        }
    }

    /// The xmm register holding float operand `o`: its own, or `scratch`
    /// loaded with it.
    fn xmm(&mut self, o: Opnd, f64_: bool, scratch: u8) -> u8 {
        match float_reg(o) {
            Some(x) => x,
            None => {
                self.ldx(scratch, f64_, o);
                scratch
            }
        }
    }

    /// Writes the float in xmm register `x` to `o`.
    fn stx(&mut self, o: Opnd, x: u8, f64_: bool) -> Result<(), String> {
        match o {
            Opnd::Slot(d) => self.store_xmm(x, f64_, RSP, d),
            Opnd::Reg(Reg {
                class: RegClass::Float,
                hw,
            }) => {
                if hw != x {
                    dynasm!(self.ops ; .arch x64 ; movaps Rx(hw), Rx(x));
                }
            }
            Opnd::Reg(Reg {
                class: RegClass::Int,
                hw,
            }) => {
                if f64_ {
                    dynasm!(self.ops ; .arch x64 ; movq Rq(hw), Rx(x));
                } else {
                    dynasm!(self.ops ; .arch x64 ; movd Rd(hw), Rx(x));
                }
            }
            Opnd::Imm(_) => return Err("a write to a constant".into()),
        }
        Ok(())
    }

    /// The base register of an access through pointer operand `p`: its own
    /// register, or `scratch` loaded with it.
    fn base_of(&mut self, p: Opnd, scratch: u8) -> u8 {
        self.gpr(p, Scalar::U64, scratch)
    }

    /// Copies `size` bytes from [sb + sd] to [db + dd] with memmove's
    /// semantics. Uses rax, rcx, rdx, xmm0-7, and for long copies
    /// rsi and rdi (a base in rsi or rdi is consumed first).
    fn copy(&mut self, db: u8, dd: i32, sb: u8, sd: i32, size: u32) {
        if size == 0 {
            return;
        }
        if (db == RSP || sb == RSP) && size <= 64 && size.is_multiple_of(8) {
            // Word by word when one side is a frame slot: the other side is
            // another allocation (a slot, or what a pointer reaches: never
            // part of this slot), so the two do not overlap, or are the
            // same bytes. Such values (slice headers, strings, interfaces)
            // are written a word at a time, and a wider load of several
            // just-stored words would wait for the stores to retire instead
            // of taking their data forwarded.
            for k in (0..size as i32).step_by(8) {
                let (s, d) = (sd + k, dd + k);
                dynasm!(self.ops
                    ; .arch x64
                    ; mov rax, QWORD [Rq(sb) + s]
                    ; mov QWORD [Rq(db) + d], rax
                );
            }
            return;
        }
        if size <= INLINE_COPY {
            // Load everything, then store everything.
            let n16 = size / 16;
            for i in 0..n16 {
                let (x, o) = (i as u8, sd + 16 * i as i32);
                dynasm!(self.ops ; .arch x64 ; movups Rx(x), [Rq(sb) + o]);
            }
            // The tail (under 16 bytes, so xmm7 is free: 128 bytes at most
            // means at most 7 full chunks before a tail): 8 bytes in xmm7,
            // then 4, 2 and 1 in eax, ecx and edx.
            let mut tail = Vec::new();
            let mut off = n16 * 16;
            for (piece, reg) in [(8u32, 7u8), (4, RAX), (2, RCX), (1, RDX)] {
                if size - off >= piece {
                    let o = sd + off as i32;
                    match piece {
                        8 => dynasm!(self.ops ; .arch x64 ; movq Rx(reg), QWORD [Rq(sb) + o]),
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
                let o = dd + off as i32;
                if piece == 8 {
                    dynasm!(self.ops ; .arch x64 ; movq QWORD [Rq(db) + o], Rx(reg));
                } else {
                    self.store_mem(reg, piece, db, o);
                }
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
    fn zero_mem(&mut self, dd: i32, size: u32) {
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
                    self.store_mem(RAX, piece, RSP, dd + off as i32);
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

    /// `op r, b` for the operations whose low bits depend only on the
    /// operands' low bits (add, sub, mul, and, or, xor, and-not).
    fn alu(&mut self, op: BinOp, ty: Scalar, r: u8, b: Opnd) -> Result<(), String> {
        if let Opnd::Imm(bits) = b {
            // A multiplication by 2^k is a shift (the low bits agree).
            if op == BinOp::Mul && bits > 1 && bits.is_power_of_two() && bits < 1 << 32 {
                let k = bits.trailing_zeros() as i8;
                dynasm!(self.ops ; .arch x64 ; shl Rq(r), k);
                return Ok(());
            }
            let bits = if op == BinOp::AndNot { !bits } else { bits };
            if let Some(i) = imm32(ty.size(), bits) {
                match op {
                    BinOp::Add => dynasm!(self.ops ; .arch x64 ; add Rq(r), i),
                    BinOp::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(r), i),
                    BinOp::Mul => dynasm!(self.ops ; .arch x64 ; imul Rq(r), Rq(r), i),
                    BinOp::And | BinOp::AndNot => dynasm!(self.ops ; .arch x64 ; and Rq(r), i),
                    BinOp::Or => dynasm!(self.ops ; .arch x64 ; or Rq(r), i),
                    BinOp::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(r), i),
                    _ => return Err(format!("{op:?} is not an ALU operation")),
                }
                return Ok(());
            }
        }
        let s = match (b, ty.size()) {
            (Opnd::Slot(d), 8) if op != BinOp::AndNot => {
                match op {
                    BinOp::Add => dynasm!(self.ops ; .arch x64 ; add Rq(r), QWORD [rsp + d]),
                    BinOp::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(r), QWORD [rsp + d]),
                    BinOp::Mul => dynasm!(self.ops ; .arch x64 ; imul Rq(r), QWORD [rsp + d]),
                    BinOp::And => dynasm!(self.ops ; .arch x64 ; and Rq(r), QWORD [rsp + d]),
                    BinOp::Or => dynasm!(self.ops ; .arch x64 ; or Rq(r), QWORD [rsp + d]),
                    BinOp::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(r), QWORD [rsp + d]),
                    _ => return Err(format!("{op:?} is not an ALU operation")),
                }
                return Ok(());
            }
            _ => match int_reg(b) {
                Some(s) if op != BinOp::AndNot => s,
                _ => {
                    self.ld(RCX, raw(ty.size()), b);
                    RCX
                }
            },
        };
        match op {
            BinOp::Add => dynasm!(self.ops ; .arch x64 ; add Rq(r), Rq(s)),
            BinOp::Sub => dynasm!(self.ops ; .arch x64 ; sub Rq(r), Rq(s)),
            BinOp::Mul => dynasm!(self.ops ; .arch x64 ; imul Rq(r), Rq(s)),
            BinOp::And => dynasm!(self.ops ; .arch x64 ; and Rq(r), Rq(s)),
            BinOp::Or => dynasm!(self.ops ; .arch x64 ; or Rq(r), Rq(s)),
            BinOp::Xor => dynasm!(self.ops ; .arch x64 ; xor Rq(r), Rq(s)),
            BinOp::AndNot => dynasm!(self.ops ; .arch x64 ; not Rq(s) ; and Rq(r), Rq(s)),
            _ => return Err(format!("{op:?} is not an ALU operation")),
        }
        Ok(())
    }

    /// Division, remainder and shifts, computed in rax from rax (`a`,
    /// extended) and rcx (`b`).
    fn int_special(
        &mut self,
        op: BinOp,
        ty: Scalar,
        dst: Opnd,
        a: Opnd,
        b: Opnd,
    ) -> Result<(), String> {
        let signed = ty.is_signed();
        if let (BinOp::Div | BinOp::Rem, Opnd::Imm(c)) = (op, b) {
            let c = extend(ty, c);
            if c > 1 && c.count_ones() == 1 {
                return self.div_pow2(op, ty, dst, a, c.trailing_zeros() as i8);
            }
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            if let Opnd::Imm(c) = b {
                // A constant count needs no fixing below the width.
                let wide = c >= 64;
                match op {
                    BinOp::Shl if wide => self.set(RAX, 0),
                    BinOp::Shl => {
                        self.ld(RAX, raw(ty.size()), a);
                        dynasm!(self.ops ; .arch x64 ; shl rax, c as i8);
                    }
                    _ if signed => {
                        self.ld(RAX, ty, a);
                        let c = c.min(63) as i8;
                        dynasm!(self.ops ; .arch x64 ; sar rax, c);
                    }
                    _ if wide => self.set(RAX, 0),
                    _ => {
                        self.ld(RAX, ty, a);
                        dynasm!(self.ops ; .arch x64 ; shr rax, c as i8);
                    }
                }
                return self.st(dst, RAX, ty.size());
            }
            // The count is a whole word (IR: BinOp::Shl).
            self.ld(RCX, Scalar::U64, b);
        } else {
            self.ld(RCX, ty, b);
        }
        self.ld(RAX, ty, a);
        match op {
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
            _ => return Err(format!("{op:?} is not a special operation")),
        }
        self.st(dst, RAX, ty.size())
    }

    /// Division and remainder by 2^k (k >= 1) as shifts and masks, as gc
    /// does: a signed dividend is first biased by 2^k - 1 when negative,
    /// so that the quotient truncates toward zero.
    fn div_pow2(&mut self, op: BinOp, ty: Scalar, dst: Opnd, a: Opnd, k: i8) -> Result<(), String> {
        self.ld(RAX, ty, a);
        let mask = (1i64 << k) - 1;
        if !ty.is_signed() {
            if op == BinOp::Div {
                dynasm!(self.ops ; .arch x64 ; shr rax, k);
            } else if let Ok(m) = i32::try_from(mask) {
                dynasm!(self.ops ; .arch x64 ; and rax, m);
            } else {
                dynasm!(self.ops ; .arch x64 ; mov rcx, QWORD mask ; and rax, rcx);
            }
            return self.st(dst, RAX, ty.size());
        }
        // rcx = a < 0 ? 2^k - 1 : 0
        let back = 64 - k;
        dynasm!(self.ops
            ; .arch x64
            ; mov rcx, rax
            ; sar rcx, 63
            ; shr rcx, back
            ; add rcx, rax
        );
        if op == BinOp::Div {
            dynasm!(self.ops ; .arch x64 ; sar rcx, k ; mov rax, rcx);
        } else {
            // a - (a + bias) with its low k bits cleared
            dynasm!(self.ops ; .arch x64 ; sar rcx, k ; shl rcx, k ; sub rax, rcx);
        }
        self.st(dst, RAX, ty.size())
    }

    fn float_bin(
        &mut self,
        op: BinOp,
        ty: Scalar,
        dst: Opnd,
        a: Opnd,
        b: Opnd,
    ) -> Result<(), String> {
        let f64_ = ty == Scalar::F64;
        if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div) {
            return Err(format!("{op:?} of {}", ty.name()));
        }
        // d = a op d, when op commutes: d = d op a.
        let (a, b) = match float_reg(dst) {
            Some(d)
                if matches!(op, BinOp::Add | BinOp::Mul)
                    && float_reg(b) == Some(d)
                    && float_reg(a) != Some(d) =>
            {
                (b, a)
            }
            _ => (a, b),
        };
        // The register computed in: the destination's own, unless it holds
        // `b` (which the first move would overwrite).
        let d = match float_reg(dst) {
            Some(d) if Some(d) != float_reg(b) || float_reg(a) == Some(d) => d,
            _ => XMM0,
        };
        self.ldx(d, f64_, a);
        match b {
            Opnd::Slot(m) => match (op, f64_) {
                (BinOp::Add, true) => dynasm!(self.ops ; .arch x64 ; addsd Rx(d), QWORD [rsp + m]),
                (BinOp::Sub, true) => dynasm!(self.ops ; .arch x64 ; subsd Rx(d), QWORD [rsp + m]),
                (BinOp::Mul, true) => dynasm!(self.ops ; .arch x64 ; mulsd Rx(d), QWORD [rsp + m]),
                (BinOp::Div, true) => dynasm!(self.ops ; .arch x64 ; divsd Rx(d), QWORD [rsp + m]),
                (BinOp::Add, _) => dynasm!(self.ops ; .arch x64 ; addss Rx(d), DWORD [rsp + m]),
                (BinOp::Sub, _) => dynasm!(self.ops ; .arch x64 ; subss Rx(d), DWORD [rsp + m]),
                (BinOp::Mul, _) => dynasm!(self.ops ; .arch x64 ; mulss Rx(d), DWORD [rsp + m]),
                _ => dynasm!(self.ops ; .arch x64 ; divss Rx(d), DWORD [rsp + m]),
            },
            _ => {
                let s = self.xmm(b, f64_, XMM1);
                match (op, f64_) {
                    (BinOp::Add, true) => dynasm!(self.ops ; .arch x64 ; addsd Rx(d), Rx(s)),
                    (BinOp::Sub, true) => dynasm!(self.ops ; .arch x64 ; subsd Rx(d), Rx(s)),
                    (BinOp::Mul, true) => dynasm!(self.ops ; .arch x64 ; mulsd Rx(d), Rx(s)),
                    (BinOp::Div, true) => dynasm!(self.ops ; .arch x64 ; divsd Rx(d), Rx(s)),
                    (BinOp::Add, _) => dynasm!(self.ops ; .arch x64 ; addss Rx(d), Rx(s)),
                    (BinOp::Sub, _) => dynasm!(self.ops ; .arch x64 ; subss Rx(d), Rx(s)),
                    (BinOp::Mul, _) => dynasm!(self.ops ; .arch x64 ; mulss Rx(d), Rx(s)),
                    _ => dynasm!(self.ops ; .arch x64 ; divss Rx(d), Rx(s)),
                }
            }
        }
        self.stx(dst, d, f64_)
    }

    /// Compares two integer operands of type `ty`; the condition to test.
    fn int_compare(&mut self, op: CmpOp, ty: Scalar, a: Opnd, b: Opnd) -> Cc {
        let (op, a, b) = match (a, b) {
            (Opnd::Imm(_), Opnd::Imm(_)) => (op, a, b),
            (Opnd::Imm(_), _) => (mirror(op), b, a),
            _ => (op, a, b),
        };
        let ra = self.gpr(a, ty, RAX);
        match b {
            Opnd::Imm(bits) => match i32::try_from(extend(ty, bits)) {
                Ok(i) => dynasm!(self.ops ; .arch x64 ; cmp Rq(ra), i),
                Err(_) => {
                    self.ld(RCX, ty, b);
                    dynasm!(self.ops ; .arch x64 ; cmp Rq(ra), rcx);
                }
            },
            Opnd::Slot(d) if ty.size() == 8 => {
                dynasm!(self.ops ; .arch x64 ; cmp Rq(ra), QWORD [rsp + d])
            }
            _ => {
                let rb = self.gpr(b, ty, RCX);
                dynasm!(self.ops ; .arch x64 ; cmp Rq(ra), Rq(rb));
            }
        }
        Cc::of(op, ty.is_signed())
    }

    /// `ucomisd x, o` (or ucomiss): `x` a register, `o` a register or slot.
    fn ucomi(&mut self, f64_: bool, x: u8, o: Opnd) {
        match o {
            Opnd::Slot(d) => {
                if f64_ {
                    dynasm!(self.ops ; .arch x64 ; ucomisd Rx(x), QWORD [rsp + d]);
                } else {
                    dynasm!(self.ops ; .arch x64 ; ucomiss Rx(x), DWORD [rsp + d]);
                }
            }
            _ => {
                let y = self.xmm(o, f64_, XMM1);
                if f64_ {
                    dynasm!(self.ops ; .arch x64 ; ucomisd Rx(x), Rx(y));
                } else {
                    dynasm!(self.ops ; .arch x64 ; ucomiss Rx(x), Rx(y));
                }
            }
        }
    }

    /// Compares two float operands for `op`. ucomisd sets ZF, PF and CF
    /// for unordered (NaN) operands: `a` (CF=0 and ZF=0) and `ae` (CF=0)
    /// are false then, so < and <= swap the operands rather than use
    /// `b`/`be`. The condition to test; Eq and Ne also need PF.
    fn float_compare(&mut self, op: CmpOp, ty: Scalar, a: Opnd, b: Opnd) -> Cc {
        let f64_ = ty == Scalar::F64;
        let (first, second) = match op {
            CmpOp::Lt | CmpOp::Le => (b, a),
            _ => (a, b),
        };
        let x = self.xmm(first, f64_, XMM0);
        self.ucomi(f64_, x, second);
        match op {
            CmpOp::Eq => Cc::E,
            CmpOp::Ne => Cc::Ne,
            CmpOp::Lt | CmpOp::Gt => Cc::A,
            CmpOp::Le | CmpOp::Ge => Cc::Ae,
        }
    }

    fn setcc(&mut self, cc: Cc, r: u8) {
        match cc {
            Cc::E => dynasm!(self.ops ; .arch x64 ; sete Rb(r)),
            Cc::Ne => dynasm!(self.ops ; .arch x64 ; setne Rb(r)),
            Cc::L => dynasm!(self.ops ; .arch x64 ; setl Rb(r)),
            Cc::Le => dynasm!(self.ops ; .arch x64 ; setle Rb(r)),
            Cc::G => dynasm!(self.ops ; .arch x64 ; setg Rb(r)),
            Cc::Ge => dynasm!(self.ops ; .arch x64 ; setge Rb(r)),
            Cc::B => dynasm!(self.ops ; .arch x64 ; setb Rb(r)),
            Cc::Be => dynasm!(self.ops ; .arch x64 ; setbe Rb(r)),
            Cc::A => dynasm!(self.ops ; .arch x64 ; seta Rb(r)),
            Cc::Ae => dynasm!(self.ops ; .arch x64 ; setae Rb(r)),
        }
    }

    fn jcc(&mut self, cc: Cc, to: DynamicLabel) {
        match cc {
            Cc::E => dynasm!(self.ops ; .arch x64 ; je =>to),
            Cc::Ne => dynasm!(self.ops ; .arch x64 ; jne =>to),
            Cc::L => dynasm!(self.ops ; .arch x64 ; jl =>to),
            Cc::Le => dynasm!(self.ops ; .arch x64 ; jle =>to),
            Cc::G => dynasm!(self.ops ; .arch x64 ; jg =>to),
            Cc::Ge => dynasm!(self.ops ; .arch x64 ; jge =>to),
            Cc::B => dynasm!(self.ops ; .arch x64 ; jb =>to),
            Cc::Be => dynasm!(self.ops ; .arch x64 ; jbe =>to),
            Cc::A => dynasm!(self.ops ; .arch x64 ; ja =>to),
            Cc::Ae => dynasm!(self.ops ; .arch x64 ; jae =>to),
        }
    }

    fn label(&self, l: Label) -> Result<DynamicLabel, String> {
        self.labels
            .get(l.0 as usize)
            .copied()
            .ok_or_else(|| format!("unknown label {}", l.0))
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
}

impl MachOps for X64Ops<'_> {
    const RETURN_ADDRESS: u32 = 8;

    fn allocatable(class: RegClass) -> &'static [u8] {
        match class {
            RegClass::Int => INT_REGS,
            RegClass::Float => FLOAT_REGS,
        }
    }

    fn prologue(
        code: &mut CodeBuf,
        frame: FrameInfo,
        rt: &RuntimeAddrs,
    ) -> Result<PrologueOffsets, EmitError> {
        super::prologue::emit_prologue(code, frame, rt)
    }

    fn offset(&self) -> usize {
        self.ops.offset().0
    }

    fn new_label(&mut self) -> Label {
        let l = self.ops.new_dynamic_label();
        self.labels.push(l);
        Label(self.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let l = self.labels[l.0 as usize];
        dynasm!(self.ops ; .arch x64 ; =>l);
    }

    fn imm(&mut self, dst: Opnd, ty: Scalar, bits: u64) -> Result<(), String> {
        match dst {
            Opnd::Slot(d) => match ty.size() {
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
            },
            Opnd::Reg(Reg {
                class: RegClass::Int,
                hw,
            }) => self.set(hw, extend(raw(ty.size()), bits)),
            Opnd::Reg(Reg {
                class: RegClass::Float,
                hw,
            }) => {
                if extend(raw(ty.size()), bits) == 0 {
                    dynasm!(self.ops ; .arch x64 ; xorps Rx(hw), Rx(hw));
                } else {
                    self.ldx(hw, ty.size() == 8, Opnd::Imm(bits));
                }
            }
            Opnd::Imm(_) => return Err("a write to a constant".into()),
        }
        Ok(())
    }

    fn bin(&mut self, op: BinOp, ty: Scalar, dst: Opnd, a: Opnd, b: Opnd) -> Result<(), String> {
        if ty.is_float() {
            return self.float_bin(op, ty, dst, a, b);
        }
        if matches!(op, BinOp::Div | BinOp::Rem | BinOp::Shl | BinOp::Shr) {
            return self.int_special(op, ty, dst, a, b);
        }
        let commutes = matches!(
            op,
            BinOp::Add | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor
        );
        let (a, b) = if commutes && matches!(a, Opnd::Imm(_)) {
            (b, a)
        } else {
            (a, b)
        };
        match int_reg(dst) {
            // d = d op b
            Some(d) if int_reg(a) == Some(d) => self.alu(op, ty, d, b),
            // d = a op d: the other way round when it commutes, else
            // computed aside
            Some(d) if int_reg(b) == Some(d) && commutes => self.alu(op, ty, d, a),
            Some(d) if int_reg(b) != Some(d) => {
                self.ld(d, raw(ty.size()), a);
                self.alu(op, ty, d, b)
            }
            _ => {
                self.ld(RAX, raw(ty.size()), a);
                self.alu(op, ty, RAX, b)?;
                self.st(dst, RAX, ty.size())
            }
        }
    }

    fn un(&mut self, op: UnOp, ty: Scalar, dst: Opnd, a: Opnd) -> Result<(), String> {
        match (op, ty) {
            // Negating a float flips its sign bit, NaNs and zeros included.
            (UnOp::Neg, Scalar::F64) => {
                self.ld(RAX, Scalar::U64, a);
                dynasm!(self.ops ; .arch x64 ; btc rax, 63);
                self.st(dst, RAX, 8)
            }
            (UnOp::Neg, Scalar::F32) => {
                self.ld(RAX, Scalar::U32, a);
                dynasm!(self.ops ; .arch x64 ; xor eax, 0x8000_0000u32 as i32);
                self.st(dst, RAX, 4)
            }
            (UnOp::Not, Scalar::F32 | Scalar::F64) => Err(format!("complement of {}", ty.name())),
            (UnOp::Sqrt, Scalar::F32 | Scalar::F64) => {
                let f64_ = ty == Scalar::F64;
                let d = float_reg(dst).unwrap_or(XMM0);
                match (a, f64_) {
                    (Opnd::Slot(m), true) => {
                        dynasm!(self.ops ; .arch x64 ; sqrtsd Rx(d), QWORD [rsp + m])
                    }
                    (Opnd::Slot(m), false) => {
                        dynasm!(self.ops ; .arch x64 ; sqrtss Rx(d), DWORD [rsp + m])
                    }
                    _ => {
                        let s = self.xmm(a, f64_, XMM1);
                        if f64_ {
                            dynasm!(self.ops ; .arch x64 ; sqrtsd Rx(d), Rx(s));
                        } else {
                            dynasm!(self.ops ; .arch x64 ; sqrtss Rx(d), Rx(s));
                        }
                    }
                }
                self.stx(dst, d, f64_)
            }
            (UnOp::Sqrt, _) => Err(format!("square root of {}", ty.name())),
            _ => {
                let r = int_reg(dst).unwrap_or(RAX);
                self.ld(r, raw(ty.size()), a);
                match op {
                    UnOp::Neg => dynasm!(self.ops ; .arch x64 ; neg Rq(r)),
                    _ => dynasm!(self.ops ; .arch x64 ; not Rq(r)),
                }
                self.st(dst, r, ty.size())
            }
        }
    }

    fn cmp(&mut self, op: CmpOp, ty: Scalar, dst: Opnd, a: Opnd, b: Opnd) -> Result<(), String> {
        if ty.is_float() {
            let cc = self.float_compare(op, ty, a, b);
            match op {
                CmpOp::Eq => dynasm!(self.ops ; .arch x64 ; sete al ; setnp cl ; and al, cl),
                CmpOp::Ne => dynasm!(self.ops ; .arch x64 ; setne al ; setp cl ; or al, cl),
                _ => self.setcc(cc, RAX),
            }
            return self.st(dst, RAX, 1);
        }
        let cc = self.int_compare(op, ty, a, b);
        let r = int_reg(dst).unwrap_or(RAX);
        self.setcc(cc, r);
        self.st(dst, r, 1)
    }

    fn cmp_jump(
        &mut self,
        op: CmpOp,
        ty: Scalar,
        a: Opnd,
        b: Opnd,
        when: bool,
        to: Label,
    ) -> Result<(), String> {
        let to = self.label(to)?;
        if !ty.is_float() {
            let cc = self.int_compare(op, ty, a, b);
            self.jcc(if when { cc } else { cc.not() }, to);
            return Ok(());
        }
        let cc = self.float_compare(op, ty, a, b);
        // Unordered operands set PF: equal only when ZF and not PF.
        match (op, when) {
            (CmpOp::Eq, true) | (CmpOp::Ne, false) => {
                dynasm!(self.ops ; .arch x64 ; jp >skip ; je =>to ; skip:)
            }
            (CmpOp::Eq, false) | (CmpOp::Ne, true) => {
                dynasm!(self.ops ; .arch x64 ; jp =>to ; jne =>to)
            }
            // `a` and `ae` are false on unordered operands, their
            // negations `be` and `b` true: exactly "not (a op b)".
            (_, true) => self.jcc(cc, to),
            (_, false) => self.jcc(cc.not(), to),
        }
        Ok(())
    }

    fn test_jump(&mut self, cond: Opnd, nonzero: bool, to: Label) -> Result<(), String> {
        let to = self.label(to)?;
        match cond {
            Opnd::Imm(bits) => {
                if ((bits & 0xff) != 0) == nonzero {
                    dynasm!(self.ops ; .arch x64 ; jmp =>to);
                }
                return Ok(());
            }
            Opnd::Slot(d) => dynasm!(self.ops ; .arch x64 ; cmp BYTE [rsp + d], 0),
            Opnd::Reg(_) => {
                let r = match int_reg(cond) {
                    Some(r) => r,
                    None => {
                        self.ld(RAX, Scalar::U8, cond);
                        RAX
                    }
                };
                dynasm!(self.ops ; .arch x64 ; test Rb(r), Rb(r));
            }
        }
        self.jcc(if nonzero { Cc::Ne } else { Cc::E }, to);
        Ok(())
    }

    fn jump(&mut self, to: Label) {
        let to = self.labels[to.0 as usize];
        dynasm!(self.ops ; .arch x64 ; jmp =>to);
    }

    fn conv(&mut self, from: Scalar, to: Scalar, dst: Opnd, a: Opnd) -> Result<(), String> {
        match (from.is_float(), to.is_float()) {
            (false, false) => {
                // Extend as the source says, keep as many bytes as the
                // destination has.
                let r = int_reg(dst).unwrap_or(RAX);
                self.ld(r, from, a);
                self.st(dst, r, to.size())
            }
            (false, true) => {
                let single = to == Scalar::F32;
                let x = float_reg(dst).unwrap_or(XMM0);
                self.ld(RAX, from, a);
                if from == Scalar::U64 {
                    // cvtsi2sd is signed: a value with the top bit set is
                    // halved (keeping the low bit, so rounding is still
                    // correct), converted and doubled.
                    if single {
                        dynasm!(self.ops
                            ; .arch x64
                            ; test rax, rax
                            ; js >big
                            ; cvtsi2ss Rx(x), rax
                            ; jmp >done
                            ; big:
                            ; mov rcx, rax
                            ; shr rcx, 1
                            ; and eax, 1
                            ; or rcx, rax
                            ; cvtsi2ss Rx(x), rcx
                            ; addss Rx(x), Rx(x)
                            ; done:
                        );
                    } else {
                        dynasm!(self.ops
                            ; .arch x64
                            ; test rax, rax
                            ; js >big
                            ; cvtsi2sd Rx(x), rax
                            ; jmp >done
                            ; big:
                            ; mov rcx, rax
                            ; shr rcx, 1
                            ; and eax, 1
                            ; or rcx, rax
                            ; cvtsi2sd Rx(x), rcx
                            ; addsd Rx(x), Rx(x)
                            ; done:
                        );
                    }
                } else if single {
                    // Narrower unsigned values are zero-extended, hence
                    // non-negative as a signed 64-bit number.
                    dynasm!(self.ops ; .arch x64 ; cvtsi2ss Rx(x), rax);
                } else {
                    dynasm!(self.ops ; .arch x64 ; cvtsi2sd Rx(x), rax);
                }
                self.stx(dst, x, !single)
            }
            (true, false) => {
                if from == Scalar::F32 {
                    match a {
                        Opnd::Slot(d) => {
                            dynasm!(self.ops ; .arch x64 ; cvtss2sd xmm0, DWORD [rsp + d])
                        }
                        _ => {
                            let s = self.xmm(a, false, XMM0);
                            dynasm!(self.ops ; .arch x64 ; cvtss2sd xmm0, Rx(s));
                        }
                    }
                } else {
                    self.ldx(XMM0, true, a);
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
                self.st(dst, RAX, to.size())
            }
            (true, true) => {
                let x = float_reg(dst).unwrap_or(XMM0);
                match (from, to) {
                    (Scalar::F64, Scalar::F32) => match a {
                        Opnd::Slot(d) => {
                            dynasm!(self.ops ; .arch x64 ; cvtsd2ss Rx(x), QWORD [rsp + d])
                        }
                        _ => {
                            let s = self.xmm(a, true, XMM1);
                            dynasm!(self.ops ; .arch x64 ; cvtsd2ss Rx(x), Rx(s));
                        }
                    },
                    (Scalar::F32, Scalar::F64) => match a {
                        Opnd::Slot(d) => {
                            dynasm!(self.ops ; .arch x64 ; cvtss2sd Rx(x), DWORD [rsp + d])
                        }
                        _ => {
                            let s = self.xmm(a, false, XMM1);
                            dynasm!(self.ops ; .arch x64 ; cvtss2sd Rx(x), Rx(s));
                        }
                    },
                    _ => return self.mov(dst, a, from.size()),
                }
                self.stx(dst, x, to == Scalar::F64)
            }
        }
    }

    fn addr(&mut self, dst: Opnd, addr: u64) -> Result<(), String> {
        let r = int_reg(dst).unwrap_or(RAX);
        dynasm!(self.ops ; .arch x64 ; mov Rq(r), QWORD addr as i64);
        self.st(dst, r, 8)
    }

    fn frame_addr(&mut self, dst: Opnd, slot: i32) -> Result<(), String> {
        let r = int_reg(dst).unwrap_or(RAX);
        dynasm!(self.ops ; .arch x64 ; lea Rq(r), [rsp + slot]);
        self.st(dst, r, 8)
    }

    fn index_addr(
        &mut self,
        dst: Opnd,
        base: IndexBase,
        index: Opnd,
        scale: u8,
    ) -> Result<(), String> {
        let x = self.gpr(index, Scalar::U64, RCX);
        let (b, d) = match base {
            IndexBase::Frame(d) => (RSP, d),
            IndexBase::Value(p) => (self.gpr(p, Scalar::U64, RAX), 0),
        };
        let r = int_reg(dst).unwrap_or(RAX);
        match scale {
            1 => dynasm!(self.ops ; .arch x64 ; lea Rq(r), [Rq(b) + Rq(x) + d]),
            2 => dynasm!(self.ops ; .arch x64 ; lea Rq(r), [Rq(b) + Rq(x) * 2 + d]),
            4 => dynasm!(self.ops ; .arch x64 ; lea Rq(r), [Rq(b) + Rq(x) * 4 + d]),
            8 => dynasm!(self.ops ; .arch x64 ; lea Rq(r), [Rq(b) + Rq(x) * 8 + d]),
            _ => return Err(format!("an index scaled by {scale}")),
        }
        self.st(dst, r, 8)
    }

    fn load(&mut self, dst: Opnd, ptr: Opnd, off: i32, size: u32) -> Result<(), String> {
        let p = self.base_of(ptr, RSI);
        match dst {
            Opnd::Slot(d) => self.copy(RSP, d, p, off, size),
            Opnd::Reg(Reg {
                class: RegClass::Int,
                hw,
            }) => self.load_mem(hw, raw(size), p, off),
            Opnd::Reg(Reg {
                class: RegClass::Float,
                hw,
            }) => self.load_xmm(hw, size == 8, p, off),
            Opnd::Imm(_) => return Err("a write to a constant".into()),
        }
        Ok(())
    }

    fn store(&mut self, ptr: Opnd, off: i32, src: Opnd, size: u32) -> Result<(), String> {
        let p = self.base_of(ptr, RDI);
        match src {
            Opnd::Slot(s) => self.copy(p, off, RSP, s, size),
            Opnd::Reg(Reg {
                class: RegClass::Int,
                hw,
            }) => self.store_mem(hw, size, p, off),
            Opnd::Reg(Reg {
                class: RegClass::Float,
                hw,
            }) => self.store_xmm(hw, size == 8, p, off),
            Opnd::Imm(bits) => match (size, imm32(size, bits)) {
                (1, _) => dynasm!(self.ops ; .arch x64 ; mov BYTE [Rq(p) + off], bits as i8),
                (2, _) => dynasm!(self.ops ; .arch x64 ; mov WORD [Rq(p) + off], bits as i16),
                (4, _) => dynasm!(self.ops ; .arch x64 ; mov DWORD [Rq(p) + off], bits as i32),
                (_, Some(i)) => dynasm!(self.ops ; .arch x64 ; mov QWORD [Rq(p) + off], i),
                _ => {
                    self.set(RAX, bits as i64);
                    self.store_mem(RAX, size, p, off);
                }
            },
        }
        Ok(())
    }

    fn mov(&mut self, dst: Opnd, src: Opnd, size: u32) -> Result<(), String> {
        match (dst, src) {
            (Opnd::Slot(d), Opnd::Slot(s)) => {
                if d != s {
                    self.copy(RSP, d, RSP, s, size);
                }
                Ok(())
            }
            (_, Opnd::Imm(bits)) => self.imm(dst, raw(size), bits),
            (Opnd::Reg(r), _) if r.class == RegClass::Float && matches!(size, 4 | 8) => {
                self.ldx(r.hw, size == 8, src);
                Ok(())
            }
            (_, Opnd::Reg(r)) if r.class == RegClass::Float && matches!(size, 4 | 8) => {
                self.stx(dst, r.hw, size == 8)
            }
            (Opnd::Slot(d), Opnd::Reg(r)) => {
                self.store_mem(r.hw, size, RSP, d);
                Ok(())
            }
            _ => {
                let r = int_reg(dst).unwrap_or(RAX);
                self.ld(r, raw(size), src);
                self.st(dst, r, size)
            }
        }
    }

    fn zero(&mut self, dst: Opnd, size: u32) -> Result<(), String> {
        match dst {
            Opnd::Slot(d) => {
                self.zero_mem(d, size);
                Ok(())
            }
            _ => self.imm(dst, raw(size), 0),
        }
    }

    fn spill(&mut self, s: Spill) {
        let (r, d) = (s.reg.hw, s.slot);
        match s.reg.class {
            RegClass::Int => self.store_mem(r, 8, RSP, d),
            RegClass::Float => self.store_xmm(r, true, RSP, d),
        }
    }

    fn reload(&mut self, s: Spill) {
        let (r, d) = (s.reg.hw, s.slot);
        match s.reg.class {
            RegClass::Int => self.load_mem(r, Scalar::U64, RSP, d),
            RegClass::Float => self.load_xmm(r, true, RSP, d),
        }
    }

    fn call_func(&mut self, f: FuncId) {
        // call rel32, patched when every function has its address.
        self.ops.push(0xe8);
        let at = self.ops.offset().0;
        self.ops.push_i32(0);
        self.calls.push((at, f));
    }

    fn call_closure(&mut self, fv: Opnd) -> Result<(), String> {
        self.ld(3, Scalar::U64, fv);
        dynasm!(self.ops ; .arch x64 ; call QWORD [rbx]);
        Ok(())
    }

    fn call_runtime(&mut self, id: u32) -> Result<(), String> {
        self.runtime_call(id)
    }

    fn preempt_check(&mut self, spills: &[Spill]) -> Result<usize, String> {
        // cmp qword [r14 + STACKGUARD0], StackPreempt (sign-extended
        // imm32); the call parks the goroutine with g.sched here.
        let skip = self.ops.new_dynamic_label();
        dynasm!(self.ops
            ; .arch x64
            ; cmp QWORD [r14 + g::off(Word::W8, g::STACKGUARD0) as i32], STACK_PREEMPT_NEG as i32
            ; jne =>skip
        );
        for &s in spills {
            self.spill(s);
        }
        self.runtime_call(Service::Preempt.id())?;
        let ret = self.offset();
        for &s in spills {
            self.reload(s);
        }
        dynasm!(self.ops ; .arch x64 ; =>skip);
        Ok(ret)
    }

    fn slice_copy(&mut self) -> Result<(), String> {
        // Service::Copy's frame: element size, the destination slice (3
        // words), the source slice (3 words); the count after them.
        let f = Service::Copy.frame();
        if f.results_at(8) != 56 {
            return Err("Service::Copy's frame is not the one slice_copy reads".into());
        }
        dynasm!(self.ops
            ; .arch x64
            ; mov rcx, [rsp + 16]       // len(dst)
            ; mov rax, [rsp + 40]       // len(src)
            ; cmp rax, rcx
            ; cmovb rcx, rax            // n = min
            ; mov [rsp + 56], rcx
            ; imul rcx, [rsp]           // bytes
            ; test rcx, rcx
            ; jz >done
            ; mov rdi, [rsp + 8]
            ; mov rsi, [rsp + 32]
            ; cmp rdi, rsi
            ; je >done
            ; jb >forward
            ; lea rax, [rsi + rcx]
            ; cmp rdi, rax
            ; jae >forward
            // The destination overlaps the end of the source: backwards.
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
        Ok(())
    }

    fn save_context(&mut self, slot: i32) {
        dynasm!(self.ops ; .arch x64 ; mov QWORD [rsp + slot], rbx);
    }

    fn ret(&mut self, frame_size: u32) {
        let f = frame_size as i32;
        if f > 0 {
            dynasm!(self.ops ; .arch x64 ; add rsp, f);
        }
        dynasm!(self.ops ; .arch x64 ; ret);
    }

    fn unreachable(&mut self) {
        dynasm!(self.ops ; .arch x64 ; ud2);
    }

    fn nop(&mut self) {
        dynasm!(self.ops ; .arch x64 ; nop);
    }

    fn calls(&self) -> &[(usize, FuncId)] {
        &self.calls
    }

    fn finish(self, code: &mut CodeBuf) -> Result<(), EmitError> {
        code.commit(self.ops).map(|_| ())
    }
}
