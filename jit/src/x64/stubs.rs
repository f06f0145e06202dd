//! The amd64 runtime stubs (DESIGN §5, §6): the machine code between
//! generated code and the runtime's Rust entry points
//! (runtime/src/exec/native.rs), emitted first in the code buffer so that
//! every prologue reaches morestack, and every body the trampoline, with a
//! `call rel32`.
//!
//! Each stub that calls Rust switches to the thread's system stack first
//! (Rust never runs on a segment): it is found through `g` (r14) → G's
//! HOST word → the host record, whose word `m::SYS_SP` the enter stub set.
//! That stack pointer is 16-byte aligned, as the System V ABI wants at a
//! call. The Rust entry returns the G to continue (RESUME: it becomes
//! `g`, then gogo loads its `g.sched`; the scheduler may answer with
//! another goroutine's G) or 0 (LEAVE: back to the executor).
//!
//! ```text
//! enter(g: rdi, m: rsi) -> rax        ; called by the executor (System V)
//!     push rbx, rbp, r12, r13, r14, r15   ; what Rust expects preserved
//!     sub  rsp, 8                         ; 16-byte alignment below
//!     mov  [rsi + SYS_SP], rsp
//!     mov  r14, rdi
//! gogo:                                   ; continue g from g.sched
//!     mov  rsp, [r14 + SCHED_SP]
//!     mov  rbx, [r14 + SCHED_CTXT]        ; closure context
//!     jmp  [r14 + SCHED_PC]
//! leave:                                  ; back to the executor, rax = answer
//!     mov  rcx, [r14 + HOST]
//!     mov  rsp, [rcx + SYS_SP]
//!     add  rsp, 8
//!     pop  r15, r14, r13, r12, rbp, rbx
//!     ret
//! goexit:                                 ; a goroutine's function returned here
//!     mov  eax, GoExit; call trampoline   ; the scheduler ends it (or starts
//!                                         ; main's next entry)
//!
//! morestack:      ; from a prologue: [rsp] = its `jmp start`, [rsp+8] = the
//!                 ; function's return address; eax = frame, edx = args
//!     g.sched   = {pc: [rsp], sp: rsp+8, ctxt: rbx}
//!     g.morebuf = {pc: [rsp+8], sp: rsp+16}
//!     g.moreframesize = rax, g.moreargsize = rdx
//!     switch to the system stack; call rt_morestack(g)   ; rewind + newstack
//!     RESUME g': r14 = g', gogo (the function's start) / 0: leave
//!
//! lessstack:      ; `ret` of a function that started on a new segment
//!     switch to the system stack; call rt_lessstack(g)   ; oldstack
//!     RESUME g': r14 = g', gogo (the caller, after its call) / 0: leave
//!
//! trampoline:     ; `mov eax, id; call trampoline`, args at [rsp+8]
//!     g.sched = {pc: [rsp], sp: rsp+8}
//!     switch to the system stack; call rt_service(g, eax, rsp+8)
//!     RESUME g': r14 = g', gogo (= ret) / 0: leave
//!
//! deferret:       ; where a deferred call run by a panic returns (through
//!                 ; lessstack: each such call runs on a segment of its own)
//!     mov eax, PanicContinue; call trampoline
//!
//! callret:        ; where a Go function the runtime called returns (a
//!                 ; String method fmt needs, runtime/src/exec/gocall.rs),
//!                 ; also through lessstack
//!     mov eax, CallReturn; call trampoline
//! ```
//!
//! Deferred calls at a normal return need no stub: the DeferReturn service
//! copies the arguments into the calling frame's outgoing area and makes
//! the call return to the `mov eax, DeferReturn` before the trampoline
//! call, so DeferReturn runs again until the frame has none left (Go 1.2:
//! jmpdefer). See runtime/src/exec/defer.rs.
//!
//! Unlike Go 1.2, morestack has no fast path of its own yet: every split
//! goes to newstack on the system stack, which tries the goroutine's spare
//! segment first (newstack_fast). The switch is a few moves, no syscall.

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_runtime::abi::{g, Word};
use splitgo_runtime::exec::{m, EntryPoints};
use splitgo_runtime::services::Service;

use crate::backend::{CodeBuf, EmitError};

type Ops = VecAssembler<X64Relocation>;

/// Byte offset of G field `f`.
const fn gf(f: u32) -> i32 {
    g::off(Word::W8, f) as i32
}

const SYS_SP: i32 = (m::SYS_SP * 8) as i32;

/// Where each stub landed, as offsets in the code buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stubs {
    pub enter: usize,
    pub gogo: usize,
    pub leave: usize,
    pub goexit: usize,
    pub morestack: usize,
    pub lessstack: usize,
    pub trampoline: usize,
    /// Where deferred calls run by a panic return.
    pub deferret: usize,
    /// Where Go functions called by the runtime return.
    pub callret: usize,
    /// One past the last stub byte.
    pub end: usize,
}

impl Stubs {
    /// `(name, start, end)` of each stub, for the function table.
    pub fn ranges(&self) -> Vec<(&'static str, usize, usize)> {
        vec![
            ("runtime.enter", self.enter, self.gogo),
            ("runtime.gogo", self.gogo, self.leave),
            ("runtime.leave", self.leave, self.goexit),
            ("runtime.goexit", self.goexit, self.morestack),
            ("runtime.morestack", self.morestack, self.lessstack),
            ("runtime.lessstack", self.lessstack, self.trampoline),
            ("runtime.trampoline", self.trampoline, self.deferret),
            ("runtime.deferret", self.deferret, self.callret),
            ("runtime.callret", self.callret, self.end),
        ]
    }
}

/// Emits the stubs at the end of `code`, calling the Rust entry points
/// `rt` by absolute address.
pub fn emit_stubs(code: &mut CodeBuf, rt: &EntryPoints) -> Result<Stubs, EmitError> {
    let mut ops: Ops = code.assembler()?;
    let gogo = ops.new_dynamic_label();
    let leave = ops.new_dynamic_label();
    let tramp = ops.new_dynamic_label();
    let (morestack_rt, lessstack_rt, service_rt) =
        (rt.morestack as i64, rt.lessstack as i64, rt.service as i64);
    let mut at = Vec::new();

    at.push(ops.offset().0); // enter
    dynasm!(ops
        ; .arch x64
        ; push rbx
        ; push rbp
        ; push r12
        ; push r13
        ; push r14
        ; push r15
        // Entered with rsp = 8 mod 16 (the executor's call); six pushes
        // and this make it 0 mod 16 for every Rust call below it.
        ; sub rsp, 8
        ; mov [rsi + SYS_SP], rsp
        ; mov r14, rdi
    );
    at.push(ops.offset().0); // gogo
    dynasm!(ops
        ; .arch x64
        ; =>gogo
        ; mov rsp, [r14 + gf(g::SCHED_SP)]
        ; mov rbx, [r14 + gf(g::SCHED_CTXT)]
        ; jmp QWORD [r14 + gf(g::SCHED_PC)]
    );
    at.push(ops.offset().0); // leave
    dynasm!(ops
        ; .arch x64
        ; =>leave
        ; mov rcx, [r14 + gf(g::HOST)]
        ; mov rsp, [rcx + SYS_SP]
        ; add rsp, 8
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbp
        ; pop rbx
        ; ret
    );
    at.push(ops.offset().0); // goexit
    dynasm!(ops
        ; .arch x64
        ; mov eax, Service::GoExit.id() as i32
        ; call =>tramp
    );
    at.push(ops.offset().0); // morestack
    dynasm!(ops
        ; .arch x64
        ; mov rcx, [rsp]
        ; mov [r14 + gf(g::SCHED_PC)], rcx
        ; lea rcx, [rsp + 8]
        ; mov [r14 + gf(g::SCHED_SP)], rcx
        ; mov [r14 + gf(g::SCHED_CTXT)], rbx
        ; mov rcx, [rsp + 8]
        ; mov [r14 + gf(g::MOREBUF_PC)], rcx
        ; lea rcx, [rsp + 16]
        ; mov [r14 + gf(g::MOREBUF_SP)], rcx
        // The prologue's `mov eax/edx, imm32` zero-extended both.
        ; mov [r14 + gf(g::MOREFRAMESIZE)], rax
        ; mov [r14 + gf(g::MOREARGSIZE)], rdx
        ; mov rcx, [r14 + gf(g::HOST)]
        ; mov rsp, [rcx + SYS_SP]
        ; mov rdi, r14
        ; mov rax, QWORD morestack_rt
        ; call rax
        ; test rax, rax
        ; jz =>leave
        ; mov r14, rax
        ; jmp =>gogo
    );
    at.push(ops.offset().0); // lessstack
    dynasm!(ops
        ; .arch x64
        ; mov rcx, [r14 + gf(g::HOST)]
        ; mov rsp, [rcx + SYS_SP]
        ; mov rdi, r14
        ; mov rax, QWORD lessstack_rt
        ; call rax
        ; test rax, rax
        ; jz =>leave
        ; mov r14, rax
        ; jmp =>gogo
    );
    at.push(ops.offset().0); // trampoline
    dynasm!(ops
        ; .arch x64
        ; =>tramp
        ; mov rcx, [rsp]
        ; mov [r14 + gf(g::SCHED_PC)], rcx
        ; lea rdx, [rsp + 8]
        ; mov [r14 + gf(g::SCHED_SP)], rdx
        ; mov rcx, [r14 + gf(g::HOST)]
        ; mov rsp, [rcx + SYS_SP]
        ; mov rdi, r14
        ; mov esi, eax
        ; mov rax, QWORD service_rt
        ; call rax
        ; test rax, rax
        ; jz =>leave
        ; mov r14, rax
        ; jmp =>gogo
    );
    at.push(ops.offset().0); // deferret
    dynasm!(ops
        ; .arch x64
        ; mov eax, Service::PanicContinue.id() as i32
        ; call =>tramp
    );
    at.push(ops.offset().0); // callret
    dynasm!(ops
        ; .arch x64
        ; mov eax, Service::CallReturn.id() as i32
        ; call =>tramp
    );
    let base = code.commit(ops)?;
    let o = |i: usize| base + at[i];
    Ok(Stubs {
        enter: o(0),
        gogo: o(1),
        leave: o(2),
        goexit: o(3),
        morestack: o(4),
        lessstack: o(5),
        trampoline: o(6),
        deferret: o(7),
        callret: o(8),
        end: code.len(),
    })
}

/// The entry thunk of a native called through a func value (`call [rbx]`):
/// `mov eax, id; jmp trampoline`, which leaves the stack exactly as a
/// direct `call trampoline` would. Returns its offset.
pub fn emit_native_thunk(code: &mut CodeBuf, id: u32, trampoline: u64) -> Result<usize, EmitError> {
    let mut ops: Ops = code.assembler()?;
    dynasm!(ops
        ; .arch x64
        ; mov eax, id as i32
        ; jmp extern trampoline as usize
    );
    code.commit(ops)
}
