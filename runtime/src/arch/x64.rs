//! amd64 accessors: the jump after `call morestack`, and the fault dump's
//! register names.

use super::{x86, Arch, RewindError};

/// Go 1.2's register dump on amd64 (dumpregs,
/// src/pkg/runtime/signal_amd64.c), one per line in the dump (DESIGN §8).
pub const DUMP_REGS: &[&str] = &[
    "rax", "rbx", "rcx", "rdx", "rdi", "rsi", "rbp", "rsp", "r8", "r9", "r10", "r11", "r12", "r13",
    "r14", "r15", "rip", "rflags", "cs", "fs", "gs",
];

/// Go 1.2's rewindmorestack for amd64: the function start that the `jmp`
/// (`e9 rel32` or `eb rel8`) at `return_address` leads to. The decoding is
/// 386's, with 64-bit addresses.
pub fn rewind_morestack(
    bytes_at_return_address: &[u8],
    return_address: u64,
) -> Result<u64, RewindError> {
    x86::rewind_jmp(Arch::Amd64, bytes_at_return_address, return_address)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_keep_64_bits() {
        let base = 0x7f00_0000_1000u64;
        assert_eq!(rewind_morestack(&[0xeb, 0xd0], base + 0x30), Ok(base + 2));
        let mut jmp = vec![0xe9];
        jmp.extend_from_slice(&(-0x1000i32).to_le_bytes());
        assert_eq!(rewind_morestack(&jmp, base), Ok(base + 5 - 0x1000));
        // Past 4 GiB, unlike 386.
        assert_eq!(
            rewind_morestack(&[0xeb, 0x10], 0xffff_fff0),
            Ok(0x1_0000_0002)
        );
    }

    #[test]
    fn a_call_is_not_a_jump() {
        let err = rewind_morestack(&[0xe8, 0, 0, 0, 0], 0x10).unwrap_err();
        assert_eq!(err.arch, Arch::Amd64);
        assert_eq!(err.bytes(), [0xe8, 0, 0, 0, 0]);
    }
}
