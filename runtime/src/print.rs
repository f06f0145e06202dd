//! Program output: the `print`/`println` builtins (to stderr, in Go's
//! runtime formats: runtime/print.go) and the basic `%v` formats of
//! `fmt.Println` (fmt/print.go, strconv/ftoa.go), and [`Output`], the
//! buffers both write through.
//!
//! Output is buffered for speed and flushed on every exit path (DESIGN §6),
//! when the scheduler has nothing to run but a sleeper, and, when stdout
//! is a terminal, at each line written there (as a user watching expects):
//! normal exit, `os.Exit`, panic and fatal error all go through the
//! executor, which calls [`Output::flush`] before printing anything of its
//! own. Switching from one stream to the other flushes the first, so the
//! two interleave as the program wrote them.
//!
//! A fault that ends the process from the signal handler flushes with
//! [`Output::flush_raw`] (no lock, no allocation) before printing.
//! SIGHUP, SIGINT and SIGTERM stop the program at its next switch and the
//! executor flushes before dying by the signal (runtime/src/signals/
//! kill.rs); a write to a broken stdout or stderr pipe dies by SIGPIPE.

use std::io::Write;

/// Bytes buffered per stream before a write is forced.
const BUFFER: usize = 64 << 10;

/// The program's stdout and stderr, buffered.
#[derive(Debug, Default)]
pub struct Output {
    out: Vec<u8>,
    err: Vec<u8>,
    /// stdout is a terminal: flush it at the end of each line.
    line_out: bool,
}

impl Output {
    pub fn new() -> Output {
        Output {
            out: Vec::new(),
            err: Vec::new(),
            // SAFETY: isatty only inspects the descriptor.
            line_out: unsafe { libc::isatty(1) } == 1,
        }
    }

    /// Appends to stdout.
    pub fn stdout(&mut self, bytes: &[u8]) {
        if !self.err.is_empty() {
            flush_to(&mut self.err, &mut std::io::stderr());
        }
        self.out.extend_from_slice(bytes);
        if self.out.len() >= BUFFER || (self.line_out && bytes.contains(&b'\n')) {
            flush_to(&mut self.out, &mut std::io::stdout());
        }
    }

    /// Appends to stderr.
    pub fn stderr(&mut self, bytes: &[u8]) {
        if !self.out.is_empty() {
            flush_to(&mut self.out, &mut std::io::stdout());
        }
        self.err.extend_from_slice(bytes);
        if self.err.len() >= BUFFER {
            flush_to(&mut self.err, &mut std::io::stderr());
        }
    }

    /// Writes out everything buffered (in the order it was written).
    pub fn flush(&mut self) {
        flush_to(&mut self.out, &mut std::io::stdout());
        flush_to(&mut self.err, &mut std::io::stderr());
    }
}

impl Output {
    /// Writes out what is buffered with plain write(2) calls, taking no
    /// lock and allocating nothing: the signal handler's flush before it
    /// prints a crash (DESIGN §6).
    pub fn flush_raw(&mut self) {
        crate::signals::write_all(1, &self.out);
        self.out.clear();
        crate::signals::write_all(2, &self.err);
        self.err.clear();
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        self.flush();
    }
}

/// Writes and empties `buf`. Writing to a pipe whose reader is gone ends
/// the program by SIGPIPE, as a gc binary's write to a broken stdout or
/// stderr does (Go: os.File's epipecheck calls sigpipe, which dies by the
/// signal): `splitgo run yes.go | head -1` exits 141 at once instead of
/// writing into the void forever. Rust's std starts every program with
/// SIGPIPE ignored, so the write returns EPIPE and the death is ours to
/// do. Any other failure drops the bytes, as Go's print does.
fn flush_to(buf: &mut Vec<u8>, w: &mut dyn Write) {
    if buf.is_empty() {
        return;
    }
    let r = w.write_all(buf).and_then(|()| w.flush());
    buf.clear();
    if r.is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) {
        crate::signals::kill::die_from_signal(libc::SIGPIPE);
    }
}

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
}
