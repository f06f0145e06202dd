//! Go's text forms of floating-point values that the runtime and the
//! reference interpreter both print: `print`'s `+1.500000e+000` (and its
//! complex form) and fmt's `%v` (strconv's shortest `'g'`). One
//! implementation, so the interpreter cannot disagree with the runtime.

/// How Go's `print` writes a float64 (runtime·printfloat): a sign, seven
/// significant digits in `d.dddddd` form and a three-digit exponent:
/// `+1.500000e+000`. The digits come from Go's own loop (scale by 10,
/// add half an ulp of the 7th digit, peel digits), not from a correctly
/// rounded conversion, so that the last digit matches gc's.
pub fn go_print_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    let mut v = v;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s as u8).wrapping_add(b'0');
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = (e / 10 % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    String::from_utf8_lossy(&buf).into_owned()
}

/// `strconv.FormatFloat(v, 'g', -1, bits)`, which is what `%v` prints for
/// a float: the shortest decimal that reads back as the same value, in
/// `%e` form when the exponent is below -4 or at least 6 (`1e+06`,
/// `1.5e-07`), else in `%f` form (`0.1`, `123456`).
pub fn format_float_g(v: f64, bits: u32) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    if v == 0.0 {
        return if v.is_sign_negative() { "-0" } else { "0" }.into();
    }
    // Rust's `{:e}` is the shortest round-trip form too: "-1.2345e-7".
    let s = if bits == 32 {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.as_str()),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(|b| *b != b'.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    let nd = digits.len() as i32;
    let dp = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4..6).contains(&exp) {
        out.push(digits[0] as char);
        if nd > 1 {
            out.push('.');
            out.extend(digits[1..].iter().map(|&b| b as char));
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
        return out;
    }
    let digit = |i: i32| -> char {
        if (0..nd).contains(&i) {
            digits[i as usize] as char
        } else {
            '0'
        }
    };
    if dp > 0 {
        for i in 0..dp {
            out.push(digit(i));
        }
    } else {
        out.push('0');
    }
    let frac = (nd - dp).max(0);
    if frac > 0 {
        out.push('.');
        for i in 0..frac {
            out.push(digit(dp + i));
        }
    }
    out
}

/// `print`/`println` of a complex value: `(` real part, imaginary part,
/// `i)`, each part in print's float form: `(+1.000000e+000+2.000000e+000i)`.
pub fn go_print_complex(re: f64, im: f64) -> String {
    format!("({}{}i)", go_print_float(re), go_print_float(im))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_floats_like_gc() {
        assert_eq!(go_print_float(1.5), "+1.500000e+000");
        assert_eq!(go_print_float(3.0), "+3.000000e+000");
        assert_eq!(go_print_float(0.5), "+5.000000e-001");
        assert_eq!(go_print_float(-0.0), "-0.000000e+000");
        assert_eq!(go_print_float(0.0), "+0.000000e+000");
        assert_eq!(go_print_float(1e100), "+1.000000e+100");
        assert_eq!(go_print_float(-123.456), "-1.234560e+002");
        assert_eq!(go_print_float(f64::NAN), "NaN");
        assert_eq!(go_print_float(f64::NEG_INFINITY), "-Inf");
        // float32(1.5)/3 printed as float64: gc prints +5.000000e-001.
        assert_eq!(go_print_float((1.5f32 / 3.0) as f64), "+5.000000e-001");
    }

    #[test]
    fn v_floats_like_fmt() {
        let g = |v| format_float_g(v, 64);
        assert_eq!(g(3.0), "3");
        assert_eq!(g(0.1), "0.1");
        assert_eq!(g(f64::MAX), "1.7976931348623157e+308");
        assert_eq!(g(1e6), "1e+06");
        assert_eq!(g(123456.0), "123456");
        assert_eq!(g(1234567.0), "1.234567e+06");
        assert_eq!(g(1e-5), "1e-05");
        assert_eq!(g(0.0001), "0.0001");
        assert_eq!(g(-2.5), "-2.5");
        assert_eq!(g(1e21), "1e+21");
        assert_eq!(g(-0.0), "-0");
        assert_eq!(g(100.0), "100");
        assert_eq!(g(f64::INFINITY), "+Inf");
        assert_eq!(g(2.71), "2.71");
        assert_eq!(format_float_g(0.1f32 as f64, 32), "0.1");
        assert_eq!(g(0.1f32 as f64), "0.10000000149011612");
    }

    #[test]
    fn prints_like_gc() {
        assert_eq!(
            go_print_complex(1.0, -2.0),
            "(+1.000000e+000-2.000000e+000i)"
        );
    }

    #[test]
    fn v_floats_as_the_interpreter_tested_them() {
        let g = |v| format_float_g(v, 64);
        assert_eq!(g(9.223372036854776e18), "9.223372036854776e+18");
        assert_eq!(g(1.5), "1.5");
        assert_eq!(g(0.00001), "1e-05");
        assert_eq!(g(-2.5e-7), "-2.5e-07");
        assert_eq!(g(1e20), "1e+20");
        assert_eq!(g(100000.0), "100000");
        assert_eq!(g(123456789.0), "1.23456789e+08");
        assert_eq!(g(f64::NAN), "NaN");
    }
}
