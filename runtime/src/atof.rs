//! strconv.ParseFloat's native half (stdlib/go/strconv/float.go:
//! parseFloat): Go's syntax for floating-point literals, decimal and
//! hexadecimal, with `_` separators, and "inf", "infinity", "nan" in any
//! case, then the nearest float64 or float32, as Go 1.19's atof.go
//! defines them.
//!
//! Decimal values are rounded by Rust's parser (correctly rounded, as Go's
//! Eisel-Lemire and slow paths are); hexadecimal ones here, to nearest even
//! with the digits past the mantissa as a sticky bit. Out of range is ±Inf
//! with status [`RANGE`]; underflow rounds to zero without error, as in Go.

/// parseFloat's status: the value is exact or rounded.
pub const OK: u64 = 0;
/// Not a floating-point literal (ErrSyntax).
pub const SYNTAX: u64 = 1;
/// Beyond the largest float of the size (ErrRange): the value is ±Inf.
pub const RANGE: u64 = 2;

/// Parses all of `s` as a float of `bits` (32 or 64) bits: the value (a
/// float32 widened when `bits` is 32) and a status.
pub fn parse_float(s: &[u8], bits: u32) -> (f64, u64) {
    if let Some(f) = special(s) {
        return (f, OK);
    }
    let Some(lit) = Literal::read(s) else {
        return (0.0, SYNTAX);
    };
    let f = if lit.hex {
        hex_value(&lit, bits)
    } else {
        // Without the separators, the literal is one Rust parses the same
        // way (digits, one dot, an e exponent).
        let text: String = s
            .iter()
            .filter(|&&c| c != b'_')
            .map(|&c| c as char)
            .collect();
        if bits == 32 {
            text.parse::<f32>().map_or(f64::NAN, f64::from)
        } else {
            text.parse::<f64>().unwrap_or(f64::NAN)
        }
    };
    if f.is_nan() {
        return (0.0, SYNTAX);
    }
    if f.is_infinite() {
        return (f, RANGE);
    }
    (f, OK)
}

/// "inf", "infinity" (optionally signed) and "nan", in any case.
fn special(s: &[u8]) -> Option<f64> {
    let lower: Vec<u8> = s.iter().map(u8::to_ascii_lowercase).collect();
    let (neg, rest) = match lower.first() {
        Some(b'+') => (false, &lower[1..]),
        Some(b'-') => (true, &lower[1..]),
        _ => (false, &lower[..]),
    };
    if rest == b"inf" || rest == b"infinity" {
        return Some(if neg {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    (lower == b"nan").then_some(f64::NAN)
}

/// A syntactically valid literal: for hexadecimal ones, the mantissa's
/// first 16 significant digits, whether nonzero digits followed, and the
/// binary exponent of the mantissa's last bit.
struct Literal {
    neg: bool,
    hex: bool,
    mant: u64,
    trunc: bool,
    exp: i64,
}

impl Literal {
    /// Reads all of `s` (Go: readFloat, then the check that nothing is
    /// left and that the underscores stand between digits).
    fn read(s: &[u8]) -> Option<Literal> {
        let mut i = 0;
        let neg = sign(s, &mut i);
        let hex = s.len() > i + 2 && s[i] == b'0' && s[i + 1].eq_ignore_ascii_case(&b'x');
        if hex {
            i += 2;
        }
        let (mut mant, mut trunc, mut digits, mut nd_mant) = (0u64, false, false, 0i64);
        let (mut seen_dot, mut exp_adj) = (false, 0i64);
        while i < s.len() {
            let c = s[i];
            let d = match c {
                b'_' => {
                    i += 1;
                    continue;
                }
                b'.' if !seen_dot => {
                    seen_dot = true;
                    i += 1;
                    continue;
                }
                b'0'..=b'9' => u64::from(c - b'0'),
                b'a'..=b'f' | b'A'..=b'F' if hex => u64::from(c.to_ascii_lowercase() - b'a' + 10),
                _ => break,
            };
            digits = true;
            if hex {
                // exp_adj: the binary exponent of the mantissa's last digit.
                if mant == 0 && d == 0 {
                    // A leading zero: only its place after the point counts.
                    if seen_dot {
                        exp_adj -= 4;
                    }
                } else if nd_mant < 16 {
                    mant = mant * 16 + d;
                    nd_mant += 1;
                    if seen_dot {
                        exp_adj -= 4;
                    }
                } else {
                    // Past 16 digits: kept only as a sticky bit, and as a
                    // place before the point.
                    trunc |= d != 0;
                    if !seen_dot {
                        exp_adj += 4;
                    }
                }
            }
            i += 1;
        }
        if !digits {
            return None;
        }
        let exp_char = if hex { b'p' } else { b'e' };
        let mut exp = 0i64;
        if i < s.len() && s[i].eq_ignore_ascii_case(&exp_char) {
            i += 1;
            let eneg = sign(s, &mut i);
            if !s.get(i).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
                if s[i] != b'_' && exp < 100_000 {
                    exp = exp * 10 + i64::from(s[i] - b'0');
                }
                i += 1;
            }
            if eneg {
                exp = -exp;
            }
        } else if hex {
            // A hexadecimal literal must have a p exponent.
            return None;
        }
        if i != s.len() || !underscores_ok(s) {
            return None;
        }
        Some(Literal {
            neg,
            hex,
            mant,
            trunc,
            exp: exp + exp_adj,
        })
    }
}

/// Reads an optional `+` or `-` at `s[*i]`: whether it was `-`.
fn sign(s: &[u8], i: &mut usize) -> bool {
    match s.get(*i) {
        Some(b'+') => {
            *i += 1;
            false
        }
        Some(b'-') => {
            *i += 1;
            true
        }
        _ => false,
    }
}

/// Go's underscoreOK: each `_` stands between two digits, or between a
/// base prefix and a digit.
fn underscores_ok(s: &[u8]) -> bool {
    let s = s
        .strip_prefix(b"+")
        .or_else(|| s.strip_prefix(b"-"))
        .unwrap_or(s);
    let (mut i, mut saw, hex) = if s.len() >= 2 && s[0] == b'0' && s[1].eq_ignore_ascii_case(&b'x')
    {
        (2, b'0', true)
    } else {
        (0, b'^', false)
    };
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() || (hex && c.is_ascii_hexdigit()) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
        i += 1;
    }
    saw != b'_'
}

/// The float nearest `mant × 2^exp` (with `trunc`: a little more), to
/// nearest even, for a float of `bits` bits (Go: atofHex).
fn hex_value(lit: &Literal, bits: u32) -> f64 {
    let (mant_bits, min_exp, max_exp) = if bits == 32 {
        (24i64, -126i64, 127i64)
    } else {
        (53, -1022, 1023)
    };
    let sign = if lit.neg { -1.0 } else { 1.0 };
    if lit.mant == 0 {
        return sign * 0.0;
    }
    let (mut mant, mut exp, mut sticky) = (lit.mant, lit.exp, lit.trunc);
    // Normalize to exactly mant_bits + 2 bits (a guard bit and a round bit
    // below the mantissa), folding what falls off into sticky.
    let want = mant_bits + 2;
    let len = 64 - i64::from(mant.leading_zeros());
    if len > want {
        let shift = (len - want) as u32;
        sticky |= mant & ((1u64 << shift) - 1) != 0;
        mant >>= shift;
        exp += i64::from(shift);
    } else {
        let shift = (want - len) as u32;
        mant <<= shift;
        exp -= i64::from(shift);
    }
    // The value's binary exponent: mant is 1.x × 2^(want-1).
    let mut e = exp + want - 1;
    if e < min_exp {
        // Subnormal: shift right until the exponent is the minimum.
        let shift = (min_exp - e).min(want + 1) as u32;
        let lost = if shift >= 64 {
            mant
        } else {
            mant & ((1u64 << shift) - 1)
        };
        sticky |= lost != 0;
        mant = mant.checked_shr(shift).unwrap_or(0);
        e = min_exp;
    }
    // Round the two extra bits to nearest even.
    let guard = mant & 2 != 0;
    let round = mant & 1 != 0;
    mant >>= 2;
    if guard && (round || sticky || mant & 1 != 0) {
        mant += 1;
        if mant == 1u64 << mant_bits {
            mant >>= 1;
            e += 1;
        }
    }
    if e > max_exp {
        return sign * f64::INFINITY;
    }
    // The encoding: a mantissa below 2^(mant_bits-1) at the minimum
    // exponent is subnormal (biased exponent 0).
    let frac = mant & ((1u64 << (mant_bits - 1)) - 1);
    let biased = if mant >> (mant_bits - 1) == 0 {
        0
    } else {
        (e - min_exp + 1) as u64
    };
    let v = if bits == 32 {
        f64::from(f32::from_bits(((biased << 23) | frac) as u32))
    } else {
        f64::from_bits((biased << 52) | frac)
    };
    sign * v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_go() {
        // (input, bits, value, status), values from Go 1.19's ParseFloat.
        let cases: &[(&str, u32, f64, u64)] = &[
            ("1.5", 64, 1.5, OK),
            ("-0.25e2", 64, -25.0, OK),
            ("1_000.5", 64, 1000.5, OK),
            ("1__0", 64, 0.0, SYNTAX),
            ("_1", 64, 0.0, SYNTAX),
            (".5", 64, 0.5, OK),
            ("5.", 64, 5.0, OK),
            ("1e400", 64, f64::INFINITY, RANGE),
            ("-1e400", 64, f64::NEG_INFINITY, RANGE),
            ("1e-400", 64, 0.0, OK),
            ("1e39", 32, f64::INFINITY, RANGE),
            ("0.1", 32, f64::from(0.1f32), OK),
            ("0x1p-2", 64, 0.25, OK),
            ("0x1.8p1", 64, 3.0, OK),
            ("0X_1FFFP-16", 64, 0.124_984_741_210_937_5, OK),
            ("0x1.fffffffffffff8p1023", 64, f64::INFINITY, RANGE),
            ("0x1p-1074", 64, 5e-324, OK),
            ("0x1p-1075", 64, 0.0, OK),
            ("0x1.8p-1074", 64, 1e-323, OK),
            ("0x15", 64, 0.0, SYNTAX),
            ("Inf", 64, f64::INFINITY, OK),
            ("-infinity", 64, f64::NEG_INFINITY, OK),
            ("+nan", 64, 0.0, SYNTAX),
            ("1e", 64, 0.0, SYNTAX),
            ("", 64, 0.0, SYNTAX),
            ("x", 64, 0.0, SYNTAX),
            ("1.2.3", 64, 0.0, SYNTAX),
        ];
        for &(s, bits, want, status) in cases {
            let (got, st) = parse_float(s.as_bytes(), bits);
            assert_eq!(
                (got.to_bits(), st),
                (want.to_bits(), status),
                "{s} ({bits})"
            );
        }
        assert!(parse_float(b"NaN", 64).0.is_nan());
    }
}
