//! The machine layer: what the architecture-neutral code generator
//! (`codegen.rs`) asks of a machine, one IR instruction at a time, over
//! operands that are frame slots, registers or immediates.
//!
//! The code generator decides everything that does not depend on the
//! instruction set: the frame layout, which values live in registers
//! (`regalloc/`), where values are saved around safepoints, block order,
//! the line table and call fixups. A machine ([`MachOps`]) only selects and
//! encodes instructions for operands it is handed, using its own scratch
//! registers, which the allocator never hands out. amd64 implements it in
//! `x64/ops.rs`; 386 and arm64 implement the same trait, so no backend is
//! a copy of another (see docs/codegen.md, "The machine layer").
//!
//! A register operand holds a value of the instruction's scalar type in its
//! low bytes; the bits above are unspecified, so a machine extends a
//! narrow value itself where an operation depends on the high bits
//! (division, right shift, comparison, conversion).

use splitgo_lang::ir::{BinOp, CmpOp, FuncId, Scalar, UnOp};

use crate::backend::{CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs};

/// The two register files the allocator hands out registers from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegClass {
    /// Integers and pointers.
    Int,
    /// Floating point.
    Float,
}

/// A machine register, by class and the machine's own number for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg {
    pub class: RegClass,
    pub hw: u8,
}

/// An instruction operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opnd {
    /// Memory at this displacement from the stack pointer in the body.
    Slot(i32),
    Reg(Reg),
    /// A constant (integers only), truncated to the instruction's scalar.
    Imm(u64),
}

/// A value saved to its frame slot around a safepoint and loaded back
/// after it (DESIGN §4: across a call every live value is in the frame).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spill {
    pub reg: Reg,
    /// The slot's displacement from the stack pointer.
    pub slot: i32,
}

/// The base of an indexed address ([`MachOps::index_addr`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndexBase {
    /// The address of the frame slot at this displacement.
    Frame(i32),
    /// A pointer value.
    Value(Opnd),
}

/// A place in the code, created by [`MachOps::new_label`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

/// The machine operations the code generator emits a function with.
/// Errors are messages for the instruction at hand (an operand the machine
/// cannot encode, a frame out of range).
pub trait MachOps {
    /// Bytes between the frame and the caller's outgoing area: the return
    /// address a call pushes (amd64: 8), 0 where it stays in a register.
    const RETURN_ADDRESS: u32;

    /// Emits the split-check prologue of a frame (DESIGN §5).
    fn prologue(
        code: &mut CodeBuf,
        frame: FrameInfo,
        rt: &RuntimeAddrs,
    ) -> Result<PrologueOffsets, EmitError>;

    /// Registers the allocator may hand out, per class: none of them is a
    /// scratch register of this machine, none holds `g` or the stack
    /// pointer.
    fn allocatable(class: RegClass) -> &'static [u8];

    /// The offset of the next byte emitted, from the function's body start.
    fn offset(&self) -> usize;
    fn new_label(&mut self) -> Label;
    fn bind(&mut self, l: Label);

    /// dst = bits.
    fn imm(&mut self, dst: Opnd, ty: Scalar, bits: u64) -> Result<(), String>;
    /// dst = a op b.
    fn bin(&mut self, op: BinOp, ty: Scalar, dst: Opnd, a: Opnd, b: Opnd) -> Result<(), String>;
    /// dst = op a.
    fn un(&mut self, op: UnOp, ty: Scalar, dst: Opnd, a: Opnd) -> Result<(), String>;
    /// dst (one byte, 0 or 1) = a op b.
    fn cmp(&mut self, op: CmpOp, ty: Scalar, dst: Opnd, a: Opnd, b: Opnd) -> Result<(), String>;
    /// Goes to `to` if (a op b) == `when`, else falls through (the fused
    /// compare and branch). Not `when` is not the opposite comparison for
    /// floats: both are false on a NaN.
    fn cmp_jump(
        &mut self,
        op: CmpOp,
        ty: Scalar,
        a: Opnd,
        b: Opnd,
        when: bool,
        to: Label,
    ) -> Result<(), String>;
    /// Goes to `then` if the byte `cond` is (`nonzero`) or is not nonzero.
    fn test_jump(&mut self, cond: Opnd, nonzero: bool, then: Label) -> Result<(), String>;
    fn jump(&mut self, to: Label);
    /// dst = conversion of a.
    fn conv(&mut self, from: Scalar, to: Scalar, dst: Opnd, a: Opnd) -> Result<(), String>;
    /// dst (a word) = an absolute address.
    fn addr(&mut self, dst: Opnd, addr: u64) -> Result<(), String>;
    /// dst (a word) = the address of the frame slot at `slot`.
    fn frame_addr(&mut self, dst: Opnd, slot: i32) -> Result<(), String>;
    /// dst (a word) = base + index * scale (scale 1, 2, 4 or 8): an
    /// element's address, in one instruction where the machine has such
    /// an addressing mode.
    fn index_addr(
        &mut self,
        dst: Opnd,
        base: IndexBase,
        index: Opnd,
        scale: u8,
    ) -> Result<(), String>;
    /// dst = `size` bytes at ptr + off.
    fn load(&mut self, dst: Opnd, ptr: Opnd, off: i32, size: u32) -> Result<(), String>;
    /// `size` bytes at ptr + off = src.
    fn store(&mut self, ptr: Opnd, off: i32, src: Opnd, size: u32) -> Result<(), String>;
    /// dst = src, `size` bytes.
    fn mov(&mut self, dst: Opnd, src: Opnd, size: u32) -> Result<(), String>;
    /// dst = 0, `size` bytes.
    fn zero(&mut self, dst: Opnd, size: u32) -> Result<(), String>;

    /// Saves `s.reg` to its slot (before a safepoint).
    fn spill(&mut self, s: Spill);
    /// Loads `s.reg` back from its slot (after a safepoint).
    fn reload(&mut self, s: Spill);

    /// Calls a Go function; the address is fixed up later ([`MachOps::calls`]).
    fn call_func(&mut self, f: FuncId);
    /// Calls the func value in `fv` (its closure pointer becomes the
    /// callee's context).
    fn call_closure(&mut self, fv: Opnd) -> Result<(), String>;
    /// Calls the runtime service or native with this runtime number.
    fn call_runtime(&mut self, id: u32) -> Result<(), String>;
    /// A loop's preemption check: if the goroutine was asked to yield, the
    /// values in `spills` are saved, the goroutine yields, and they are
    /// loaded back. Returns the offset of the yielding call's return
    /// address: the check's safepoint.
    fn preempt_check(&mut self, spills: &[Spill]) -> Result<usize, String>;
    /// The work of `Service::Copy` (the builtin `copy`) in place, on its
    /// arguments in the outgoing area as the service's frame lays them
    /// out (element size, destination slice, source slice), leaving the
    /// count where the service returns it: a memmove, no call.
    fn slice_copy(&mut self) -> Result<(), String>;
    /// Saves the closure context the function was entered with to `slot`.
    fn save_context(&mut self, slot: i32);
    /// Returns, giving back a frame of `frame_size` bytes.
    fn ret(&mut self, frame_size: u32);
    /// Traps: control never reaches here.
    fn unreachable(&mut self);
    /// One instruction that does nothing.
    fn nop(&mut self);

    /// `(offset of a call's address field, callee)` for each
    /// [`MachOps::call_func`] so far.
    fn calls(&self) -> &[(usize, FuncId)];

    /// Appends the body emitted to `code`.
    fn finish(self, code: &mut CodeBuf) -> Result<(), EmitError>;
}

/// Where a machine's runtime stubs landed, as offsets in the code buffer
/// they were emitted into (the executor's entry points, DESIGN §5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StubOffsets {
    /// `extern "C" fn(g, m) -> u64`: the executor's way into Go code.
    pub enter: usize,
    pub goexit: usize,
    pub morestack: usize,
    pub lessstack: usize,
    /// Where runtime calls and natives go (the service number in a
    /// register).
    pub trampoline: usize,
    pub deferret: usize,
    pub callret: usize,
    /// `(name, start, end)` of each stub, for the function table.
    pub ranges: Vec<(&'static str, usize, usize)>,
}

/// One architecture as the image builder (`image.rs`) sees it: the code
/// generator's operations, plus what lives outside functions — the stubs,
/// the thunks natives are entered by, and how a direct call is linked.
/// Everything here is an associated item, so the image is generic over
/// the machine and names no instruction set.
pub trait Machine {
    /// The runtime's name for the machine (its decoders, its checks).
    const ARCH: splitgo_lang::target::Arch;
    /// Pointer size in bytes.
    const WORD: u32;
    /// How far a direct call reaches, either way, in bytes: the code of
    /// one image must fit in this so that every call reaches the stubs.
    const CALL_REACH: u64;
    /// Bytes of a direct call's address field, which
    /// [`Machine::link_call`] rewrites.
    const CALL_FIELD: usize;

    /// The operations a function body is emitted with.
    type Ops<'e>: MachOps
    where
        Self: 'e;

    /// Starts a body at the end of `code` (expecting about `reserve`
    /// bytes and `labels` labels).
    fn begin<'e>(
        code: &mut CodeBuf,
        env: &'e crate::codegen::Env<'e>,
        reserve: usize,
        labels: usize,
    ) -> Result<Self::Ops<'e>, EmitError>;

    /// Emits the runtime stubs at the end of `code`; they call the Rust
    /// entry points `rt` by absolute address.
    fn emit_stubs(
        code: &mut CodeBuf,
        rt: &splitgo_runtime::exec::EntryPoints,
    ) -> Result<StubOffsets, EmitError>;

    /// Emits a thunk that enters the runtime call `id` through the
    /// trampoline at the absolute address `trampoline`; returns its offset.
    fn emit_native_thunk(code: &mut CodeBuf, id: u32, trampoline: u64) -> Result<usize, EmitError>;

    /// Emits an instruction that traps (never returns); returns its
    /// offset. Calls whose callee has no code yet are pointed here.
    fn emit_trap(code: &mut CodeBuf) -> Result<usize, EmitError>;

    /// Makes the direct call whose address field starts at `field` (which
    /// will run at address `at`) go to `target`.
    fn link_call(field: &mut [u8], at: u64, target: u64) -> Result<(), String>;
}
