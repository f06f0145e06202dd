//! UTF-8 as Go's conversions and unicode/utf8 treat it, for the runtime's
//! string services (DecodeRune for `range` over a string, `string(r)`,
//! `[]rune(s)`, `string(runes)`) and the reference interpreter alike:
//! invalid input becomes U+FFFD, one byte at a time.

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

/// Appends the UTF-8 of rune `r` to `out`, as `string(r)` converts an
/// integer: U+FFFD for a negative value, a surrogate or one above U+10FFFF.
pub fn encode_rune(r: i64, out: &mut Vec<u8>) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut b = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
}

/// `[]rune(s)`: each rune of `s` as [`decode_rune`] reads it.
pub fn string_to_runes(s: &[u8]) -> Vec<i32> {
    let mut runes = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        runes.push(r);
        i += width;
    }
    runes
}

/// The rune at byte `i` of `s` and the index after it, for `for range`
/// over a string; at or past the end, U+FFFD and `i` itself.
pub fn decode_rune_at(s: &[u8], i: usize) -> (i32, usize) {
    let (r, width) = decode_rune(s.get(i..).unwrap_or(&[]));
    (r, i + width)
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

    #[test]
    fn conversions_replace_invalid_runes() {
        let enc = |r: i64| {
            let mut v = Vec::new();
            encode_rune(r, &mut v);
            String::from_utf8(v).unwrap()
        };
        assert_eq!(enc(0x4E16), "世");
        assert_eq!(enc(-1), "\u{FFFD}");
        assert_eq!(enc(0xD800), "\u{FFFD}");
        assert_eq!(enc(0x110000), "\u{FFFD}");
        // Each invalid byte is one U+FFFD (not one per maximal invalid run).
        assert_eq!(
            string_to_runes(&[b'a', 0xE4, 0xB8, b'b']),
            [97, 0xFFFD, 0xFFFD, 98]
        );
        assert_eq!(decode_rune_at(b"ab", 1), (98, 2));
        assert_eq!(decode_rune_at(b"ab", 2), (0xFFFD, 2));
        assert_eq!(decode_rune_at(b"ab", 5), (0xFFFD, 5));
    }
}
