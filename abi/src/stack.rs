//! The stack contract shared by generated code and the runtime: the
//! split-check constants of Go 1.2's stack.h, the layout of the goroutine
//! record `G` and of the `Stktop` record at the top of each segment, in
//! *target words* (8 bytes on amd64 and arm64, 4 on 386). The JIT and the
//! runtime (as `splitgo_runtime::abi`) import these values and never
//! restate them (DESIGN §4, §5).
//!
//! A stack segment, high addresses at the top:
//!
//! ```text
//!   stackbase ─►  +------------------+
//!                 | Stktop           |  saved state of the segment below
//!                 +------------------+
//!                 | frames ...       |  grow downwards
//!                 |                  |
//!  stackguard ─►  +------------------+  = lowest usable + STACK_GUARD
//!                 | StackGuard zone  |  STACK_GUARD bytes: a function whose
//!                 |                  |  frame is at most STACK_SMALL may run
//!                 |                  |  here without checking (nosplit chains)
//!   stack0   ─►   +------------------+
//!                 | guard page       |  unmapped: an overrun faults loudly
//!                 +------------------+
//! ```
//!
//! Go 1.2 names are kept (stackguard0, stackbase, Stktop) so its stack.c and
//! stack.h read side by side with this module and `stack.rs`.

/// The size in bytes of a target word (pointer, `uintptr`, `int`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word(pub u32);

impl Word {
    pub const W8: Word = Word(8);
    pub const W4: Word = Word(4);

    /// Byte offset of word `i`.
    pub const fn at(self, i: u32) -> u32 {
        self.0 * i
    }

    /// `value` truncated to the word (a negative constant as the word sees it).
    pub const fn wrap(self, value: i64) -> u64 {
        if self.0 == 8 {
            value as u64
        } else {
            (value as u64) & 0xffff_ffff
        }
    }
}

/// Bytes reserved at the bottom of every segment below `stackguard`: code
/// may use this much stack past the guard without a check. Go 1.2:
/// StackGuard. It must cover StackSmall plus what a chain of nosplit
/// functions and the morestack call itself push; changing it changes every
/// prologue's comparison.
pub const STACK_GUARD: u64 = 256;

/// Frames up to this size compare SP itself with the guard, since they fit
/// in the guard zone even when SP is right at the guard. Go 1.2: StackSmall.
pub const STACK_SMALL: u64 = 128;

/// Frames at least this big always call morestack's check with a wrap-safe
/// comparison: SP - framesize could wrap below zero. Go 1.2: StackBig.
pub const STACK_BIG: u64 = 4096;

/// Extra bytes added to every new segment beyond the frame and arguments
/// that caused it, so the callee's callees do not split at once.
/// Go 1.2: StackExtra.
pub const STACK_EXTRA: u64 = 1024;

/// The smallest segment, and the first segment of a goroutine, in bytes.
/// Go 1.2: StackMin. Configurable with `SPLITGO_STACKMIN`.
pub const STACK_MIN: u64 = 8192;

/// Go 1.2's StackPreempt is `(uintptr)-1314`: a guard value above any real
/// SP, so that the next prologue check fails and enters newstack, which
/// recognises it as a preemption request. As a word: [`stack_preempt`].
pub const STACK_PREEMPT_NEG: i64 = -1314;

/// The preemption marker as a target word (0xfffffade on 386).
pub const fn stack_preempt(w: Word) -> u64 {
    w.wrap(STACK_PREEMPT_NEG)
}

/// The largest total stack of one goroutine, in bytes (Go 1.2: maxstacksize,
/// set by runtime/debug.SetMaxStack): 1 GB with 8-byte words, 250 MB with 4.
pub const fn default_max_stack(w: Word) -> u64 {
    if w.0 == 8 {
        1_000_000_000
    } else {
        250_000_000
    }
}

// The relations the prologue relies on.
const _: () = assert!(STACK_SMALL < STACK_GUARD);
const _: () = assert!(STACK_GUARD < STACK_BIG);
const _: () = assert!(STACK_EXTRA + STACK_GUARD < STACK_MIN);

/// Field offsets in the goroutine record `G`, in target words. Generated
/// code reads only the first two; their positions are fixed at the start so
/// the prologue's `cmp sp, [g]` needs no displacement on any target.
pub mod g {
    use super::Word;

    /// The word the prologue compares SP with: normally `stackguard`, or
    /// the preemption marker when sysmon asks the goroutine to yield.
    pub const STACKGUARD0: u32 = 0;
    /// Top of the current segment, where its Stktop lives.
    pub const STACKBASE: u32 = 1;
    /// The real guard of the current segment (stackguard0 may be the marker).
    pub const STACKGUARD: u32 = 2;
    /// Lowest usable address of the current segment (above its guard page).
    pub const STACK0: u32 = 3;
    /// Saved `{sp, pc, lr, ctxt}` when the goroutine is not running
    /// (Go 1.2: G.sched, a Gobuf).
    pub const SCHED_SP: u32 = 4;
    pub const SCHED_PC: u32 = 5;
    pub const SCHED_LR: u32 = 6;
    pub const SCHED_CTXT: u32 = 7;
    /// The call that failed the check: its caller's `{pc, sp, lr}`
    /// (Go 1.2: m->morebuf) and the callee's frame and argument sizes.
    pub const MOREBUF_PC: u32 = 8;
    pub const MOREBUF_SP: u32 = 9;
    pub const MOREBUF_LR: u32 = 10;
    pub const MOREFRAMESIZE: u32 = 11;
    pub const MOREARGSIZE: u32 = 12;
    /// Goroutine status (`Status`), id, and the runtime's own pointer to
    /// its host-side state.
    pub const STATUS: u32 = 13;
    pub const GOID: u32 = 14;
    pub const HOST: u32 = 15;
    /// The goroutine's spare segment as the morestack and lessstack stubs'
    /// fast path sees it (docs/codegen.md, "The hot split"): its lowest
    /// usable address and one past its highest (both 0 when the goroutine
    /// has no spare, or when the fast path is off for it), and whether it
    /// is idle (1) or holds the frames of a split (0). The stubs flip
    /// SPARE_IDLE and move G's bounds; the runtime reads the flag back
    /// before it walks its own record of the segments.
    pub const SPARE_LO: u32 = 16;
    pub const SPARE_HI: u32 = 17;
    pub const SPARE_IDLE: u32 = 18;
    /// Bytes of stack the goroutine may still take before the limit of
    /// runtime/debug.SetMaxStack, as a signed word (negative once the limit
    /// was lowered below what it uses): a fast split subtracts the spare's
    /// size and needs it to stay >= 0, a fast unsplit adds it back.
    pub const STACK_ROOM: u32 = 19;
    /// Number of words in a G.
    pub const WORDS: u32 = 20;

    /// Byte offset of field `f` for word size `w`.
    pub const fn off(w: Word, f: u32) -> u32 {
        w.at(f)
    }
}

/// The record at the top of every segment but the first, describing the
/// segment below it (Go 1.2: struct Stktop, stack.h). In target words.
pub mod stktop {
    use super::Word;

    /// The previous segment's stackbase and stackguard.
    pub const STACKBASE: u32 = 0;
    pub const STACKGUARD: u32 = 1;
    /// Where the caller resumes: the return address and SP of the call
    /// that split (Go 1.2: gobuf).
    pub const GOBUF_PC: u32 = 2;
    pub const GOBUF_SP: u32 = 3;
    pub const GOBUF_LR: u32 = 4;
    /// The caller's argument area and its size, copied into the new segment
    /// and (results) back.
    pub const ARGP: u32 = 5;
    pub const ARGSIZE: u32 = 6;
    /// Bytes to free with this segment (0 for the spare kept by the goroutine).
    pub const FREE: u32 = 7;
    /// Set while a panic unwinds through this segment (Go 1.2: Stktop.panic).
    pub const PANIC: u32 = 8;
    pub const WORDS: u32 = 9;

    pub const fn size(w: Word) -> u32 {
        w.at(WORDS)
    }
}

/// Goroutine statuses, printed in traces as Go prints them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Status {
    Idle = 0,
    Runnable = 1,
    Running = 2,
    Syscall = 3,
    Waiting = 4,
    Dead = 6,
    /// In newstack (Go 1.2 prints `stack split`).
    StackSplit = 7,
    /// In oldstack (`stack unsplit`).
    StackUnsplit = 8,
}

impl Status {
    /// The word inside the brackets of `goroutine 1 [running]:`.
    pub fn trace_word(self) -> &'static str {
        match self {
            Status::Idle => "idle",
            Status::Runnable => "runnable",
            Status::Running => "running",
            Status::Syscall => "syscall",
            Status::Waiting => "waiting",
            Status::Dead => "dead",
            Status::StackSplit => "stack split",
            Status::StackUnsplit => "stack unsplit",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preempt_marker_is_above_any_sp() {
        assert_eq!(stack_preempt(Word::W4), 0xffff_fade);
        assert_eq!(stack_preempt(Word::W8), 0xffff_ffff_ffff_fade);
    }

    #[test]
    fn offsets_scale_with_the_word() {
        assert_eq!(g::off(Word::W8, g::STACKBASE), 8);
        assert_eq!(g::off(Word::W4, g::STACKBASE), 4);
        assert_eq!(stktop::size(Word::W8), 72);
        assert_eq!(stktop::size(Word::W4), 36);
    }
}
