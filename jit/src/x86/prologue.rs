//! The 386 function prologue: Go 1.2's split check (stacksplit,
//! src/cmd/8l/pass.c; src/liblink/obj8.c in Go 1.3), with `g` loaded from
//! a fixed per-thread slot first.
//!
//! The same three frame-size classes as amd64 ([`SplitCheck`]), in 32-bit
//! registers:
//!
//! ```text
//! start:
//!     mov   ecx, [G_SLOT]                 ; g (Go: MOVL 0(GS), CX)
//!                                         ; frame <= STACK_SMALL
//!     cmp   esp, [ecx]                    ;   SP > g.stackguard0 ?
//!                                         ; STACK_SMALL < frame < STACK_BIG
//!     lea   eax, [esp - (frame - STACK_SMALL)]
//!     cmp   eax, [ecx]
//!                                         ; frame >= STACK_BIG (wrap-safe)
//!     mov   esi, [ecx]
//!     cmp   esi, STACK_PREEMPT            ;   0xfffffade
//!     je    more
//!     lea   eax, [esp + STACK_GUARD]
//!     sub   eax, esi
//!     cmp   eax, frame + (STACK_GUARD - STACK_SMALL)
//!
//!     ja    body
//! more:
//!     mov   eax, FRAMESIZE
//!     mov   edx, ARGSIZE
//!     call  morestack                     ; rel32
//!     jmp   start                         ; eb rel8: decoded, not executed
//! body:
//!     sub   esp, FRAMESIZE
//! ```
//!
//! The jump after the call is what newstack decodes to restart the
//! function at `start` (DESIGN §5; see `x64/prologue.rs`). On 386 that
//! restart reloads `g` too, so a goroutine resumed on another thread reads
//! that thread's slot.
//!
//! Unlike Go 1.2, which reads `g` through the `%gs` segment, the slot is a
//! plain absolute address, a parameter ([`RuntimeAddrs::g_slot`]): the
//! emulated executor maps one word at a fixed address per thread (DESIGN
//! §6). And unlike Go 1.2's 8l, which passes the frame size in edi and the
//! argument size in esi, the sizes travel in eax and edx as on amd64.
//!
//! Registers: nothing is passed in registers and nothing is callee-saved
//! (DESIGN §4), so all but esp are free at entry. The prologue writes only
//! [`CLOBBERS`]: ecx holds `g` as in Go's 8l (and morestack may rely on it),
//! eax and esi as Go uses them, edx for the argument size.

use dynasmrt::x86::X86Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_runtime::abi::{g, STACK_GUARD, STACK_PREEMPT_NEG, STACK_SMALL};

use crate::backend::{
    CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, SplitCheck, SplitOffsets,
};

/// Frame sizes are whole 4-byte words, as Go's 8l requires.
pub const FRAME_ALIGN: u64 = 4;

/// Every register the prologue may write besides esp.
pub const CLOBBERS: &[&str] = &["eax", "ecx", "edx", "esi"];

// `cmp esp, [ecx]` needs no displacement because the guard is G's first
// word (abi::g).
const _: () = assert!(g::STACKGUARD0 == 0);

type Ops = VecAssembler<X86Relocation>;

const CALL_LEN: u64 = 5;

/// No prologue is longer (the huge-frame one with an imm32 `sub` is 55).
const MAX_LEN: usize = 64;

pub(super) fn emit_prologue(
    code: &mut CodeBuf,
    frame: FrameInfo,
    rt: &RuntimeAddrs,
) -> Result<PrologueOffsets, EmitError> {
    let check = frame.check(FRAME_ALIGN)?;
    let at = code.len();
    let addr = code.addr_at(at);
    // Everything a 386 program touches lies below 4 GiB (DESIGN §6); a
    // prologue that ends past it could not run.
    for a in [addr, addr + MAX_LEN as u64, rt.morestack, rt.g_slot] {
        if u32::try_from(a).is_err() {
            return Err(EmitError::AddressOutOfRange(a));
        }
    }
    let mut ops: Ops = code.assembler()?;

    let Some(check) = check else {
        allocate(&mut ops, frame.frame_size);
        code.commit(ops)?;
        return Ok(PrologueOffsets {
            start: at,
            split: None,
            body: at,
            end: code.len(),
        });
    };

    let frame_size = frame.frame_size as i32;
    let arg_size = frame.arg_size as i32;
    // An absolute address as the disp32 of a base-less operand.
    let g_slot = rt.g_slot as u32 as i32;

    dynasm!(ops
        ; .arch x86
        ; start:
        ; mov ecx, [g_slot]
    );
    match check {
        SplitCheck::Small => {
            dynasm!(ops ; .arch x86 ; cmp esp, [ecx]);
        }
        SplitCheck::Large => {
            let disp = -(frame_size - STACK_SMALL as i32);
            if let Ok(disp) = i8::try_from(disp) {
                dynasm!(ops ; .arch x86 ; lea eax, [BYTE esp + disp]);
            } else {
                dynasm!(ops ; .arch x86 ; lea eax, [DWORD esp + disp]);
            }
            dynasm!(ops ; .arch x86 ; cmp eax, [ecx]);
        }
        SplitCheck::Huge => {
            // See x64/prologue.rs: both sides of the compare stay positive
            // once the preemption marker is ruled out.
            let limit = frame_size + (STACK_GUARD - STACK_SMALL) as i32;
            let preempt = STACK_PREEMPT_NEG as i32;
            let guard = STACK_GUARD as i32;
            dynasm!(ops
                ; .arch x86
                ; mov esi, [ecx]
                ; cmp esi, DWORD preempt
                ; je BYTE >more
                ; lea eax, [DWORD esp + guard]
                ; sub eax, esi
                ; cmp eax, DWORD limit
            );
        }
    }
    dynasm!(ops
        ; .arch x86
        ; ja BYTE >body
        ; more:
        ; mov eax, DWORD frame_size
        ; mov edx, DWORD arg_size
    );

    // 386 addresses wrap at 32 bits, so `call rel32` reaches everywhere:
    // name the target by its alias within ±2 GiB of the call, the one
    // whose 64-bit distance dynasmrt's relocation check accepts.
    let ret_addr = addr + ops.offset().0 as u64 + CALL_LEN;
    let rel = rt.morestack.wrapping_sub(ret_addr) as u32 as i32;
    let alias = ret_addr.wrapping_add(rel as i64 as u64);
    dynasm!(ops ; .arch x86 ; call extern alias as usize);
    let jmp_start = ops.offset().0;
    debug_assert_eq!(addr + jmp_start as u64, ret_addr);
    dynasm!(ops
        ; .arch x86
        ; jmp BYTE <start
        ; body:
    );
    let body = ops.offset().0;
    allocate(&mut ops, frame.frame_size);

    code.commit(ops)?;
    debug_assert!(code.len() - at <= MAX_LEN);
    Ok(PrologueOffsets {
        start: at,
        split: Some(SplitOffsets {
            morestack_ret: at + jmp_start,
            jmp_start: at + jmp_start,
        }),
        body: at + body,
        end: code.len(),
    })
}

/// `sub esp, frame`, short when the size fits a signed byte; nothing for
/// an empty frame.
fn allocate(ops: &mut Ops, frame_size: u64) {
    let n = frame_size as i32;
    if n == 0 {
        return;
    }
    if let Ok(n) = i8::try_from(n) {
        dynasm!(ops ; .arch x86 ; sub esp, BYTE n);
    } else {
        dynasm!(ops ; .arch x86 ; sub esp, DWORD n);
    }
}
