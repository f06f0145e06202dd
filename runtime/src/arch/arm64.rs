//! arm64 accessors: the branch after `bl morestack`, and the fault dump's
//! register names.

use super::{Arch, RewindError};

/// Go's register dump on arm64 (dumpregs, src/runtime/signal_arm64.go;
/// Go 1.2 had no arm64, and its arm dump uses the same style of names).
pub const DUMP_REGS: &[&str] = &[
    "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "r13", "r14",
    "r15", "r16", "r17", "r18", "r19", "r20", "r21", "r22", "r23", "r24", "r25", "r26", "r27",
    "r28", "r29", "lr", "sp", "pc", "fault",
];

/// Every instruction is one little-endian 32-bit word.
pub const INSN_LEN: usize = 4;

/// `B imm26`: bits 31..26 are `000101`; `BL` (`100101`) does not qualify.
const B_OPCODE: u32 = 0b000101;

/// Go 1.2's rewindmorestack, in the shape of its arm version
/// (src/pkg/runtime/sys_arm.c): the return address must be word-aligned
/// and hold an unconditional `B`; the function start is that branch's
/// target, the branch's own address plus the signed 26-bit word offset.
pub fn rewind_morestack(
    bytes_at_return_address: &[u8],
    return_address: u64,
) -> Result<u64, RewindError> {
    let misuse = || RewindError::new(Arch::Arm64, return_address, bytes_at_return_address);
    let Some(&[a, b, c, d]) = bytes_at_return_address.get(..INSN_LEN) else {
        return Err(misuse());
    };
    let insn = u32::from_le_bytes([a, b, c, d]);
    if !return_address.is_multiple_of(4) || insn >> 26 != B_OPCODE {
        return Err(misuse());
    }
    // Shift imm26 to the top, then arithmetic-shift back down: sign
    // extension, with the two zero bits of a word offset.
    let offset = ((insn << 6) as i32 >> 4) as i64;
    Ok(return_address.wrapping_add(offset as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Encodings from the Arm ARM (B: 0x14000000 | imm26); the JIT's tests
    // decode the bytes its prologues really emit (jit/src/arm64/emit_tests.rs).
    fn b(imm26: u32) -> [u8; 4] {
        (0x1400_0000 | (imm26 & 0x03ff_ffff)).to_le_bytes()
    }

    #[test]
    fn offsets_at_their_edges() {
        let pc = 0x4000_0000u64;
        assert_eq!(rewind_morestack(&b(0x03ff_fffd), pc), Ok(pc - 12));
        assert_eq!(rewind_morestack(&b(0), pc), Ok(pc));
        assert_eq!(rewind_morestack(&b(0x01ff_ffff), pc), Ok(pc + 0x07ff_fffc));
        assert_eq!(rewind_morestack(&b(0x0200_0000), pc), Ok(pc - 0x0800_0000));
        // Trailing bytes (the next instruction) are ignored.
        let mut long = b(0x03ff_ffff).to_vec();
        long.extend_from_slice(&[0xd5, 0x03, 0x20, 0x1f]);
        assert_eq!(rewind_morestack(&long, pc), Ok(pc - 4));
    }

    #[test]
    fn bl_misalignment_and_short_reads_are_misuse() {
        let bl = (0x9400_0000u32 | 4).to_le_bytes();
        assert!(rewind_morestack(&bl, 0x1000).is_err());
        assert!(rewind_morestack(&b(1), 0x1002).is_err());
        let err = rewind_morestack(&b(1)[..3], 0x1000).unwrap_err();
        assert_eq!(err.bytes(), &b(1)[..3]);
        assert_eq!(err.arch, Arch::Arm64);
    }
}
