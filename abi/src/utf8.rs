//! UTF-8 decoding as Go's unicode/utf8 does it, for `range` over a string
//! in the runtime's DecodeRune service and in the reference interpreter.

/// The first rune of `b` and its width in bytes, as Go's
/// utf8.DecodeRune: U+FFFD and width 1 for an invalid or short encoding
/// (overlong forms and surrogates included), width 0 for no bytes.
pub fn decode_rune(b: &[u8]) -> (i32, usize) {
    const ERR: (i32, usize) = (0xFFFD, 1);
    let Some(&b0) = b.first() else {
        return (0xFFFD, 0);
    };
    if b0 < 0x80 {
        return (i32::from(b0), 1);
    }
    let (n, lo, hi, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF, u32::from(b0 & 0x1F)),
        0xE0 => (3, 0xA0, 0xBF, u32::from(b0 & 0x0F)),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF, u32::from(b0 & 0x0F)),
        0xED => (3, 0x80, 0x9F, u32::from(b0 & 0x0F)),
        0xF0 => (4, 0x90, 0xBF, u32::from(b0 & 0x07)),
        0xF1..=0xF3 => (4, 0x80, 0xBF, u32::from(b0 & 0x07)),
        0xF4 => (4, 0x80, 0x8F, u32::from(b0 & 0x07)),
        _ => return ERR,
    };
    if b.len() < n {
        return ERR;
    }
    if !(lo..=hi).contains(&b[1]) {
        return ERR;
    }
    let mut r = (init << 6) | u32::from(b[1] & 0x3F);
    for &c in &b[2..n] {
        if !(0x80..=0xBF).contains(&c) {
            return ERR;
        }
        r = (r << 6) | u32::from(c & 0x3F);
    }
    (r as i32, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runes_decode_like_go() {
        assert_eq!(decode_rune(b"a"), (97, 1));
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune("世".as_bytes()), (0x4E16, 3));
        assert_eq!(decode_rune("😀".as_bytes()), (0x1F600, 4));
        assert_eq!(decode_rune(&[0xC0, 0x80]), (0xFFFD, 1)); // overlong
        assert_eq!(decode_rune(&[0xED, 0xA0, 0x80]), (0xFFFD, 1)); // surrogate
        assert_eq!(decode_rune(&[0xE4, 0xB8]), (0xFFFD, 1)); // short
        assert_eq!(decode_rune(&[0xFF]), (0xFFFD, 1));
        assert_eq!(decode_rune(&[]), (0xFFFD, 0));
    }
}
