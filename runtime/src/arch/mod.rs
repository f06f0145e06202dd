//! Machine-dependent readers, one file per target (STYLE habit 7): decoding
//! the jump that follows `call morestack` (Go 1.2's rewindmorestack) and the
//! register names of the fault dump (DESIGN §8). Nothing here decides
//! anything: `stack.rs` and the signal code use these accessors and are
//! written once for every target.
//!
//! [`Arch`] names the three targets and dispatches to their files. Its
//! variants match the front end's `Target.arch`; the binary converts between
//! the two by Go's GOARCH name ([`Arch::by_name`]), since the runtime knows
//! nothing of the compiler (DESIGN §2).

use std::fmt;

use crate::abi::Word;
use crate::throw::Fatal;

pub mod arm64;
pub mod x64;
pub mod x86;

/// A target machine, by Go's GOARCH name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Arch {
    /// `amd64`: x86-64, `g` in r14.
    Amd64,
    /// `386`: 32-bit x86, `g` in a per-thread slot.
    I386,
    /// `arm64`: AArch64, `g` in x28.
    Arm64,
}

impl Arch {
    pub const ALL: [Arch; 3] = [Arch::Amd64, Arch::I386, Arch::Arm64];

    /// Go's GOARCH name: `amd64`, `386`, `arm64`.
    pub fn name(self) -> &'static str {
        match self {
            Arch::Amd64 => "amd64",
            Arch::I386 => "386",
            Arch::Arm64 => "arm64",
        }
    }

    /// The inverse of [`Arch::name`].
    pub fn by_name(name: &str) -> Option<Arch> {
        Arch::ALL.into_iter().find(|a| a.name() == name)
    }

    /// The machine splitgo itself runs on (the native executor's target);
    /// `None` on a host that is none of the three.
    pub fn host() -> Option<Arch> {
        if cfg!(target_arch = "x86_64") {
            Some(Arch::Amd64)
        } else if cfg!(target_arch = "x86") {
            Some(Arch::I386)
        } else if cfg!(target_arch = "aarch64") {
            Some(Arch::Arm64)
        } else {
            None
        }
    }

    /// Pointer and `int` size (DESIGN §4).
    pub fn word(self) -> Word {
        match self {
            Arch::Amd64 | Arch::Arm64 => Word::W8,
            Arch::I386 => Word::W4,
        }
    }

    /// Go 1.2's rewindmorestack: given the bytes at the return address of
    /// a prologue's `call morestack`, the address of the function's start
    /// that the jump there leads back to (DESIGN §5).
    pub fn rewind_morestack(
        self,
        bytes_at_return_address: &[u8],
        return_address: u64,
    ) -> Result<u64, RewindError> {
        match self {
            Arch::Amd64 => x64::rewind_morestack(bytes_at_return_address, return_address),
            Arch::I386 => x86::rewind_morestack(bytes_at_return_address, return_address),
            Arch::Arm64 => arm64::rewind_morestack(bytes_at_return_address, return_address),
        }
    }

    /// How many bytes at the return address [`Arch::rewind_morestack`]
    /// reads at most: a caller copies this many (or as many as are mapped).
    pub fn rewind_len(self) -> usize {
        match self {
            Arch::Amd64 | Arch::I386 => x86::JMP_MAX_LEN,
            Arch::Arm64 => arm64::INSN_LEN,
        }
    }

    /// Register names of the fault dump, in Go's order and spelling.
    pub fn dump_regs(self) -> &'static [&'static str] {
        match self {
            Arch::Amd64 => x64::DUMP_REGS,
            Arch::I386 => x86::DUMP_REGS,
            Arch::Arm64 => arm64::DUMP_REGS,
        }
    }
}

impl fmt::Display for Arch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The bytes at a morestack return address were not the jump back to the
/// function's start that every prologue ends with: the return address is
/// not where morestack was called from a prologue, or the code is corrupt.
///
/// Go 1.2 (rewindmorestack, src/pkg/runtime/sys_x86.c and sys_arm.c) prints
/// the pc and the bytes, then throws. [`RewindError::context`] is that
/// first line and [`RewindError::MESSAGE`] the throw's text; `Display`
/// writes both, one per line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RewindError {
    pub arch: Arch,
    /// The return address the bytes were read from.
    pub pc: u64,
    bytes: [u8; RewindError::MAX_BYTES],
    len: u8,
}

impl RewindError {
    /// Go's throw text (use it at this one site: STYLE habit 11).
    pub const MESSAGE: &'static str = "runtime: misuse of rewindmorestack";
    /// At most this many bytes are kept for the report: the longest jump
    /// the decoders accept (x86 `e9 rel32`).
    pub const MAX_BYTES: usize = 5;

    pub(crate) fn new(arch: Arch, pc: u64, seen: &[u8]) -> RewindError {
        let mut bytes = [0; RewindError::MAX_BYTES];
        let len = seen.len().min(RewindError::MAX_BYTES);
        bytes[..len].copy_from_slice(&seen[..len]);
        RewindError {
            arch,
            pc,
            bytes,
            len: len as u8,
        }
    }

    /// The bytes found at the return address (fewer than the jump needs
    /// when the caller could read no more).
    pub fn bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }

    /// The line printed before the throw, as Go prints it:
    /// `runtime: pc=0x401005 e8 00 00 00 00`.
    pub fn context(&self) -> impl fmt::Display + '_ {
        struct Context<'a>(&'a RewindError);
        impl fmt::Display for Context<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "runtime: pc={:#x}", self.0.pc)?;
                for b in self.0.bytes() {
                    write!(f, " {b:02x}")?;
                }
                Ok(())
            }
        }
        Context(self)
    }
}

impl fmt::Display for RewindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}\n{}", self.context(), RewindError::MESSAGE)
    }
}

impl std::error::Error for RewindError {}

/// newstack's throw when the rewind fails: the context line, then Go's
/// message.
impl From<RewindError> for Fatal {
    fn from(e: RewindError) -> Fatal {
        Fatal::new(RewindError::MESSAGE).line(e.context().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for a in Arch::ALL {
            assert_eq!(Arch::by_name(a.name()), Some(a));
        }
        assert_eq!(Arch::by_name("arm"), None);
        assert_eq!(Arch::I386.word(), Word::W4);
    }

    #[test]
    fn error_prints_the_bytes_then_gos_message() {
        let err = Arch::Amd64
            .rewind_morestack(&[0xe8, 0, 0, 0, 0, 0x90], 0x401005)
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "runtime: pc=0x401005 e8 00 00 00 00\nruntime: misuse of rewindmorestack"
        );
        let err = Arch::Arm64.rewind_morestack(&[0x1f], 0x1000).unwrap_err();
        assert_eq!(err.context().to_string(), "runtime: pc=0x1000 1f");
        let fatal = Fatal::from(err);
        assert_eq!(fatal.message, "runtime: misuse of rewindmorestack");
        assert_eq!(fatal.context, ["runtime: pc=0x1000 1f"]);
    }

    #[test]
    fn dispatch_reaches_each_decoder() {
        // eb fe: jmp to itself; 0x17ffffff: b .-4
        assert_eq!(Arch::Amd64.rewind_morestack(&[0xeb, 0xfe], 0x10), Ok(0x10));
        assert_eq!(Arch::I386.rewind_morestack(&[0xeb, 0xfe], 0x10), Ok(0x10));
        assert_eq!(
            Arch::Arm64.rewind_morestack(&0x17ff_ffffu32.to_le_bytes(), 0x10),
            Ok(0xc)
        );
        assert_eq!(Arch::Amd64.dump_regs().len(), 21);
        assert_eq!(Arch::I386.dump_regs().len(), 13);
        assert_eq!(Arch::Arm64.dump_regs().len(), 34);
    }
}
