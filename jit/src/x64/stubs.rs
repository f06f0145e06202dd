//! The amd64 runtime stubs (DESIGN §5, §6): the machine code between
//! generated code and the runtime's Rust entry points
//! (runtime/src/exec/native/), emitted first in the code buffer so that
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
//!     fast path, if G offers an idle spare that fits and nothing is odd:
//!       Stktop at the spare's top, arguments copied, G's bounds moved,
//!       stackguard0 by lock cmpxchg (a preemption marker stays),
//!       rsp = below the arguments; call start   ; pushes lessstack's address
//! lessstack:                                    ; (the next byte)
//!     fast path, if the segment left is the spare (FREE = 0, stack0 =
//!     G's SPARE_LO) with no panic: results back, bounds restored, spare
//!     idle; rsp = Stktop's gobuf sp; jmp [Stktop's gobuf pc]
//!
//! morestack's slow path (placed before its entry):
//!     g.sched   = {pc: [rsp], sp: rsp+8, ctxt: rbx}
//!     g.morebuf = {pc: [rsp+8], sp: rsp+16}
//!     g.moreframesize = rax, g.moreargsize = rdx
//!     switch to the system stack; call rt_morestack(g)   ; rewind + newstack
//!     RESUME g': r14 = g', gogo (the function's start) / 0: leave
//!
//! lessstack's slow path:
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
//!                 ; String method fmt needs, runtime/src/exec/native/gocall.rs),
//!                 ; also through lessstack
//!     mov eax, CallReturn; call trampoline
//! ```
//!
//! Deferred calls at a normal return need no stub: the DeferReturn service
//! copies the arguments into the calling frame's outgoing area and makes
//! the call return to the `mov eax, DeferReturn` before the trampoline
//! call, so DeferReturn runs again until the frame has none left (Go 1.2:
//! jmpdefer). See runtime/src/exec/native/defer.rs.
//!
//! The fast paths are Go 1.2's idea (its morestack found a free stack
//! without the scheduler's help) applied to splitgo's spare segment: the
//! state they read and write is in G (`abi::g::SPARE_*`, `STACK_ROOM`),
//! the runtime catches up with it (`GStack::sync`), and anything unusual
//! takes the slow path, where newstack and oldstack decide and print. See
//! docs/codegen.md, "The hot split"; `stubs_tests.rs` runs them.

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_runtime::abi::{g, stktop, Status, Word, STACK_EXTRA, STACK_GUARD};
use splitgo_runtime::exec::{m, EntryPoints};
use splitgo_runtime::services::Service;

use crate::backend::{CodeBuf, EmitError};

type Ops = VecAssembler<X64Relocation>;

/// Byte offset of G field `f`.
const fn gf(f: u32) -> i32 {
    g::off(Word::W8, f) as i32
}

const SYS_SP: i32 = (m::SYS_SP * 8) as i32;
const FAST_SPLITS: i32 = (m::FAST_SPLITS * 8) as i32;
const FAST_UNSPLITS: i32 = (m::FAST_UNSPLITS * 8) as i32;

/// Byte offset of Stktop field `f`.
const fn tf(f: u32) -> i32 {
    (f * 8) as i32
}

/// Bytes of a Stktop record.
const TOP: i32 = stktop::size(Word::W8) as i32;

/// The first byte of a `jmp rel8`: the instruction the prologue puts after
/// its morestack call (x64/prologue.rs), which the fast path decodes.
const JMP_REL8: i8 = 0xebu8 as i8;

/// Where each stub landed, as offsets in the code buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stubs {
    pub enter: usize,
    pub gogo: usize,
    pub leave: usize,
    pub goexit: usize,
    /// morestack's path to the runtime, placed before its entry.
    pub morestack_slow: usize,
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
            ("runtime.goexit", self.goexit, self.morestack_slow),
            // Its own record, so that prologues' calls name morestack.
            (
                "runtime.morestack.slow",
                self.morestack_slow,
                self.morestack,
            ),
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
    // morestack's way to the runtime comes first, so that its fast path
    // can end in a `call` whose return address is lessstack itself.
    let lessstack = ops.new_dynamic_label();
    let more_slow = ops.new_dynamic_label();
    let less_slow = ops.new_dynamic_label();
    at.push(ops.offset().0); // morestack's slow path
    dynasm!(ops
        ; .arch x64
        ; =>more_slow
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
    at.push(ops.offset().0); // morestack
                             // The fast path (docs/codegen.md, "The hot split"): the goroutine's
                             // idle spare segment, if G offers one big enough and nothing is
                             // unusual, taken here as newstack would take it. Every test jumps to
                             // the runtime's path before the first store.
                             // eax = frame size, edx = argument size (zero-extended by the
                             // prologue's `mov r32, imm32`), [rsp] = the `jmp start`, [rsp + 8] =
                             // the function's return address, rbx = the closure context (kept).
    dynasm!(ops
        ; .arch x64
        ; mov rdi, [r14 + gf(g::SPARE_LO)]
        ; test rdi, rdi
        ; jz =>more_slow
        ; cmp QWORD [r14 + gf(g::SPARE_IDLE)], 0
        ; je =>more_slow
        // A preemption request (the marker in stackguard0) is for the
        // runtime to honour.
        ; mov rcx, [r14 + gf(g::STACKGUARD)]
        ; cmp rcx, [r14 + gf(g::STACKGUARD0)]
        ; jne =>more_slow
        // SP below the segment: newstack's double-check throws.
        ; cmp rsp, [r14 + gf(g::STACK0)]
        ; jb =>more_slow
        ; test edx, 7
        ; jnz =>more_slow
        ; cmp QWORD [r14 + gf(g::STATUS)], Status::Running as i32
        ; jne =>more_slow
        // A split in a panic's deferred call may carry the panic flag
        // onward (newstack decides).
        ; mov rsi, [r14 + gf(g::STACKBASE)]
        ; cmp QWORD [rsi + tf(stktop::PANIC)], 0
        ; jne =>more_slow
        // Frame, arguments, StackExtra and the Stktop must fit the spare,
        // whose size must fit the room left under the stack limit.
        ; mov r8, [r14 + gf(g::SPARE_HI)]
        ; mov r10, r8
        ; sub r10, rdi
        ; lea r9, [rax + rdx + (STACK_EXTRA as i32 + TOP)]
        ; cmp r9, r10
        ; ja =>more_slow
        ; cmp r10, [r14 + gf(g::STACK_ROOM)]
        ; jg =>more_slow
        // The function's start, from the `jmp rel8` morestack returns to.
        ; mov rax, [rsp]
        ; cmp BYTE [rax], JMP_REL8
        ; jne =>more_slow
        ; movsx r11, BYTE [rax + 1]
        ; lea rax, [rax + r11 + 2]
        // Committed: the spare is in use and charged against the limit.
        ; sub [r14 + gf(g::STACK_ROOM)], r10
        ; mov QWORD [r14 + gf(g::SPARE_IDLE)], 0
        // The Stktop at the spare's top: the segment below and where the
        // caller resumes (oldstack's fields, as newstack writes them).
        ; lea r9, [r8 - TOP]
        ; mov [r9 + tf(stktop::STACKBASE)], rsi
        ; mov [r9 + tf(stktop::STACKGUARD)], rcx
        ; mov r8, [rsp + 8]
        ; mov [r9 + tf(stktop::GOBUF_PC)], r8
        ; lea r11, [rsp + 16]
        ; mov [r9 + tf(stktop::GOBUF_SP)], r11
        ; mov QWORD [r9 + tf(stktop::GOBUF_LR)], 0
        ; mov [r9 + tf(stktop::ARGP)], r11
        ; mov [r9 + tf(stktop::ARGSIZE)], rdx
        ; mov QWORD [r9 + tf(stktop::FREE)], 0
        ; mov QWORD [r9 + tf(stktop::PANIC)], 0
        // The arguments, right below the Stktop, a word at a time from
        // the top (argsize is a multiple of 8).
        ; mov rsi, r9
        ; sub rsi, rdx
        ; test rdx, rdx
        ; jz >copied
        ; copy:
        ; mov r8, [r11 + rdx - 8]
        ; mov [rsi + rdx - 8], r8
        ; sub rdx, 8
        ; jnz <copy
        ; copied:
        // G's bounds: the spare's.
        ; mov [r14 + gf(g::STACK0)], rdi
        ; add rdi, STACK_GUARD as i32
        ; mov [r14 + gf(g::STACKGUARD)], rdi
        ; mov [r14 + gf(g::STACKBASE)], r9
        // stackguard0 from the old guard to the new one, unless sysmon
        // stored the preemption marker since the test above: then the
        // marker stays, and the next check (the restarted prologue's, on
        // the new segment) takes the runtime's path and yields.
        ; xchg rax, rcx
        ; lock cmpxchg [r14 + gf(g::STACKGUARD0)], rdi
        ; mov r8, [r14 + gf(g::HOST)]
        ; add QWORD [r8 + FAST_SPLITS], 1
        // Enter the function at its start with a `call` from right above
        // lessstack: it pushes lessstack as the return address on the new
        // segment, and the callee's `ret` is then predicted.
        ; mov rsp, rsi
        ; call rcx
    );
    at.push(ops.offset().0); // lessstack
                             // The fast path back: the segment being left is the spare (FREE = 0,
                             // and it is where G says the spare is), with no panic on it. rsp = the
                             // results, right below the Stktop.
    dynasm!(ops
        ; .arch x64
        ; =>lessstack
        ; mov r9, [r14 + gf(g::STACKBASE)]
        ; cmp QWORD [r9 + tf(stktop::FREE)], 0
        ; jne =>less_slow
        ; cmp QWORD [r9 + tf(stktop::PANIC)], 0
        ; jne =>less_slow
        ; mov rdi, [r14 + gf(g::STACK0)]
        ; cmp rdi, [r14 + gf(g::SPARE_LO)]
        ; jne =>less_slow
        ; cmp QWORD [r14 + gf(g::SPARE_IDLE)], 0
        ; jne =>less_slow
        ; cmp QWORD [r14 + gf(g::STATUS)], Status::Running as i32
        ; jne =>less_slow
        // An argument size oldstack would reject: let it throw.
        ; mov rdx, [r9 + tf(stktop::ARGSIZE)]
        ; test edx, 7
        ; jnz =>less_slow
        ; mov rax, r9
        ; sub rax, rdi
        ; cmp rdx, rax
        ; ja =>less_slow
        // The results back into the caller's argument area.
        ; mov r11, [r9 + tf(stktop::ARGP)]
        ; mov rsi, r9
        ; sub rsi, rdx
        ; test rdx, rdx
        ; jz >copied
        ; copy:
        ; mov r8, [rsi + rdx - 8]
        ; mov [r11 + rdx - 8], r8
        ; sub rdx, 8
        ; jnz <copy
        ; copied:
        // G's bounds: the segment below, from the Stktop.
        ; mov rcx, [r9 + tf(stktop::STACKGUARD)]
        ; mov rsi, [r9 + tf(stktop::STACKBASE)]
        ; mov [r14 + gf(g::STACKBASE)], rsi
        ; mov [r14 + gf(g::STACKGUARD)], rcx
        ; lea rsi, [rcx - STACK_GUARD as i32]
        ; mov [r14 + gf(g::STACK0)], rsi
        // As on the way up: a preemption marker stays.
        ; lea rax, [rdi + STACK_GUARD as i32]
        ; lock cmpxchg [r14 + gf(g::STACKGUARD0)], rcx
        // The spare is idle again and its bytes back in the room.
        ; mov QWORD [r14 + gf(g::SPARE_IDLE)], 1
        ; mov rax, [r14 + gf(g::SPARE_HI)]
        ; sub rax, rdi
        ; add [r14 + gf(g::STACK_ROOM)], rax
        ; mov r8, [r14 + gf(g::HOST)]
        ; add QWORD [r8 + FAST_UNSPLITS], 1
        ; mov rsp, [r9 + tf(stktop::GOBUF_SP)]
        ; jmp QWORD [r9 + tf(stktop::GOBUF_PC)]
        ; =>less_slow
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
        morestack_slow: o(4),
        morestack: o(5),
        lessstack: o(6),
        trampoline: o(7),
        deferret: o(8),
        callret: o(9),
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
