//! amd64 as the image builder sees it ([`Machine`]): its operations, its
//! stubs and thunks, and how a `call rel32` is linked.

use dynasmrt::x64::X64Relocation;
use dynasmrt::{dynasm, VecAssembler};
use splitgo_lang::target::Arch;
use splitgo_runtime::exec::EntryPoints;

use super::ops::X64Ops;
use super::stubs::{emit_native_thunk, emit_stubs};
use super::X64;
use crate::backend::{CodeBuf, EmitError};
use crate::codegen::Env;
use crate::mach::{Machine, StubOffsets};

impl Machine for X64 {
    const ARCH: Arch = Arch::Amd64;
    const WORD: u32 = 8;
    /// A rel32 reaches 2 GiB either way.
    const CALL_REACH: u64 = 1 << 31;
    const CALL_FIELD: usize = 4;

    type Ops<'e> = X64Ops<'e>;

    fn begin<'e>(
        code: &mut CodeBuf,
        env: &'e Env<'e>,
        reserve: usize,
        labels: usize,
    ) -> Result<X64Ops<'e>, EmitError> {
        X64Ops::begin(code, env, reserve, labels)
    }

    fn emit_stubs(code: &mut CodeBuf, rt: &EntryPoints) -> Result<StubOffsets, EmitError> {
        let s = emit_stubs(code, rt)?;
        Ok(StubOffsets {
            enter: s.enter,
            goexit: s.goexit,
            morestack: s.morestack,
            lessstack: s.lessstack,
            trampoline: s.trampoline,
            deferret: s.deferret,
            callret: s.callret,
            ranges: s.ranges(),
        })
    }

    fn emit_native_thunk(code: &mut CodeBuf, id: u32, trampoline: u64) -> Result<usize, EmitError> {
        emit_native_thunk(code, id, trampoline)
    }

    fn emit_trap(code: &mut CodeBuf) -> Result<usize, EmitError> {
        let mut ops: VecAssembler<X64Relocation> = code.assembler()?;
        dynasm!(ops ; .arch x64 ; ud2);
        code.commit(ops)
    }

    fn link_call(field: &mut [u8], at: u64, target: u64) -> Result<(), String> {
        // The displacement counts from the end of the field, where the
        // next instruction starts.
        let rel = target.wrapping_sub(at + 4) as i64;
        let rel = i32::try_from(rel).map_err(|_| "code too large".to_string())?;
        field[..4].copy_from_slice(&rel.to_le_bytes());
        Ok(())
    }
}
