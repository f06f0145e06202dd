//! Decoding of literal tokens into values, with gc's messages for malformed
//! literals. The lexer only delimits literals (generously); everything the Go
//! spec says about their insides is checked here.
//!
//! Errors are `(byte offset within the literal, message)`.

use num_bigint::BigInt;
use num_traits::Zero;

use crate::ast::Lit;
use crate::constant::{OutOfRange, Real};

pub type LitError = (usize, String);

/// Checks the placement of `_` in the digits that follow a base prefix (or
/// the whole literal): each `_` must sit between two digits or directly after
/// the prefix.
fn check_underscores(s: &str, has_prefix: bool) -> Result<(), LitError> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c != b'_' {
            continue;
        }
        let prev_ok = if i == 0 {
            has_prefix
        } else {
            b[i - 1].is_ascii_alphanumeric() && (b[i - 1] != b'x' || i > 1 || !has_prefix)
        };
        let next_ok = b.get(i + 1).is_some_and(|c| c.is_ascii_hexdigit());
        if !prev_ok || !next_ok || (i > 0 && b[i - 1] == b'_') {
            // gc points at the underscore that does not fit: the second of a pair.
            let at = if b.get(i + 1) == Some(&b'_') {
                i + 1
            } else {
                i
            };
            return Err((at, "'_' must separate successive digits".to_string()));
        }
    }
    Ok(())
}

/// Literals with more digits than this are refused: no constant can hold
/// them (integer constants are limited to 512 bits), and converting millions
/// of digits would take quadratic time.
pub const MAX_DIGITS: usize = 4096;

fn digits_value(digits: &str, base: u32, kind: &str, offset: usize) -> Result<BigInt, LitError> {
    if digits.len() > MAX_DIGITS {
        return Err((offset, "constant too large".to_string()));
    }
    let mut v = BigInt::zero();
    let mut any = false;
    for (i, c) in digits.char_indices() {
        if c == '_' {
            continue;
        }
        match c.to_digit(base) {
            Some(d) => {
                v = v * base + d;
                any = true;
            }
            None => {
                return Err((offset + i, format!("invalid digit {c:?} in {kind} literal")));
            }
        }
    }
    if !any {
        return Err((offset, format!("{kind} literal has no digits")));
    }
    Ok(v)
}

/// An integer literal: `42`, `0x_1F`, `0o17`, `017`, `0b1010`.
pub fn int(text: &str) -> Result<BigInt, LitError> {
    let lower = text.to_ascii_lowercase();
    let (base, kind, digits, off) = if let Some(d) = lower.strip_prefix("0x") {
        (16, "hexadecimal", d, 2)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, "binary", d, 2)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, "octal", d, 2)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, "octal", &lower[1..], 1)
    } else {
        (10, "decimal", lower.as_str(), 0)
    };
    check_underscores(&text[off..], off > 0).map_err(|(i, m)| (i + off, m))?;
    digits_value(digits, base, kind, off)
}

/// A floating-point literal: `1.5`, `.5`, `1e9`, `0x1.8p3`. Its value is
/// exact while small and a 512-bit float beyond ([`Real::from_literal`]);
/// one past that float's range is gc's "malformed constant".
pub fn float(text: &str) -> Result<Real, LitError> {
    float_value(text)?.map_err(|OutOfRange| malformed(text))
}

/// The syntax node of a float literal (`imag` false) or an imaginary one:
/// a well-formed literal whose value is out of range is
/// [`Lit::Malformed`], for the checker to report among the other type
/// errors, as gc does.
pub fn float_lit(text: &str, imag: bool) -> Result<Lit, LitError> {
    let v = if imag {
        imag_value(text)?
    } else {
        float_value(text)?
    };
    Ok(match v {
        Ok(r) if imag => Lit::Imag(r),
        Ok(r) => Lit::Float(r),
        Err(OutOfRange) => Lit::Malformed(text.to_string()),
    })
}

/// A float literal's value, or whether it is out of range.
fn float_value(text: &str) -> Result<Result<Real, OutOfRange>, LitError> {
    let lower = text.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("0x") {
        check_underscores(&text[2..], true).map_err(|(i, m)| (i + 2, m))?;
        let Some(p) = rest.find('p') else {
            return Err((
                0,
                "hexadecimal mantissa requires a 'p' exponent".to_string(),
            ));
        };
        let (mant, exp) = (&rest[..p], &rest[p + 1..]);
        let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let all: String = format!("{int_part}{frac}").replace('_', "");
        if all.is_empty() {
            return Err((2, "hexadecimal literal has no digits".to_string()));
        }
        let m = digits_value(&all, 16, "hexadecimal", 2)?;
        let e = exponent(exp, 2 + p + 1)?;
        let frac_digits = frac.replace('_', "").len() as i64;
        // value = m * 2^(e - 4*frac_digits)
        let shift = e.saturating_sub(4 * frac_digits);
        return Ok(Real::from_literal(m.magnitude(), 2, shift));
    }
    check_underscores(text, false)?;
    let (mant, exp) = match lower.find('e') {
        Some(i) => (&lower[..i], exponent(&lower[i + 1..], i + 1)?),
        None => (lower.as_str(), 0),
    };
    let (int_part, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits: String = format!("{int_part}{frac}").replace('_', "");
    if digits.len() > MAX_DIGITS {
        return Err((0, "constant too large".to_string()));
    }
    let m = digits_value(&digits, 10, "decimal", 0).unwrap_or_default();
    if m.is_zero() {
        return Ok(Ok(Real::zero()));
    }
    let e = exp.saturating_sub(frac.replace('_', "").len() as i64);
    Ok(Real::from_literal(m.magnitude(), 10, e))
}

/// gc's (types2's) error for a literal whose value is out of range.
fn malformed(text: &str) -> LitError {
    (0, format!("malformed constant: {text}"))
}

/// An imaginary literal, `i` included: `2i`, `1.5e3i`, `0x1p-2i`. The
/// value is that of its imaginary part. Digits alone are decimal even with
/// a leading zero (`0123i` is 123i: the spec keeps that for backward
/// compatibility); a prefixed integer (`0x10i`) is read as an integer.
pub fn imag(text: &str) -> Result<Real, LitError> {
    imag_value(text)?.map_err(|OutOfRange| malformed(text))
}

fn imag_value(text: &str) -> Result<Result<Real, OutOfRange>, LitError> {
    let body = text.strip_suffix('i').unwrap_or(text);
    let lower = body.to_ascii_lowercase();
    let prefixed = ["0x", "0b", "0o"].iter().any(|p| lower.starts_with(p));
    let is_float = if lower.starts_with("0x") {
        lower.contains('p') || lower.contains('.')
    } else {
        lower.contains(['.', 'e'])
    };
    if prefixed && !is_float {
        return int(body).map(|i| Ok(Real::from(i)));
    }
    // Decimal digits (leading zeros included) and floats read as floats.
    float_value(body)
}

fn exponent(s: &str, offset: usize) -> Result<i64, LitError> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let digits = digits.replace('_', "");
    if digits.is_empty() {
        return Err((offset, "exponent has no digits".to_string()));
    }
    if let Some(c) = digits.chars().find(|c| !c.is_ascii_digit()) {
        return Err((offset, format!("invalid digit {c:?} in exponent")));
    }
    // Saturate: anything this large is refused by the caller anyway.
    let v: i64 = digits.parse().unwrap_or(i64::MAX / 8);
    Ok(if neg { -v } else { v })
}

/// A rune literal, quotes included: `'a'`, `'\n'`, `'\u00e9'`, `'\377'`.
pub fn rune(text: &str) -> Result<BigInt, LitError> {
    let body = &text[1..text.len() - 1];
    if body.is_empty() {
        // gc points at the second quote.
        return Err((
            1,
            "empty rune literal or unescaped ' in rune literal".to_string(),
        ));
    }
    let mut chars = Decoder::new(body, '\'');
    let first = chars.next_unit().map_err(|(i, m)| (i + 1, m))?;
    if chars.pos < body.len() {
        return Err((0, "more than one character in rune literal".to_string()));
    }
    Ok(match first {
        Unit::Char(c) => BigInt::from(c as u32),
        Unit::Byte(b) => BigInt::from(b),
    })
}

/// An interpreted string literal, quotes included: `"a\tb\xff"`.
pub fn string(text: &str) -> Result<Vec<u8>, LitError> {
    let body = &text[1..text.len() - 1];
    let mut out = Vec::with_capacity(body.len());
    let mut d = Decoder::new(body, '"');
    while d.pos < body.len() {
        match d.next_unit().map_err(|(i, m)| (i + 1, m))? {
            Unit::Char(c) => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            Unit::Byte(b) => out.push(b),
        }
    }
    Ok(out)
}

/// A raw string literal, backquotes included. Carriage returns are dropped,
/// as the spec requires.
pub fn raw_string(text: &str) -> Vec<u8> {
    text[1..text.len() - 1]
        .bytes()
        .filter(|&b| b != b'\r')
        .collect()
}

enum Unit {
    Char(char),
    /// From `\x` and octal escapes: a raw byte, not a code point.
    Byte(u8),
}

struct Decoder<'a> {
    s: &'a str,
    pos: usize,
    quote: char,
}

impl<'a> Decoder<'a> {
    fn new(s: &'a str, quote: char) -> Decoder<'a> {
        Decoder { s, pos: 0, quote }
    }

    fn next_unit(&mut self) -> Result<Unit, LitError> {
        let start = self.pos;
        let c = self.s[self.pos..].chars().next().unwrap_or('\0');
        self.pos += c.len_utf8();
        if c == '\u{FFFD}' {
            return Err((start, "invalid UTF-8 encoding".to_string()));
        }
        if c == '\'' && self.quote == '\'' {
            return Err((
                start,
                "empty rune literal or unescaped ' in rune literal".to_string(),
            ));
        }
        if c != '\\' {
            return Ok(Unit::Char(c));
        }
        let e = self.s[self.pos..].chars().next().unwrap_or('\0');
        self.pos += e.len_utf8();
        let simple = match e {
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\u{b}'),
            '\\' => Some('\\'),
            c if c == self.quote => Some(c),
            _ => None,
        };
        if let Some(c) = simple {
            return Ok(Unit::Char(c));
        }
        match e {
            'x' => self.hex(2, start).map(|v| Unit::Byte(v as u8)),
            'u' => self.code_point(4, start),
            'U' => self.code_point(8, start),
            '0'..='7' => {
                self.pos -= 1;
                let digits = self.s.get(self.pos..self.pos + 3).unwrap_or("");
                if digits.len() < 3 || !digits.bytes().all(|b| (b'0'..=b'7').contains(&b)) {
                    return Err((
                        start,
                        "invalid octal escape: need 3 octal digits".to_string(),
                    ));
                }
                self.pos += 3;
                let v = u32::from_str_radix(digits, 8).unwrap_or(0);
                if v > 255 {
                    return Err((start, format!("octal escape value {v} > 255")));
                }
                Ok(Unit::Byte(v as u8))
            }
            // gc points at the character after the backslash.
            _ => Err((start + 1, "unknown escape sequence".to_string())),
        }
    }

    fn hex(&mut self, n: usize, start: usize) -> Result<u32, LitError> {
        let digits = self.s.get(self.pos..self.pos + n).unwrap_or("");
        if digits.len() < n || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err((
                start,
                format!("invalid escape sequence: need {n} hex digits"),
            ));
        }
        self.pos += n;
        Ok(u32::from_str_radix(digits, 16).unwrap_or(0))
    }

    fn code_point(&mut self, n: usize, start: usize) -> Result<Unit, LitError> {
        let v = self.hex(n, start)?;
        match char::from_u32(v) {
            Some(c) => Ok(Unit::Char(c)),
            // gc points just past the escape.
            None => Err((
                self.pos,
                "escape sequence is invalid Unicode code point".to_string(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(n: i64, d: i64) -> Real {
        Real::Rat(num_rational::BigRational::new(n.into(), d.into()))
    }

    #[test]
    fn ints() {
        assert_eq!(int("42").unwrap(), 42.into());
        assert_eq!(int("0x_1F").unwrap(), 31.into());
        assert_eq!(int("0o17").unwrap(), 15.into());
        assert_eq!(int("017").unwrap(), 15.into());
        assert_eq!(int("0b1010").unwrap(), 10.into());
        assert_eq!(int("1_000_000").unwrap(), 1_000_000.into());
        assert_eq!(int("0").unwrap(), 0.into());
        assert_eq!(
            int("08").unwrap_err().1,
            "invalid digit '8' in octal literal"
        );
        assert_eq!(
            int("0b102").unwrap_err().1,
            "invalid digit '2' in binary literal"
        );
        assert_eq!(
            int("0x").unwrap_err().1,
            "hexadecimal literal has no digits"
        );
        assert_eq!(
            int("1__0").unwrap_err().1,
            "'_' must separate successive digits"
        );
        assert_eq!(
            int("10_").unwrap_err().1,
            "'_' must separate successive digits"
        );
    }

    #[test]
    fn floats() {
        assert_eq!(float("1.5").unwrap(), ratio(3, 2));
        assert_eq!(float(".25").unwrap(), ratio(1, 4));
        assert_eq!(float("1e3").unwrap(), ratio(1000, 1));
        assert_eq!(float("1_0.5e-1").unwrap(), ratio(105, 100));
        assert_eq!(float("0x1.8p1").unwrap(), ratio(3, 1));
        assert_eq!(float("0x1p-2").unwrap(), ratio(1, 4));
        assert_eq!(float("1e").unwrap_err().1, "exponent has no digits");
        assert_eq!(
            float("0x1.8").unwrap_err().1,
            "hexadecimal mantissa requires a 'p' exponent"
        );
        assert_eq!(
            float("1e999999999").unwrap_err().1,
            "malformed constant: 1e999999999"
        );
        assert_eq!(float("1e-999999999").unwrap(), Real::zero());
        assert_eq!(
            float("0x1p2147483647").unwrap_err().1,
            "malformed constant: 0x1p2147483647"
        );
        assert!(matches!(float("1e646456992").unwrap(), Real::Big(_)));
        assert!(matches!(float("1e1000").unwrap(), Real::Rat(_)));
    }

    #[test]
    fn runes_and_strings() {
        assert_eq!(rune("'a'").unwrap(), 97.into());
        assert_eq!(rune("'\\n'").unwrap(), 10.into());
        assert_eq!(rune("'\\''").unwrap(), 39.into());
        assert_eq!(rune("'\\377'").unwrap(), 255.into());
        assert_eq!(rune("'\\u00e9'").unwrap(), 0xe9.into());
        assert_eq!(rune("'é'").unwrap(), 0xe9.into());
        assert_eq!(
            rune("'ab'").unwrap_err().1,
            "more than one character in rune literal"
        );
        assert_eq!(rune("'\\q'").unwrap_err().1, "unknown escape sequence");
        assert_eq!(
            rune("'\\ud800'").unwrap_err().1,
            "escape sequence is invalid Unicode code point"
        );
        assert_eq!(string("\"a\\tb\\xff\"").unwrap(), b"a\tb\xff");
        assert_eq!(string("\"\\u00e9\"").unwrap(), "é".as_bytes());
        assert_eq!(string("\"\\'\"").unwrap_err().1, "unknown escape sequence");
        assert_eq!(raw_string("`a\r\nb`"), b"a\nb");
    }
}
