//! 386 accessors: the jump after `call morestack`, and the fault dump's
//! register names. The jump decoding is shared with amd64 (`x64.rs`), as
//! Go 1.2 shares it between the two in src/pkg/runtime/sys_x86.c.

use super::{Arch, RewindError};

/// Go 1.2's register dump on 386 (dumpregs, src/pkg/runtime/signal_386.c).
pub const DUMP_REGS: &[&str] = &[
    "eax", "ebx", "ecx", "edx", "edi", "esi", "ebp", "esp", "eip", "eflags", "cs", "fs", "gs",
];

/// The longest jump the prologue may end with: `e9` and a 32-bit
/// displacement.
pub const JMP_MAX_LEN: usize = 5;

/// Go 1.2's rewindmorestack for 386: the function start that the `jmp` at
/// `return_address` leads to. Addresses wrap at 32 bits, as the CPU's do.
pub fn rewind_morestack(
    bytes_at_return_address: &[u8],
    return_address: u64,
) -> Result<u64, RewindError> {
    rewind_jmp(Arch::I386, bytes_at_return_address, return_address)
}

/// Decodes `jmp rel32` (`e9`) or `jmp rel8` (`eb`): the target is the
/// address after the jump plus the signed displacement, in `arch`'s word.
///
/// Unlike Go 1.2, a debugger's `int3` (`cc`) is not accepted: Go left the
/// pc at the jump so gdb's breakpoint would still be hit; no debugger plants
/// breakpoints in splitgo's generated code, so `cc` is misuse like any other byte.
pub(super) fn rewind_jmp(
    arch: Arch,
    bytes: &[u8],
    return_address: u64,
) -> Result<u64, RewindError> {
    let (len, disp) = match *bytes {
        [0xe9, a, b, c, d, ..] => (5, i64::from(i32::from_le_bytes([a, b, c, d]))),
        [0xeb, d, ..] => (2, i64::from(d as i8)),
        _ => return Err(RewindError::new(arch, return_address, bytes)),
    };
    let target = return_address.wrapping_add(len).wrapping_add(disp as u64);
    Ok(arch.word().wrap(target as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Encodings from the Intel SDM (JMP: EB cb, E9 cd); the JIT's tests
    // decode the bytes its prologues really emit (jit/src/x86/emit_tests.rs).
    #[test]
    fn rel8_backwards_and_forwards() {
        assert_eq!(rewind_morestack(&[0xeb, 0xe0], 0x1020), Ok(0x1002));
        assert_eq!(rewind_morestack(&[0xeb, 0x80], 0x1000), Ok(0x1002 - 128));
        assert_eq!(rewind_morestack(&[0xeb, 0x7f], 0x1000), Ok(0x1002 + 127));
    }

    #[test]
    fn rel32_extremes_wrap_at_32_bits() {
        let jmp = |d: i32| {
            let mut b = vec![0xe9];
            b.extend_from_slice(&d.to_le_bytes());
            b
        };
        assert_eq!(rewind_morestack(&jmp(-0x25), 0x8000_0000), Ok(0x7fff_ffe0));
        assert_eq!(rewind_morestack(&jmp(i32::MIN), 0x1000), Ok(0x8000_1005));
        assert_eq!(rewind_morestack(&jmp(16), 0xffff_fff0), Ok(0x5));
    }

    #[test]
    fn anything_else_is_misuse() {
        for bytes in [&[0xe8, 1, 2, 3, 4][..], &[0xcc], &[0xe9, 1, 2], &[]] {
            let err = rewind_morestack(bytes, 0x40).unwrap_err();
            assert_eq!(err.bytes(), bytes);
            assert_eq!(err.arch, Arch::I386);
        }
    }
}
