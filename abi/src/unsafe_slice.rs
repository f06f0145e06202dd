//! gc's rule for `unsafe.Slice`'s arguments (runtime.unsafeslice), shared
//! by the runtime's UnsafeSlice service and the reference interpreter.

const LEN: &str = "runtime error: unsafe.Slice: len out of range";
const NIL: &str = "runtime error: unsafe.Slice: ptr is nil and len is not zero";

/// gc's checks of `unsafe.Slice(ptr, len)` for elements of `es` bytes on a
/// target of `bits`-bit words (`len` as the word holds it, two's
/// complement): the length must not be negative, and the slice's bytes must
/// neither overflow a word nor run past the end of the address space; a nil
/// `ptr` is only allowed with a zero length. The error is the panic's text.
pub fn unsafe_slice_check(es: u64, ptr: u64, len: u64, bits: u32) -> Result<(), &'static str> {
    let mask = if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let (ptr, len) = (ptr & mask, len & mask);
    if len >> (bits - 1) != 0 {
        return Err(LEN);
    }
    // The bytes up to the end of the address space from ptr (none for nil).
    let room = ptr.wrapping_neg() & mask;
    let mem = es.checked_mul(len).filter(|m| *m <= mask);
    match mem {
        Some(m) if m <= room || (ptr == 0 && m == 0) => Ok(()),
        _ if ptr == 0 => Err(NIL),
        _ => Err(LEN),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_cases() {
        let top = u64::MAX; // the last byte of the address space
        assert_eq!(unsafe_slice_check(1, 0x1000, 10, 64), Ok(()));
        assert_eq!(unsafe_slice_check(8, 0, 0, 64), Ok(()));
        assert_eq!(unsafe_slice_check(8, 0, 1, 64), Err(NIL));
        assert_eq!(unsafe_slice_check(1, 0x1000, u64::MAX, 64), Err(LEN));
        assert_eq!(unsafe_slice_check(8, 0x1000, 1 << 61, 64), Err(LEN));
        assert_eq!(unsafe_slice_check(1, top, 1, 64), Ok(()));
        assert_eq!(unsafe_slice_check(1, top, 2, 64), Err(LEN));
        assert_eq!(unsafe_slice_check(0, 0x1000, 1 << 62, 64), Ok(()));
        assert_eq!(unsafe_slice_check(4, 0x1000, 0x8000_0000, 32), Err(LEN));
    }
}
