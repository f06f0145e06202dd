//! The 386 backend: Go 1.2's 386 ABI with `g` in a per-thread slot (DESIGN §4).

mod prologue;

#[cfg(test)]
mod emit_tests;

pub use prologue::{CLOBBERS, FRAME_ALIGN};

use crate::backend::{Arch, Backend, CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs};

/// The 386 backend.
#[derive(Clone, Copy, Debug, Default)]
pub struct X86;

impl Backend for X86 {
    fn arch(&self) -> Arch {
        Arch::I386
    }

    fn frame_align(&self) -> u64 {
        FRAME_ALIGN
    }

    fn emit_prologue(
        &self,
        code: &mut CodeBuf,
        frame: FrameInfo,
        rt: &RuntimeAddrs,
    ) -> Result<PrologueOffsets, EmitError> {
        prologue::emit_prologue(code, frame, rt)
    }
}
