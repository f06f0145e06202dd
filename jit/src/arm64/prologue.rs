//! The arm64 function prologue: Go's split check with `g` in x28 and the
//! link register saved at 0(SP) of the new frame (DESIGN §4). Go 1.2 had
//! no arm64 port; this follows its arm linker (noop in src/cmd/5l/noop.c,
//! in the three-class form of src/liblink/obj5.c) and its register use.
//!
//! ```text
//! start:
//!     ldr   x16, [x28]                    ; g.stackguard0
//!                                         ; frame <= STACK_SMALL
//!     cmp   sp, x16                       ;   SP > guard ?
//!                                         ; STACK_SMALL < frame < STACK_BIG
//!     sub   x17, sp, #(frame - STACK_SMALL)   ; imm12: always < 4096 here
//!     cmp   x17, x16
//!                                         ; frame >= STACK_BIG (wrap-safe)
//!     cmn   x16, #1314                    ;   guard == StackPreempt (-1314) ?
//!     b.eq  more                          ;   preemption: always split
//!     add   x17, sp, #STACK_GUARD
//!     sub   x17, x17, x16                 ;   SP + STACK_GUARD - guard
//!     movz  w16, #lo16(frame + STACK_GUARD - STACK_SMALL)
//!     movk  w16, #hi16(...), lsl #16      ;   when the high half is not 0
//!     cmp   x17, x16
//!
//!     b.hi  body                          ; unsigned, as on x86
//! more:
//!     movz  w1, #FRAMESIZE (movk ...)     ; Go 1.2 arm: R1 = frame size,
//!     movz  w2, #ARGSIZE (movk ...)       ;   R2 = argument size,
//!     mov   x3, x30                       ;   R3 = our caller's return address
//!     bl    morestack                     ; imm26; sets x30 to the `b` below
//!     b     start                         ; decoded, not executed
//! body:                                   ; frame == 0: nothing
//!     str   x30, [sp, #-frame]!           ; frame <= 256 (imm9)
//!                                         ; larger frames:
//!     sub   x17, sp, #frame               ;   imm12, or via movz/movk w16
//!     str   x30, [x17]                    ;   the frame is complete ...
//!     mov   sp, x17                       ;   ... before SP points at it
//! ```
//!
//! Why `b start` follows the `bl` (DESIGN §5): morestack never returns; it
//! hands x30, the address of that branch, to newstack, which decodes it
//! (`splitgo_runtime::arch::arm64::rewind_morestack`) and restarts the
//! function at `start` on the new segment. Since `bl` overwrites x30, the
//! function's own return address travels in x3, as in Go's arm ports.
//!
//! The frame size includes the saved link register at 0(SP), and is a
//! multiple of 16 because SP must stay 16-byte aligned whenever it is used
//! for a memory access. A frame of 0 saves nothing: such a function calls
//! nothing and keeps its return address in x30. A large frame is built in
//! x17 and stored into before SP moves, so that a signal in between never
//! sees a frame without its link register (as Go's arm64 port does).
//!
//! If morestack is beyond `bl`'s ±128 MiB, its absolute address is built in
//! x17 (`movz`/`movk`, up to four instructions) and called with `blr x17`;
//! the `b start` still sits at the return address.
//!
//! Registers: nothing is passed in registers and nothing is callee-saved
//! (DESIGN §4). x16 and x17 are the intra-procedure-call scratch registers
//! (IP0, IP1), which a linker veneer may clobber between a call and its
//! target, so no value can be live in them at entry; x1–x3 are free for
//! the same reason as every other register. [`CLOBBERS`] lists them all.
//! x18 (the platform register on some systems) and x28 (`g`) are untouched.

use dynasmrt::aarch64::{Aarch64Relocation, RX};
use dynasmrt::{dynasm, DynasmApi, DynasmLabelApi, VecAssembler};
use splitgo_runtime::abi::{g, STACK_GUARD, STACK_PREEMPT_NEG, STACK_SMALL};

use crate::backend::{
    CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs, SplitCheck, SplitOffsets,
};

/// Frame sizes keep SP 16-byte aligned.
pub const FRAME_ALIGN: u64 = 16;

/// Every register the prologue may write besides sp (x30 only on the
/// morestack path, which never returns).
pub const CLOBBERS: &[&str] = &["x1", "x2", "x3", "x16", "x17", "x30"];

// `ldr x16, [x28]` needs no offset because the guard is G's first word.
const _: () = assert!(g::STACKGUARD0 == 0);
// `cmn x16, #1314` tests for the marker: its negation fits an imm12.
const _: () = assert!(-STACK_PREEMPT_NEG > 0 && -STACK_PREEMPT_NEG < 4096);
const _: () = assert!(STACK_GUARD < 4096);

/// The largest frame stored with one pre-indexed `str` (imm9 is signed).
const STR_PRE_MAX: u64 = 256;

/// `add`/`sub` immediates are 12 bits.
const IMM12_MAX: u64 = 0xfff;

/// `bl` reaches ±128 MiB: a signed 26-bit count of words.
const BL_RANGE: i64 = 1 << 27;

type Ops = VecAssembler<Aarch64Relocation>;

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

    dynasm!(ops
        ; .arch aarch64
        ; start:
        ; ldr x16, [x28]
    );
    match check {
        SplitCheck::Small => {
            dynasm!(ops ; .arch aarch64 ; cmp sp, x16);
        }
        SplitCheck::Large => {
            let below = (frame.frame_size - STACK_SMALL) as u32;
            debug_assert!(u64::from(below) <= IMM12_MAX);
            dynasm!(ops
                ; .arch aarch64
                ; sub x17, sp, below
                ; cmp x17, x16
            );
        }
        SplitCheck::Huge => {
            let preempt = (-STACK_PREEMPT_NEG) as u32;
            let guard = STACK_GUARD as u32;
            dynasm!(ops
                ; .arch aarch64
                ; cmn x16, preempt
                ; b.eq >more
                ; add x17, sp, guard
                ; sub x17, x17, x16
            );
            mov_u32(
                &mut ops,
                RX::X16,
                (frame.frame_size + (STACK_GUARD - STACK_SMALL)) as u32,
            );
            dynasm!(ops ; .arch aarch64 ; cmp x17, x16);
        }
    }
    dynasm!(ops
        ; .arch aarch64
        ; b.hi >body
        ; more:
    );
    mov_u32(&mut ops, RX::X1, frame.frame_size as u32);
    mov_u32(&mut ops, RX::X2, frame.arg_size as u32);
    dynasm!(ops ; .arch aarch64 ; mov x3, x30);

    let bl_addr = addr + ops.offset().0 as u64;
    let reach = rt.morestack.wrapping_sub(bl_addr) as i64;
    if (-BL_RANGE..BL_RANGE).contains(&reach) && reach % 4 == 0 {
        dynasm!(ops ; .arch aarch64 ; bl extern rt.morestack as usize);
    } else {
        mov_u64(&mut ops, RX::X17, rt.morestack);
        dynasm!(ops ; .arch aarch64 ; blr x17);
    }
    let jmp_start = ops.offset().0;
    dynasm!(ops
        ; .arch aarch64
        ; b <start
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

/// Takes the frame off SP and saves the link register at its bottom.
fn allocate(ops: &mut Ops, frame_size: u64) {
    if frame_size == 0 {
        return;
    }
    if frame_size <= STR_PRE_MAX {
        let down = -(frame_size as i32);
        dynasm!(ops ; .arch aarch64 ; str x30, [sp, down]!);
        return;
    }
    if frame_size <= IMM12_MAX {
        let n = frame_size as u32;
        dynasm!(ops ; .arch aarch64 ; sub x17, sp, n);
    } else {
        mov_u32(ops, RX::X16, frame_size as u32);
        dynasm!(ops ; .arch aarch64 ; sub x17, sp, x16);
    }
    dynasm!(ops
        ; .arch aarch64
        ; str x30, [x17]
        ; mov sp, x17
    );
}

/// `w<reg> = value`: `movz` of the low half, `movk` of the high half when
/// it is not zero (`movz` alone, shifted, when the low half is zero).
fn mov_u32(ops: &mut Ops, reg: RX, value: u32) {
    let (lo, hi) = (value & 0xffff, value >> 16);
    if lo == 0 && hi != 0 {
        dynasm!(ops ; .arch aarch64 ; movz W(reg), hi, lsl 16);
        return;
    }
    dynasm!(ops ; .arch aarch64 ; movz W(reg), lo);
    if hi != 0 {
        dynasm!(ops ; .arch aarch64 ; movk W(reg), hi, lsl 16);
    }
}

/// `x<reg> = value`: `movz` of the lowest half, then `movk` of each
/// higher half that is not zero.
fn mov_u64(ops: &mut Ops, reg: RX, value: u64) {
    let half = |i: u32| ((value >> (16 * i)) & 0xffff) as u32;
    dynasm!(ops ; .arch aarch64 ; movz X(reg), half(0));
    for i in 1..4 {
        let h = half(i);
        if h != 0 {
            let shift = 16 * i;
            dynasm!(ops ; .arch aarch64 ; movk X(reg), h, lsl shift);
        }
    }
}
