//! The amd64 backend: Go 1.2's amd64 ABI with `g` in r14 (DESIGN §4).

mod machine;
pub mod ops;
mod prologue;
pub mod stubs;

#[cfg(test)]
mod emit_tests;
#[cfg(test)]
mod ops_tests;
#[cfg(test)]
mod stubs_tests;

pub use prologue::{CLOBBERS, FRAME_ALIGN};

use crate::backend::{Arch, Backend, CodeBuf, EmitError, FrameInfo, PrologueOffsets, RuntimeAddrs};

/// The amd64 backend.
#[derive(Clone, Copy, Debug, Default)]
pub struct X64;

impl Backend for X64 {
    fn arch(&self) -> Arch {
        Arch::Amd64
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
