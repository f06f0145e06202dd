//! The amd64 function prologue: Go 1.2's split check (stacksplit,
//! src/cmd/6l/pass.c; src/liblink/obj6.c in Go 1.3) with `g` in r14.
//!
//! The three frame-size classes ([`SplitCheck`]), then the shared tail:
//!
//! ```text
//! start:                                  ; frame <= STACK_SMALL
//!     cmp   rsp, [r14]                    ;   SP > g.stackguard0 ?
//!
//! start:                                  ; STACK_SMALL < frame < STACK_BIG
//!     lea   rax, [rsp - (frame - STACK_SMALL)]
//!     cmp   rax, [r14]                    ;   SP - frame + STACK_SMALL > guard ?
//!
//! start:                                  ; frame >= STACK_BIG (wrap-safe)
//!     mov   rsi, [r14]                    ;   guard
//!     cmp   rsi, STACK_PREEMPT            ;   (sign-extended imm32)
//!     je    more                          ;   preemption: always split
//!     lea   rax, [rsp + STACK_GUARD]
//!     sub   rax, rsi                      ;   SP + STACK_GUARD - guard, positive
//!     cmp   rax, frame + (STACK_GUARD - STACK_SMALL)
//!
//!     ja    body                          ; unsigned: SP and the guard are addresses
//! more:
//!     mov   eax, FRAMESIZE                ; what newstack must provide ...
//!     mov   edx, ARGSIZE                  ; ... and copy
//!     call  morestack                     ; rel32, never returns here
//!     jmp   start                         ; eb rel8: decoded, not executed
//! body:
//!     sub   rsp, FRAMESIZE                ; imm8 up to 127, else imm32; none for 0
//! ```
//!
//! Why `jmp start` follows the call (DESIGN §5): morestack never returns
//! to its return address. newstack reads the jump there
//! (`splitgo_runtime::arch::x64::rewind_morestack`) to learn where the
//! function starts, and restarts it there on the new segment, so the
//! check runs again (catching a segment too small for the frame) and a
//! goroutine stopped in morestack shows the function at its entry.
//!
//! Unlike Go 1.2's 6l, which told morestack the sizes through the choice
//! among several entry points (morestack00, morestack8, ...) and AX, the
//! sizes travel in eax and edx to one entry point, as DESIGN §5 shows: one
//! stub to write and one shape to decode.
//!
//! Registers: arguments and results travel in memory and no register is
//! callee-saved (DESIGN §4), so at entry everything but rsp and r14 (`g`)
//! is free. The prologue writes only [`CLOBBERS`]: rax and rsi as Go's
//! 6l does, rdx for the argument size. Whatever later carries a closure's
//! context into a function must use another register.

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_runtime::abi::{g, STACK_GUARD, STACK_PREEMPT_NEG, STACK_SMALL};

use crate::backend::{
    CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, SplitCheck, SplitOffsets,
};

/// Frame sizes are whole words, as Go's 6l requires ("unaligned stack size").
pub const FRAME_ALIGN: u64 = 8;

/// Every register the prologue may write besides rsp (the tests check the
/// decoded instructions against this list).
pub const CLOBBERS: &[&str] = &["rax", "rdx", "rsi"];

// `cmp rsp, [r14]` needs no displacement because the guard is G's first
// word (abi::g); a layout change there must revisit this file.
const _: () = assert!(g::STACKGUARD0 == 0);

type Ops = VecAssembler<X64Relocation>;

/// Length of `call rel32`: its return address is the call's address + 5.
const CALL_LEN: u64 = 5;

pub(super) fn emit_prologue(
    code: &mut CodeBuf,
    frame: FrameInfo,
    rt: &RuntimeAddrs,
) -> Result<PrologueOffsets, EmitError> {
    let check = frame.check(FRAME_ALIGN)?;
    let at = code.len();
    let addr = code.addr_at(at);
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

    // Checked by FrameInfo::check: these fit in an i32 (MAX_FRAME_SIZE).
    let frame_size = frame.frame_size as i32;
    let arg_size = frame.arg_size as i32;

    dynasm!(ops ; .arch x64 ; start:);
    match check {
        SplitCheck::Small => {
            dynasm!(ops ; .arch x64 ; cmp rsp, [r14]);
        }
        SplitCheck::Large => {
            let disp = -(frame_size - STACK_SMALL as i32);
            if let Ok(disp) = i8::try_from(disp) {
                dynasm!(ops ; .arch x64 ; lea rax, [BYTE rsp + disp]);
            } else {
                dynasm!(ops ; .arch x64 ; lea rax, [DWORD rsp + disp]);
            }
            dynasm!(ops ; .arch x64 ; cmp rax, [r14]);
        }
        SplitCheck::Huge => {
            // Both sides stay positive: SP may sit below the guard by at
            // most STACK_GUARD (a nosplit chain), so SP + STACK_GUARD -
            // guard >= 0 unless the guard is the preemption marker, which
            // is tested first.
            let limit = frame_size + (STACK_GUARD - STACK_SMALL) as i32;
            let preempt = STACK_PREEMPT_NEG as i32;
            let guard = STACK_GUARD as i32;
            dynasm!(ops
                ; .arch x64
                ; mov rsi, [r14]
                ; cmp rsi, DWORD preempt
                ; je BYTE >more
                ; lea rax, [DWORD rsp + guard]
                ; sub rax, rsi
                ; cmp rax, DWORD limit
            );
        }
    }
    dynasm!(ops
        ; .arch x64
        ; ja BYTE >body
        ; more:
        ; mov eax, DWORD frame_size
        ; mov edx, DWORD arg_size
    );

    // call rel32 from the address after the call; out of ±2 GiB there is
    // no direct call, and an indirect one would not be Go's shape.
    let ret_addr = addr + ops.offset().0 as u64 + CALL_LEN;
    let rel = rt.morestack.wrapping_sub(ret_addr) as i64;
    if i32::try_from(rel).is_err() {
        return Err(EmitError::MorestackOutOfRange {
            from: ret_addr,
            to: rt.morestack,
        });
    }
    dynasm!(ops ; .arch x64 ; call extern rt.morestack as usize);
    let jmp_start = ops.offset().0;
    debug_assert_eq!(addr + jmp_start as u64, ret_addr);
    dynasm!(ops
        ; .arch x64
        ; jmp BYTE <start
        ; body:
    );
    let body = ops.offset().0;
    allocate(&mut ops, frame.frame_size);

    code.commit(ops)?;
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

/// `sub rsp, frame`, in its short form when the size fits a signed byte;
/// nothing for an empty frame.
fn allocate(ops: &mut Ops, frame_size: u64) {
    let n = frame_size as i32;
    if n == 0 {
        return;
    }
    if let Ok(n) = i8::try_from(n) {
        dynasm!(ops ; .arch x64 ; sub rsp, BYTE n);
    } else {
        dynasm!(ops ; .arch x64 ; sub rsp, DWORD n);
    }
}
