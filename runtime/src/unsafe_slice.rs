//! `unsafe.Slice(ptr, len)`: gc's checks of the length before the slice
//! `ptr[:len:len]` is made (runtime.unsafeslice). The compiler's copy of the
//! rule, for the reference interpreter, is `ir::unsafe_slice_check`; the
//! runtime does not depend on the compiler, so it keeps its own.

use crate::mem::Mem;
use crate::services::Stop;

const LEN: &str = "runtime error: unsafe.Slice: len out of range";
const NIL: &str = "runtime error: unsafe.Slice: ptr is nil and len is not zero";

/// The check for elements of `es` bytes with target words of `bits` bits:
/// a length that is negative (as a signed word), or whose bytes overflow a
/// word or run past the end of the address space from `ptr`, is out of
/// range; a nil `ptr` allows only a zero length.
pub fn check(es: u64, ptr: u64, len: u64, bits: u32) -> Result<(), &'static str> {
    let mask = if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let (ptr, len) = (ptr & mask, len & mask);
    if len >> (bits - 1) != 0 {
        return Err(LEN);
    }
    let room = ptr.wrapping_neg() & mask;
    match es.checked_mul(len).filter(|m| *m <= mask) {
        Some(m) if m <= room || (ptr == 0 && m == 0) => Ok(()),
        _ if ptr == 0 => Err(NIL),
        _ => Err(LEN),
    }
}

/// The UnsafeSlice service: args = element size, ptr, len (words); the
/// slice goes to words 3..6.
pub fn unsafe_slice<M: Mem + ?Sized>(m: &M, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let (es, ptr, len) = (
        m.read_word(args),
        m.read_word(args + w),
        m.read_word(args + 2 * w),
    );
    check(es, ptr, len, 8 * w as u32).map_err(|msg| Stop::Panic(msg.into()))?;
    m.write_word(args + 3 * w, ptr);
    m.write_word(args + 4 * w, len);
    m.write_word(args + 5 * w, len);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_cases() {
        let top = u64::MAX; // the last byte of the address space
        assert_eq!(check(1, 0x1000, 10, 64), Ok(()));
        assert_eq!(check(8, 0, 0, 64), Ok(()));
        assert_eq!(check(8, 0, 1, 64), Err(NIL));
        assert_eq!(check(1, 0x1000, u64::MAX, 64), Err(LEN));
        assert_eq!(check(8, 0x1000, 1 << 61, 64), Err(LEN));
        assert_eq!(check(1, top, 1, 64), Ok(()));
        assert_eq!(check(1, top, 2, 64), Err(LEN));
        assert_eq!(check(0, 0x1000, 1 << 62, 64), Ok(()));
        assert_eq!(check(4, 0x1000, 0x8000_0000, 32), Err(LEN));
    }
}
