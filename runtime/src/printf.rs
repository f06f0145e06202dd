//! fmt's formatted printing (Printf, Sprintf): the verbs %v %d %s %q %x %X
//! %o %b %c %t %f %e %g %T %p %% with flags `-+# 0`, width and precision,
//! over values held in interfaces, and Go's `%!verb(type=value)`,
//! `%!d(MISSING)` and `%!(EXTRA ...)` notes for mismatches.

use crate::hmap::Maps;
use crate::mem::Mem;
use crate::methods::{MethodCalls, MethodText};
use crate::print::format_float_g;
use crate::services::{format_plus_v, format_v, read_signed, read_sized, read_string};
use crate::typedesc::{Kind, TypeView};

/// One directive's flags, width and precision.
#[derive(Default, Clone, Copy)]
struct Spec {
    minus: bool,
    plus: bool,
    sharp: bool,
    zero: bool,
    space: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// What Sprintf makes of `format` and the `[]any` (pointer, length) at
/// `args` (`n` interface values of two words each).
/// Values with Error or String methods are formatted through `mc`
/// (methods.rs).
pub fn sprintf<M: Mem + ?Sized>(
    m: &M,
    maps: &Maps,
    mc: &mut MethodCalls,
    format: &[u8],
    p: u64,
    n: u64,
) -> Vec<u8> {
    let w = u64::from(m.word().0);
    let arg = |i: u64| (m.read_word(p + i * 2 * w), m.read_word(p + i * 2 * w + w));
    let mut out = Vec::new();
    let mut next = 0u64;
    let mut i = 0;
    while i < format.len() {
        let c = format[i];
        if c != b'%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        let mut s = Spec::default();
        while i < format.len() {
            match format[i] {
                b'-' => s.minus = true,
                b'+' => s.plus = true,
                b'#' => s.sharp = true,
                b'0' => s.zero = true,
                b' ' => s.space = true,
                _ => break,
            }
            i += 1;
        }
        let num = |i: &mut usize| -> Option<usize> {
            let start = *i;
            while *i < format.len() && format[*i].is_ascii_digit() {
                *i += 1;
            }
            std::str::from_utf8(&format[start..*i]).ok()?.parse().ok()
        };
        s.width = num(&mut i);
        if i < format.len() && format[i] == b'.' {
            i += 1;
            s.prec = Some(num(&mut i).unwrap_or(0));
        }
        let Some(&verb) = format.get(i) else {
            out.extend_from_slice(b"%!(NOVERB)");
            break;
        };
        i += 1;
        if verb == b'%' {
            out.push(b'%');
            continue;
        }
        if next >= n {
            out.extend_from_slice(format!("%!{}(MISSING)", verb as char).as_bytes());
            continue;
        }
        let (t, data) = arg(next);
        next += 1;
        let text = directive(m, maps, mc, verb, s, t, data);
        out.extend_from_slice(&pad(text, s, verb));
    }
    if next < n {
        out.extend_from_slice(b"%!(EXTRA ");
        for k in next..n {
            if k > next {
                out.extend_from_slice(b", ");
            }
            let (t, data) = arg(k);
            let name = if t == 0 {
                "<nil>".to_string()
            } else {
                TypeView { mem: m, addr: t }.name()
            };
            let v = format_v(m, maps, mc, b'v', t, data);
            out.extend_from_slice(format!("{name}={v}").as_bytes());
        }
        out.push(b')');
    }
    out
}

/// Pads to the width: spaces on the left (or right with `-`); zeros after
/// the sign for numbers with `0`.
fn pad(text: Vec<u8>, s: Spec, verb: u8) -> Vec<u8> {
    let len = String::from_utf8_lossy(&text).chars().count();
    let Some(width) = s.width.filter(|&w| w > len) else {
        return text;
    };
    let fill = width - len;
    if s.minus {
        let mut t = text;
        t.extend(std::iter::repeat_n(b' ', fill));
        return t;
    }
    let numeric = matches!(
        verb,
        b'd' | b'x' | b'X' | b'o' | b'b' | b'f' | b'e' | b'g' | b'v'
    );
    if s.zero && numeric {
        let sign = matches!(text.first(), Some(b'-' | b'+'));
        let mut t = Vec::new();
        if sign {
            t.push(text[0]);
        }
        t.extend(std::iter::repeat_n(b'0', fill));
        t.extend_from_slice(&text[usize::from(sign)..]);
        return t;
    }
    let mut t: Vec<u8> = std::iter::repeat_n(b' ', fill).collect();
    t.extend(text);
    t
}

/// The text of one directive for the value (type `t`, data pointer `data`).
fn directive<M: Mem + ?Sized>(
    m: &M,
    maps: &Maps,
    mc: &mut MethodCalls,
    verb: u8,
    s: Spec,
    t: u64,
    data: u64,
) -> Vec<u8> {
    // Go's handleMethods: the verbs that accept a string take an Error or
    // String method's text (not %#v, which wants Go syntax).
    if matches!(verb, b'v' | b's' | b'x' | b'X' | b'q') && !(verb == b'v' && s.sharp) {
        match mc.text(m, t, data, verb) {
            Some(MethodText::Verb(text)) => return string_verb(text.into_bytes(), verb, s),
            Some(MethodText::Raw(text)) => return text.into_bytes(),
            None => {}
        }
    }
    let kind = if t == 0 {
        None
    } else {
        TypeView { mem: m, addr: t }.kind()
    };
    let tv = TypeView { mem: m, addr: t };
    let bad = |mc: &mut MethodCalls| {
        let name = if t == 0 {
            "<nil>".to_string()
        } else {
            tv.name()
        };
        if t == 0 {
            format!("%!{}(<nil>)", verb as char).into_bytes()
        } else {
            let v = format_v(m, maps, mc, b'v', t, data);
            format!("%!{}({name}={v})", verb as char).into_bytes()
        }
    };
    let int = |k: Kind| -> Option<(bool, i128)> {
        match k {
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => {
                Some((true, i128::from(read_signed(m, data, tv.size()))))
            }
            Kind::Uint
            | Kind::Uint8
            | Kind::Uint16
            | Kind::Uint32
            | Kind::Uint64
            | Kind::Uintptr => Some((false, i128::from(read_sized(m, data, tv.size())))),
            _ => None,
        }
    };
    let float = |k: Kind| -> Option<f64> {
        match k {
            Kind::Float64 => Some(f64::from_bits(read_sized(m, data, 8))),
            Kind::Float32 => Some(f32::from_bits(read_sized(m, data, 4) as u32) as f64),
            _ => None,
        }
    };
    let signed = |v: String, neg: bool| -> String {
        if neg {
            format!("-{v}")
        } else if s.plus {
            format!("+{v}")
        } else if s.space {
            format!(" {v}")
        } else {
            v
        }
    };
    match verb {
        b'v' => {
            // `+` with v asks for field names (Go's plusV), not a sign.
            if s.plus {
                return format_plus_v(m, maps, mc, t, data).into_bytes();
            }
            if let Some(f) = kind.and_then(float) {
                if s.prec.is_some() {
                    return directive(m, maps, mc, b'g', s, t, data);
                }
                let bits = if kind == Some(Kind::Float32) { 32 } else { 64 };
                return signed(
                    format_float_g(f.abs(), bits),
                    f.is_sign_negative() && f != 0.0,
                )
                .into_bytes();
            }
            format_v(m, maps, mc, b'v', t, data).into_bytes()
        }
        b'T' => (if t == 0 {
            "<nil>".to_string()
        } else {
            tv.name()
        })
        .into_bytes(),
        b'd' | b'x' | b'X' | b'o' | b'b' | b'c' | b'q' | b'U' if kind.and_then(int).is_some() => {
            let (_, v) = kind.and_then(int).unwrap_or((false, 0));
            let a = v.unsigned_abs();
            let digits = match verb {
                b'd' => a.to_string(),
                b'x' => format!("{a:x}"),
                b'X' => format!("{a:X}"),
                b'o' => format!("{a:o}"),
                b'b' => format!("{a:b}"),
                b'U' => {
                    // `%#U` adds the character when Go's strconv.IsPrint
                    // would print it.
                    let c = char::from_u32(v as u32).filter(|_| s.sharp && is_print(v));
                    match c {
                        Some(c) => format!("U+{a:04X} '{c}'"),
                        None => format!("U+{a:04X}"),
                    }
                }
                b'c' => {
                    return char::from_u32(v as u32)
                        .unwrap_or('\u{FFFD}')
                        .to_string()
                        .into_bytes()
                }
                _ => {
                    return format!(
                        "'{}'",
                        char::from_u32(v as u32)
                            .unwrap_or('\u{FFFD}')
                            .escape_default()
                    )
                    .into_bytes()
                }
            };
            let digits = match (s.prec, verb) {
                (Some(p), _) if digits.len() < p => {
                    format!("{}{digits}", "0".repeat(p - digits.len()))
                }
                _ => digits,
            };
            let digits = if s.sharp {
                match verb {
                    b'x' => format!("0x{digits}"),
                    b'X' => format!("0X{digits}"),
                    b'o' => format!("0{digits}"),
                    _ => digits,
                }
            } else {
                digits
            };
            signed(digits, v < 0).into_bytes()
        }
        b'f' | b'F' | b'e' | b'E' | b'g' | b'G' if kind.and_then(float).is_some() => {
            let f = kind.and_then(float).unwrap_or(0.0);
            let text = match verb {
                b'f' | b'F' => format!("{:.*}", s.prec.unwrap_or(6), f.abs()),
                b'e' | b'E' => go_exp(f.abs(), s.prec.unwrap_or(6), verb == b'E'),
                _ => match s.prec {
                    None => format_float_g(f.abs(), 64),
                    Some(p) => go_g(f.abs(), p.max(1)),
                },
            };
            signed(text, f.is_sign_negative() && f != 0.0).into_bytes()
        }
        b's' | b'q' | b'x' | b'X' if kind == Some(Kind::String) => {
            string_verb(read_string(m, data), verb, s)
        }
        b's' if kind.is_some_and(|k| !matches!(k, Kind::Bool))
            && kind.and_then(int).is_none()
            && kind.and_then(float).is_none() =>
        {
            format_v(m, maps, mc, b's', t, data).into_bytes()
        }
        b't' if kind == Some(Kind::Bool) => format_v(m, maps, mc, b'v', t, data).into_bytes(),
        b'p' if matches!(
            kind,
            Some(Kind::Pointer | Kind::Func | Kind::Chan | Kind::Map | Kind::Slice)
        ) =>
        {
            format!("{:#x}", m.read_word(data)).into_bytes()
        }
        _ => bad(mc),
    }
}

/// A string under verb `s`, `v`, `q`, `x` or `X` (Go's fmtString).
fn string_verb(b: Vec<u8>, verb: u8, s: Spec) -> Vec<u8> {
    let b = match s.prec {
        Some(p) if matches!(verb, b's' | b'v') => String::from_utf8_lossy(&b)
            .chars()
            .take(p)
            .collect::<String>()
            .into_bytes(),
        _ => b,
    };
    match verb {
        b'q' => format!("{:?}", String::from_utf8_lossy(&b)).into_bytes(),
        b'x' => b
            .iter()
            .map(|c| format!("{c:02x}"))
            .collect::<String>()
            .into_bytes(),
        b'X' => b
            .iter()
            .map(|c| format!("{c:02X}"))
            .collect::<String>()
            .into_bytes(),
        _ => b,
    }
}

/// Go's strconv.IsPrint, as near as Rust's character classes come: not a
/// control or format character, not a surrogate or out of range, and no
/// space but U+0020.
fn is_print(v: i128) -> bool {
    let Some(c) = u32::try_from(v).ok().and_then(char::from_u32) else {
        return false;
    };
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E000}'..='\u{F8FF}'))
}

/// `%e` as Go writes it: a two-digit exponent at least.
fn go_exp(f: f64, prec: usize, upper: bool) -> String {
    let s = format!("{f:.prec$e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let sign = if e < 0 { '-' } else { '+' };
    let out = format!("{mant}e{sign}{:02}", e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// `%.Pg`: P significant digits, %e form when the exponent is below -4 or
/// at least P; trailing zeros removed.
fn go_g(f: f64, p: usize) -> String {
    if f == 0.0 {
        return "0".into();
    }
    let e = format!("{f:.*e}", p - 1);
    let exp: i32 = e.split_once('e').map_or(0, |(_, x)| x.parse().unwrap_or(0));
    if exp < -4 || exp >= p as i32 {
        let (mant, _) = e.split_once('e').unwrap_or((&e, ""));
        let mant = trim_zeros(mant);
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mant}e{sign}{:02}", exp.abs())
    } else {
        let decimals = (p as i32 - 1 - exp).max(0) as usize;
        trim_zeros(&format!("{f:.decimals$}"))
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}
