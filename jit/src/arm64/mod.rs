//! The arm64 backend: Go's stack ABI on AArch64, `g` in x28 and the link register saved at 0(SP) (DESIGN §4).

mod prologue;

#[cfg(test)]
mod emit_tests;

pub use prologue::{CLOBBERS, FRAME_ALIGN};

use crate::backend::{Arch, Backend, CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs};

/// The arm64 backend.
#[derive(Clone, Copy, Debug, Default)]
pub struct Arm64;

impl Backend for Arm64 {
    fn arch(&self) -> Arch {
        Arch::Arm64
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
