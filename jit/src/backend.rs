//! The seam between the JIT's architecture-neutral layers and the three
//! machines it emits code for (DESIGN §2, §4, §5).
//!
//! Like Cranelift's `TargetIsa` (cranelift/codegen/src/isa/mod.rs), one
//! trait, [`Backend`], is implemented once per architecture, each in its
//! own directory with the same file names (STYLE habit 3): `x64/`, `x86/`,
//! `arm64/`, each holding `mod.rs` (the backend value and its trait impl),
//! `prologue.rs` (the split-check prologue) and `emit_tests.rs` (golden
//! tables decoded with a disassembler). amd64 adds `ops.rs` (its
//! machine operations, `mach::MachOps`) and `stubs.rs` beside them.
//!
//! # What an architecture supplies
//!
//! Small hooks that each emit one sequence, and nothing that decides
//! layout (STYLE habit 4):
//! - [`Backend::name`] and [`Backend::arch`]: Go's GOARCH name and the
//!   runtime's [`Arch`], through which the runtime's decoders
//!   (`splitgo_runtime::arch`) are reached for the same target.
//! - [`Backend::word`]: pointer and `int` size, the unit of the G layout
//!   in [`splitgo_runtime::abi`].
//! - [`Backend::frame_align`]: what frame sizes must be a multiple of.
//! - [`Backend::emit_prologue`]: the split check of DESIGN §5 ending in
//!   `call morestack; jmp start`, then the frame allocation. It reports
//!   where the pieces landed ([`PrologueOffsets`]) so the layers above can
//!   record them in the function table.
//!
//! Every encoding is done by dynasmrt, with the architecture's own
//! assembler (`dynasmrt::x64`, `x86`, `aarch64`) running over a
//! [`CodeBuf`]: a byte vector whose final address is known before the first
//! byte is written, so a call to a runtime stub is encoded pc-relative
//! exactly as it will run (`call rel32`, `bl imm26`) with no relocation left
//! for later. Every `dynasm!` block names its `.arch`, so a backend emits
//! the same bytes whatever machine splitgo was built for.
//!
//! # What stays above the trait
//!
//! Frame layout (where locals, spills and outgoing arguments go, hence
//! `frame_size` and `arg_size`), the function table (entry, end, frame
//! size, arg size, name, file), pc→line, and the choice of which functions
//! are nosplit. None of these exist yet; they will call the hooks here.
//!
//! # How a target selects its backend
//!
//! The front end's `Target` (lang/src/target.rs) and the runtime's [`Arch`]
//! both name the machine by Go's GOARCH name; [`lookup`] maps an `Arch` to
//! its backend, so the binary goes `Target::name()` → [`Arch::by_name`] →
//! [`lookup`]. All three backends are always built: they are small, and
//! non-host targets run emulated (DESIGN §6).
//!
//! ```
//! use splitgo_jit::backend::{lookup, Arch, CodeBuf, FrameInfo, RuntimeAddrs};
//!
//! let backend = lookup(Arch::by_name("amd64").unwrap());
//! let mut code = CodeBuf::new(0x40_0000);
//! let rt = RuntimeAddrs { morestack: 0x40_1000, g_slot: 0 };
//! let frame = FrameInfo { frame_size: 24, arg_size: 16, nosplit: false };
//! let at = backend.emit_prologue(&mut code, frame, &rt).unwrap();
//! let split = at.split.unwrap();
//! // The call's return address is the `jmp start` that newstack decodes.
//! let start = backend
//!     .arch()
//!     .rewind_morestack(&code.bytes()[split.morestack_ret..], code.addr_at(split.morestack_ret))
//!     .unwrap();
//! assert_eq!(start, code.addr_at(at.start));
//! ```

use std::fmt;

use dynasmrt::relocations::Relocation;
use dynasmrt::{DynasmError, VecAssembler};
pub use splitgo_runtime::abi::Word;
use splitgo_runtime::abi::{STACK_BIG, STACK_GUARD, STACK_SMALL};
pub use splitgo_runtime::arch::Arch;

use crate::{arm64, x64, x86};

/// What the prologue needs to know about a function's frame, decided by
/// the frame layout above the trait.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    /// Bytes the prologue takes off SP: locals, spills and the outgoing
    /// argument area. On x86 the return address pushed by `call` is not
    /// included (Go's convention); on arm64 the saved link register at
    /// 0(SP) is (DESIGN §4). A multiple of [`Backend::frame_align`].
    pub frame_size: u64,
    /// Bytes of arguments and results in the caller's frame, which
    /// newstack copies to a new segment (Go 1.2: argsize).
    pub arg_size: u64,
    /// Skip the split check (Go's NOSPLIT / `#pragma textflag 7`): only
    /// for functions the runtime must call where a split is impossible.
    /// Their frame must fit in the guard zone, hence be below STACK_SMALL.
    pub nosplit: bool,
}

/// The largest frame a prologue can check and allocate: every immediate
/// the three prologues build from it — `frame + (STACK_GUARD -
/// STACK_SMALL)` in the huge-frame compare, `sub rsp, imm32`, the frame
/// size handed to morestack — must fit a signed 32-bit field.
pub const MAX_FRAME_SIZE: u64 = i32::MAX as u64 - (STACK_GUARD - STACK_SMALL);

/// The largest argument size: it is handed to morestack as a 32-bit
/// immediate.
pub const MAX_ARG_SIZE: u64 = i32::MAX as u64;

/// Which of Go 1.2's three checks a frame gets (DESIGN §5; the three
/// branches of stacksplit in src/cmd/6l/pass.c, src/cmd/8l/pass.c and
/// src/cmd/5l/noop.c, later src/liblink/obj6.c).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SplitCheck {
    /// `frame <= STACK_SMALL`: compare SP itself with the guard. The frame
    /// may then end up to STACK_SMALL bytes below the guard, inside the
    /// zone reserved for exactly that (abi::STACK_GUARD).
    Small,
    /// `STACK_SMALL < frame < STACK_BIG`: compare `SP - (frame -
    /// STACK_SMALL)` with the guard. SP minus a frame this small cannot wrap
    /// below address zero, since the lowest pages are never mapped.
    Large,
    /// `frame >= STACK_BIG`: `SP - frame` could wrap, so compare
    /// `SP + STACK_GUARD - guard` with `frame + (STACK_GUARD - STACK_SMALL)`,
    /// both positive. The preemption marker breaks that arithmetic (it is
    /// near the top of the address space), so it is tested first and
    /// always leads to morestack.
    ///
    /// Unlike Go 1.2's linkers, which keep the [`SplitCheck::Large`] form
    /// up to and including StackBig, a frame of exactly STACK_BIG takes this
    /// form, as DESIGN §5 and `abi::STACK_BIG` state. The wrap-safe
    /// compare is correct for every size; the cost is a few bytes.
    Huge,
}

impl SplitCheck {
    pub fn for_frame(frame_size: u64) -> SplitCheck {
        if frame_size <= STACK_SMALL {
            SplitCheck::Small
        } else if frame_size < STACK_BIG {
            SplitCheck::Large
        } else {
            SplitCheck::Huge
        }
    }
}

impl FrameInfo {
    /// Checks the sizes against the limits every backend shares and
    /// `align`, and says which split check the frame gets (`None` for
    /// nosplit functions).
    pub fn check(&self, align: u64) -> Result<Option<SplitCheck>, EmitError> {
        if self.frame_size > MAX_FRAME_SIZE {
            return Err(EmitError::FrameTooLarge(self.frame_size));
        }
        if self.arg_size > MAX_ARG_SIZE {
            return Err(EmitError::ArgsTooLarge(self.arg_size));
        }
        if !self.frame_size.is_multiple_of(align) {
            return Err(EmitError::UnalignedFrame {
                frame_size: self.frame_size,
                align,
            });
        }
        if self.nosplit {
            // Go 1.2 refuses the same ("nosplit func likely to overflow
            // stack", dostkoff in src/cmd/6l/pass.c): a nosplit frame
            // lives in the guard zone, which only promises STACK_SMALL.
            if self.frame_size >= STACK_SMALL {
                return Err(EmitError::NosplitFrameTooLarge(self.frame_size));
            }
            return Ok(None);
        }
        Ok(Some(SplitCheck::for_frame(self.frame_size)))
    }
}

/// Addresses in the runtime's memory that prologues refer to. They are
/// fixed before any function is emitted (the stubs come first in the code
/// buffer), so calls to them are encoded in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuntimeAddrs {
    /// Entry of the `morestack` stub (DESIGN §5).
    pub morestack: u64,
    /// 386 only: the fixed per-thread word that holds the running
    /// goroutine's `g` (Go's TLS slot); ignored elsewhere.
    pub g_slot: u64,
}

/// Where the pieces of one emitted prologue are, as offsets in the
/// [`CodeBuf`] it was emitted into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PrologueOffsets {
    /// The function's entry, `start:` (on 386 the `g` load).
    pub start: usize,
    /// The split check's call and jump; `None` for nosplit functions.
    pub split: Option<SplitOffsets>,
    /// Where a passing check lands: the frame allocation (DESIGN §5's
    /// `nosplit:` label).
    pub body: usize,
    /// The first byte after the prologue: from here on the frame is
    /// allocated (and on arm64 the link register saved), which is what the
    /// traceback needs to know about a pc.
    pub end: usize,
}

/// The two offsets newstack relies on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SplitOffsets {
    /// The return address of `call morestack` (`bl` on arm64).
    pub morestack_ret: usize,
    /// The `jmp start` (`b start`) that rewindmorestack decodes. It is the
    /// instruction at `morestack_ret` on every target; both are kept so
    /// that a test can say so.
    pub jmp_start: usize,
}

/// Why a prologue could not be emitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmitError {
    /// The frame exceeds [`MAX_FRAME_SIZE`].
    FrameTooLarge(u64),
    /// The arguments exceed [`MAX_ARG_SIZE`].
    ArgsTooLarge(u64),
    /// The frame size is not a multiple of the target's frame alignment.
    UnalignedFrame { frame_size: u64, align: u64 },
    /// A nosplit function's frame does not fit in the guard zone.
    NosplitFrameTooLarge(u64),
    /// `call rel32` from `from` (the address after the call) cannot reach
    /// `to`: on amd64 the code buffer must lie within ±2 GiB of the stubs.
    MorestackOutOfRange { from: u64, to: u64 },
    /// The code buffer's address does not fit in the host's `usize`.
    AddressOutOfRange(u64),
    /// dynasmrt refused what the backend asked for: a backend bug.
    Assembler(String),
}

impl fmt::Display for EmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmitError::FrameTooLarge(n) => {
                write!(f, "stack frame too large: {n:#x} > {MAX_FRAME_SIZE:#x}")
            }
            EmitError::ArgsTooLarge(n) => {
                write!(f, "arguments too large: {n:#x} > {MAX_ARG_SIZE:#x}")
            }
            EmitError::UnalignedFrame { frame_size, align } => {
                write!(f, "unaligned stack size {frame_size} (align {align})")
            }
            EmitError::NosplitFrameTooLarge(n) => {
                write!(f, "nosplit func likely to overflow stack (frame {n})")
            }
            EmitError::MorestackOutOfRange { from, to } => {
                write!(
                    f,
                    "morestack at {to:#x} out of range of a call at {from:#x}"
                )
            }
            EmitError::AddressOutOfRange(a) => write!(f, "code address {a:#x} out of range"),
            EmitError::Assembler(e) => write!(f, "assembler: {e}"),
        }
    }
}

impl std::error::Error for EmitError {}

impl From<DynasmError> for EmitError {
    fn from(e: DynasmError) -> EmitError {
        EmitError::Assembler(e.to_string())
    }
}

/// Machine code under construction, with the address it will run at.
///
/// Each hook assembles one sequence with its architecture's dynasmrt
/// assembler ([`CodeBuf::assembler`]), based at the buffer's next address,
/// and appends the result ([`CodeBuf::commit`]); labels are local to that
/// sequence. Offsets are from the start of the buffer.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CodeBuf {
    base: u64,
    bytes: Vec<u8>,
}

impl CodeBuf {
    /// An empty buffer whose first byte will live at `base`.
    pub fn new(base: u64) -> CodeBuf {
        CodeBuf {
            base,
            bytes: Vec::new(),
        }
    }

    pub fn base(&self) -> u64 {
        self.base
    }

    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The address that byte `offset` will have.
    pub fn addr_at(&self, offset: usize) -> u64 {
        self.base + offset as u64
    }

    /// A dynasmrt assembler for the next sequence, based at the address
    /// where its bytes will land. Its offsets start from 0: add
    /// [`CodeBuf::len`] (taken before the commit) to make them buffer
    /// offsets.
    pub fn assembler<R: Relocation>(&self) -> Result<VecAssembler<R>, EmitError> {
        let addr = self.addr_at(self.len());
        let addr = usize::try_from(addr).map_err(|_| EmitError::AddressOutOfRange(addr))?;
        Ok(VecAssembler::new(addr))
    }

    /// [`CodeBuf::assembler`] with room for `bytes` of code and
    /// `dynamic_labels` labels, for a sequence whose size is known roughly
    /// (a function's body): growing the assembler's buffer step by step
    /// was a tenth of the JIT's time.
    pub fn assembler_sized<R: Relocation>(
        &self,
        bytes: usize,
        dynamic_labels: usize,
    ) -> Result<VecAssembler<R>, EmitError> {
        let addr = self.addr_at(self.len());
        let addr = usize::try_from(addr).map_err(|_| EmitError::AddressOutOfRange(addr))?;
        Ok(VecAssembler::new_with_capacity(
            addr,
            bytes,
            0,
            0,
            dynamic_labels,
            0,
            dynamic_labels,
        ))
    }

    /// Makes room for `bytes` more bytes of code.
    pub fn reserve(&mut self, bytes: usize) {
        self.bytes.reserve(bytes);
    }

    /// Resolves the sequence's labels and appends its bytes; returns the
    /// offset the sequence starts at.
    pub fn commit<R: Relocation>(&mut self, ops: VecAssembler<R>) -> Result<usize, EmitError> {
        let at = self.len();
        self.bytes.extend(ops.finalize()?);
        Ok(at)
    }
}

/// One target machine's code generator. The implementations are
/// zero-sized values in `x64`, `x86` and `arm64`; [`lookup`] returns them.
///
/// Implementations must emit through dynasmrt with an explicit `.arch`,
/// and must not change anything the layers above decide (frame layout,
/// which functions split).
pub trait Backend: Sync {
    /// The runtime's name for the target (its decoders and dumps).
    fn arch(&self) -> Arch;

    /// Go's GOARCH name: `amd64`, `386` or `arm64` (the runtime's).
    fn name(&self) -> &'static str {
        self.arch().name()
    }

    /// Pointer and `int` size; the unit of `abi::g` offsets.
    fn word(&self) -> Word {
        self.arch().word()
    }

    /// Frame sizes must be a multiple of this: the word on x86, 16 on
    /// arm64 where SP must stay 16-byte aligned.
    fn frame_align(&self) -> u64;

    /// Emits the function entry of DESIGN §5 at the end of `code`: unless
    /// `frame.nosplit`, Go 1.2's split check for the frame's size class
    /// ([`SplitCheck`]), `call morestack` with the frame and argument
    /// sizes in registers, and the `jmp start` that newstack decodes to
    /// rewind; then the frame allocation. `rt.morestack` must be reachable
    /// by the target's direct call from `code`.
    fn emit_prologue(
        &self,
        code: &mut CodeBuf,
        frame: FrameInfo,
        rt: &RuntimeAddrs,
    ) -> Result<PrologueOffsets, EmitError>;
}

/// The backend for `arch`.
pub fn lookup(arch: Arch) -> &'static dyn Backend {
    match arch {
        Arch::Amd64 => &x64::X64,
        Arch::I386 => &x86::X86,
        Arch::Arm64 => &arm64::Arm64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_agrees_with_the_runtime() {
        for arch in Arch::ALL {
            let b = lookup(arch);
            assert_eq!(b.arch(), arch);
            assert_eq!(b.name(), arch.name());
            assert_eq!(b.word(), arch.word());
        }
    }

    #[test]
    fn frame_classes_at_their_edges() {
        use SplitCheck::*;
        let class = |n| SplitCheck::for_frame(n);
        assert_eq!(class(0), Small);
        assert_eq!(class(STACK_SMALL), Small);
        assert_eq!(class(STACK_SMALL + 1), Large);
        assert_eq!(class(STACK_BIG - 1), Large);
        assert_eq!(class(STACK_BIG), Huge);
        assert_eq!(class(MAX_FRAME_SIZE), Huge);
    }

    #[test]
    fn frame_checks() {
        let f = |frame_size, arg_size, nosplit| FrameInfo {
            frame_size,
            arg_size,
            nosplit,
        };
        assert_eq!(f(8, 0, false).check(8), Ok(Some(SplitCheck::Small)));
        assert_eq!(f(120, 0, true).check(8), Ok(None));
        assert_eq!(
            f(STACK_SMALL, 0, true).check(8),
            Err(EmitError::NosplitFrameTooLarge(STACK_SMALL))
        );
        assert_eq!(
            f(12, 0, false).check(8),
            Err(EmitError::UnalignedFrame {
                frame_size: 12,
                align: 8
            })
        );
        assert_eq!(
            f(MAX_FRAME_SIZE + 1, 0, false).check(1),
            Err(EmitError::FrameTooLarge(MAX_FRAME_SIZE + 1))
        );
        assert_eq!(
            f(0, MAX_ARG_SIZE + 1, false).check(1),
            Err(EmitError::ArgsTooLarge(MAX_ARG_SIZE + 1))
        );
    }
}
