//! Go's strconv text forms that fmt builds on: quoting (Quote,
//! QuoteToASCII, QuoteRune, CanBackquote, IsPrint) and floating-point
//! formatting (AppendFloat with the formats `b e E f g G x X`).
//!
//! Decimal digits come from Rust's float formatting, which is exact (a
//! given precision rounds the exact binary value, half to even) and whose
//! `{:e}` without precision is the shortest text that reads back as the
//! same value, like strconv's shortest mode; the layout around the digits
//! (exponent form, `%g`'s choice, hex floats) follows strconv/ftoa.go.

/// Go's strconv.IsPrint (and unicode.IsPrint): U+0020 and the letters,
/// marks, numbers, punctuation and symbols of Unicode 13.0.0, from the
/// runs of `printable.rs` (generated from Go 1.19's tables).
pub fn is_print(r: u32) -> bool {
    printable::PRINT_RUNS
        .binary_search_by(|&(first, last)| {
            if last < r {
                std::cmp::Ordering::Less
            } else if first > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Decodes the first rune of `b` as Go's utf8.DecodeRune does (the ABI
/// crate's decoder, as a code point): an invalid or short sequence is
/// U+FFFD of width 1, no bytes U+FFFD of width 0.
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let (r, n) = splitgo_abi::decode_rune(b);
    (r as u32, n)
}

/// Runes in `b` as Go's utf8.RuneCount counts them (each invalid byte is
/// one).
pub fn rune_count(b: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < b.len() {
        i += decode_rune(&b[i..]).1;
        n += 1;
    }
    n
}

/// The shortest `{:e}` text that reads back as `a` (an f32 when `bits` is
/// 32). Of several shortest texts equally near, strconv picks the nearer
/// to the exact value, rounding half to even on a tie (25329516.2119140625
/// is 2.5329516211914062e+07), where Rust's shortest form may take the
/// other: the correctly rounded text of that length is used when it reads
/// back as `a` too.
fn shortest_exp(a: f64, bits: u32) -> String {
    let (s, digits) = if bits == 32 {
        let s = format!("{:e}", a as f32);
        let n = s
            .split('e')
            .next()
            .map_or(0, |m| m.len() - usize::from(m.contains('.')));
        (s, n)
    } else {
        let s = format!("{a:e}");
        let n = s
            .split('e')
            .next()
            .map_or(0, |m| m.len() - usize::from(m.contains('.')));
        (s, n)
    };
    if digits > 1 {
        let exact = if bits == 32 {
            let t = format!("{:.*e}", digits - 1, a as f32);
            (t.parse::<f32>() == Ok(a as f32)).then_some(t)
        } else {
            let t = format!("{:.*e}", digits - 1, a);
            (t.parse::<f64>() == Ok(a)).then_some(t)
        };
        if let Some(t) = exact {
            return t;
        }
    }
    s
}

/// Appends `r` in UTF-8 (U+FFFD if it is not a character).
fn push_rune(out: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// strconv's appendEscapedRune: rune `r` inside a literal quoted by
/// `quote`, escaped unless printable (and ASCII, with `ascii`).
fn escaped_rune(out: &mut Vec<u8>, r: u32, quote: u8, ascii: bool) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    if r == u32::from(quote) || r == u32::from(b'\\') {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    if (!ascii || r < 0x80) && is_print(r) {
        push_rune(out, r);
        return;
    }
    match r {
        7 => out.extend_from_slice(b"\\a"),
        8 => out.extend_from_slice(b"\\b"),
        0xC => out.extend_from_slice(b"\\f"),
        0xA => out.extend_from_slice(b"\\n"),
        0xD => out.extend_from_slice(b"\\r"),
        9 => out.extend_from_slice(b"\\t"),
        0xB => out.extend_from_slice(b"\\v"),
        _ if r < 0x20 || r == 0x7F => {
            out.extend_from_slice(b"\\x");
            out.push(HEX[(r >> 4) as usize & 15]);
            out.push(HEX[r as usize & 15]);
        }
        _ => {
            let r = if char::from_u32(r).is_some() {
                r
            } else {
                0xFFFD
            };
            let (lead, digits): (&[u8], u32) = if r < 0x10000 {
                (b"\\u", 4)
            } else {
                (b"\\U", 8)
            };
            out.extend_from_slice(lead);
            for k in (0..digits).rev() {
                out.push(HEX[(r >> (4 * k)) as usize & 15]);
            }
        }
    }
}

/// strconv.Quote (`ascii`: QuoteToASCII): a double-quoted Go literal;
/// bytes that are not UTF-8 become `\xHH`.
pub fn quote(s: &[u8], ascii: bool) -> Vec<u8> {
    let mut out = vec![b'"'];
    let mut i = 0;
    while i < s.len() {
        let (r, n) = decode_rune(&s[i..]);
        if n == 1 && r == 0xFFFD {
            out.extend_from_slice(format!("\\x{:02x}", s[i]).as_bytes());
        } else {
            escaped_rune(&mut out, r, b'"', ascii);
        }
        i += n;
    }
    out.push(b'"');
    out
}

/// strconv.QuoteRune (`ascii`: QuoteRuneToASCII): a single-quoted rune
/// literal; an invalid rune is U+FFFD.
pub fn quote_rune(r: u32, ascii: bool) -> Vec<u8> {
    let r = if char::from_u32(r).is_some() {
        r
    } else {
        0xFFFD
    };
    let mut out = vec![b'\''];
    escaped_rune(&mut out, r, b'\'', ascii);
    out.push(b'\'');
    out
}

/// strconv.CanBackquote: whether `s` can be a raw string literal (no
/// control character but tab, no backquote, no BOM, valid UTF-8).
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, n) = decode_rune(&s[i..]);
        i += n;
        if n > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == 0xFFFD || (r < 0x20 && r != 9) || r == u32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

/// A decimal form of a float: digits `d` (no leading or trailing zeros;
/// empty for zero) with the decimal point `dp` digits from their start.
struct Decimal {
    d: Vec<u8>,
    dp: i32,
}

impl Decimal {
    /// The digits `d` with the point `dp` digits from their start, with
    /// leading and trailing zeros dropped.
    fn new(mut d: Vec<u8>, mut dp: i32) -> Decimal {
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i32;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            dp = 0;
        }
        Decimal { d, dp }
    }
}

/// Parses Rust's `d.ddde±x` form into a [`Decimal`].
fn from_exp(s: &str) -> Decimal {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let d: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    Decimal::new(d, exp + 1)
}

/// Parses Rust's fixed `iii.fff` form into a [`Decimal`].
fn from_fixed(s: &str) -> Decimal {
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let d: Vec<u8> = int.bytes().chain(frac.bytes()).collect();
    Decimal::new(d, int.len() as i32)
}

/// strconv.AppendFloat(v, fmt, prec, bits) (prec -1: the shortest form
/// that reads back as `v` at `bits`).
pub fn format_float(v: f64, fmt: u8, prec: i32, bits: u32) -> Vec<u8> {
    if v.is_nan() {
        return b"NaN".to_vec();
    }
    if v.is_infinite() {
        return if v > 0.0 { b"+Inf" } else { b"-Inf" }.to_vec();
    }
    let neg = v.is_sign_negative();
    let (mantbits, expbits, bias) = if bits == 32 {
        (23u32, 8u32, -127i32)
    } else {
        (52, 11, -1023)
    };
    if fmt == b'b' || fmt == b'x' || fmt == b'X' {
        let raw = if bits == 32 {
            u64::from((v as f32).to_bits())
        } else {
            v.to_bits()
        };
        let mut exp = (raw >> mantbits) as i32 & ((1 << expbits) - 1);
        let mut mant = raw & ((1u64 << mantbits) - 1);
        if exp == 0 {
            exp += 1;
        } else {
            mant |= 1u64 << mantbits;
        }
        exp += bias;
        if fmt == b'b' {
            let e = exp - mantbits as i32;
            let sign = if neg { "-" } else { "" };
            let esign = if e >= 0 { "+" } else { "" };
            return format!("{sign}{mant}p{esign}{e}").into_bytes();
        }
        return fmt_x(prec, fmt, neg, mant, exp, mantbits);
    }
    let a = v.abs();
    let shortest = prec < 0;
    let mut prec = prec;
    let digs = if shortest {
        let d = from_exp(&shortest_exp(a, bits));
        prec = match fmt {
            b'e' | b'E' => d.d.len() as i32 - 1,
            b'f' => (d.d.len() as i32 - d.dp).max(0),
            _ => d.d.len() as i32,
        };
        d
    } else {
        match fmt {
            b'e' | b'E' => from_exp(&format!("{:.*e}", prec as usize, a)),
            b'f' => from_fixed(&format!("{:.*}", prec as usize, a)),
            _ => {
                if prec == 0 {
                    prec = 1;
                }
                from_exp(&format!("{:.*e}", prec as usize - 1, a))
            }
        }
    };
    let mut out = Vec::new();
    match fmt {
        b'e' | b'E' => fmt_e(&mut out, neg, &digs, prec, fmt),
        b'f' => fmt_f(&mut out, neg, &digs, prec),
        _ => {
            let nd = digs.d.len() as i32;
            let mut eprec = prec;
            if eprec > nd && nd >= digs.dp {
                eprec = nd;
            }
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > nd {
                    prec = nd;
                }
                fmt_e(&mut out, neg, &digs, prec - 1, fmt + b'e' - b'g');
            } else {
                if prec > digs.dp {
                    prec = nd;
                }
                fmt_f(&mut out, neg, &digs, (prec - digs.dp).max(0));
            }
        }
    }
    out
}

/// `-d.dddde±dd` (strconv's fmtE).
fn fmt_e(out: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i32, fmt: u8) {
    if neg {
        out.push(b'-');
    }
    out.push(d.d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec as usize {
            out.push(d.d.get(i).copied().unwrap_or(b'0'));
        }
    }
    out.push(fmt);
    let mut exp = d.dp - 1;
    if d.d.is_empty() {
        exp = 0;
    }
    out.push(if exp < 0 { b'-' } else { b'+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
}

/// `-ddd.dddd` (strconv's fmtF).
fn fmt_f(out: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i32) {
    if neg {
        out.push(b'-');
    }
    if d.dp > 0 {
        for i in 0..d.dp as usize {
            out.push(d.d.get(i).copied().unwrap_or(b'0'));
        }
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            let c = if j >= 0 {
                d.d.get(j as usize).copied().unwrap_or(b'0')
            } else {
                b'0'
            };
            out.push(c);
        }
    }
}

/// `-0x1.hhhhp±dd` (strconv's fmtX): `mant` with its leading bit at
/// `mantbits`, `exp` its binary exponent.
fn fmt_x(prec: i32, fmt: u8, neg: bool, mut mant: u64, mut exp: i32, mantbits: u32) -> Vec<u8> {
    if mant == 0 {
        exp = 0;
    }
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = prec as u32 * 4;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' {
        b"0123456789ABCDEF"
    } else {
        b"0123456789abcdef"
    };
    let mut out = Vec::new();
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&[b'0', fmt, b'0' + ((mant >> 60) & 1) as u8]);
    mant <<= 4;
    if prec < 0 && mant != 0 {
        out.push(b'.');
        while mant != 0 {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    out.push(if exp < 0 { b'-' } else { b'+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push(b'0');
    }
    out.extend_from_slice(exp.to_string().as_bytes());
    out
}

mod printable;
#[cfg(test)]
mod tests;
