//! Layout words: how an allocation tells the runtime which words of the
//! new object hold pointers, so the heap can record them for the
//! collector. One word says it, in one of three forms:
//!
//! - `0`: no word holds a pointer (string bytes, `[]int`, `[]byte`);
//! - an odd word: the mask itself, shifted up by one — bit `k + 1` set
//!   says word `k` holds a pointer. It covers objects whose pointer words
//!   all lie among their first `bits - 1` words (63 with 8-byte words);
//! - any other word: the address of a mask record in read-only memory:
//!   one target word `n`, the number of words the mask covers, then
//!   `ceil(n / 8)` bytes, bit `k % 8` of byte `k / 8` for word `k`.
//!
//! Type descriptors carry their type's layout word (typedesc's PTRMASK),
//! so an allocation made from a descriptor passes it on unchanged. For an
//! array of `n` elements the layout is the element's, repeated every
//! element size.

/// The layout word of pointer-free data.
pub const NO_POINTERS: u64 = 0;

/// The layout word for `mask` (bit `k` of word `k / 64` for word `k`,
/// as `PtrMask` stores it) when it fits in a word of `ptr_size` bytes.
pub fn inline(mask: &[u64], ptr_size: u32) -> Option<u64> {
    let bits = ptr_size * 8;
    match mask {
        [] => Some(NO_POINTERS),
        // Room for the shift: the top bit of the word stays clear.
        [m] if m.leading_zeros() > 64 - bits => Some((m << 1) | 1),
        _ => None,
    }
}

/// The mask an inline layout word holds (None for 0 or a record's
/// address).
pub fn inline_mask(word: u64) -> Option<u64> {
    (word & 1 == 1).then_some(word >> 1)
}

/// The bytes of a mask record for `mask` covering `nwords` words, with
/// words of `ptr_size` bytes (little-endian targets).
pub fn record(mask: &[u64], nwords: u32, ptr_size: u32) -> Vec<u8> {
    let mut out = u64::from(nwords).to_le_bytes()[..ptr_size as usize].to_vec();
    for k in 0..nwords.div_ceil(8) {
        let word = mask.get((k / 8) as usize).copied().unwrap_or(0);
        out.push((word >> ((k % 8) * 8)) as u8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_masks_are_inline_and_large_ones_records() {
        assert_eq!(inline(&[], 8), Some(0));
        assert_eq!(inline(&[0b101], 8), Some(0b1011));
        assert_eq!(inline_mask(0b1011), Some(0b101));
        assert_eq!(inline_mask(0), None);
        assert_eq!(inline(&[1 << 62], 8), Some((1 << 63) | 1));
        assert_eq!(inline(&[1 << 63], 8), None);
        assert_eq!(inline(&[1 << 30], 4), Some((1 << 31) | 1));
        assert_eq!(inline(&[1 << 31], 4), None);
        assert_eq!(inline(&[0, 1], 8), None);
        let r = record(&[1 << 63, 0b10], 66, 8);
        assert_eq!(&r[..8], &66u64.to_le_bytes());
        assert_eq!(r.len(), 8 + 9);
        assert_eq!((r[8 + 7], r[8 + 8]), (0x80, 0b10));
    }
}
