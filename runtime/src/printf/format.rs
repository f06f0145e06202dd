//! fmt's formatting of one operand's text (Go: format.go, the fmt type):
//! padding to the width, integers in every base with their prefixes and
//! signs, `%U`, characters, strings truncated to the precision, `%x` of
//! strings, quoting, and floats through strconv.rs with the `#` flag's
//! trailing zeros. The printer (printf.rs) decides which of these a verb
//! and a kind need.

use super::Printer;
use crate::mem::Mem;
use crate::strconv::{
    can_backquote, decode_rune, format_float, is_print, quote, quote_rune, rune_count,
};

/// Digits of the bases up to 16, then the letter of the `0x` prefix.
pub(super) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(super) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

impl<M: Mem + ?Sized> Printer<'_, M> {
    /// `n` bytes of padding: zeros with the `0` flag, else spaces.
    pub(super) fn write_padding(&mut self, n: usize) {
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.extend(std::iter::repeat_n(b, n));
    }

    /// `b` padded to the width (counted in runes), on the left unless `-`.
    pub(super) fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.f.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.f.wid.saturating_sub(rune_count(b));
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    /// pad with the zero flag off (numbers pad with zeros themselves).
    pub(super) fn pad_spaces(&mut self, b: &[u8]) {
        let zero = self.f.zero;
        self.f.zero = false;
        self.pad(b);
        self.f.zero = zero;
    }

    /// `true` or `false`, padded.
    pub(super) fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, at least the precision's hex digits (4), and with
    /// `#` the character itself when it is printable: `U+0041 'A'`.
    pub(super) fn fmt_unicode(&mut self, u: u64) {
        let mut prec = if self.f.prec_present && self.f.prec > 4 {
            self.f.prec
        } else {
            4
        };
        let mut digits = Vec::new();
        let mut v = u;
        loop {
            digits.push(UDIGITS[(v & 15) as usize]);
            prec = prec.saturating_sub(1);
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        digits.extend(std::iter::repeat_n(b'0', prec));
        digits.extend_from_slice(b"+U");
        digits.reverse();
        if self.f.sharp && u <= 0x10FFFF && is_print(u as u32) {
            digits.extend_from_slice(b" '");
            let c = char::from_u32(u as u32).unwrap_or('\u{FFFD}');
            digits.extend_from_slice(c.to_string().as_bytes());
            digits.push(b'\'');
        }
        self.pad_spaces(&digits);
    }

    /// An integer in `base` (two's complement `u` read as signed when
    /// `signed`): zeros to the precision (or, with `0`, to the width),
    /// `#`'s prefix (`0b`, `0`, `0x`), `%O`'s `0o`, then the sign.
    pub(super) fn fmt_integer(
        &mut self,
        u: u64,
        base: u64,
        signed: bool,
        verb: u8,
        digits: &[u8; 17],
    ) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let mut prec = 0usize;
        if self.f.prec_present {
            prec = self.f.prec;
            if prec == 0 && u == 0 {
                let zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.f.wid);
                self.f.zero = zero;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.f.wid;
            if negative || self.f.plus || self.f.space {
                prec = prec.saturating_sub(1);
            }
        }
        // Digits, least significant first, then reversed.
        let mut b = Vec::new();
        loop {
            b.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while b.len() < prec {
            b.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => b.extend_from_slice(b"b0"),
                8 if b.last() != Some(&b'0') => b.push(b'0'),
                16 => {
                    b.push(digits[16]);
                    b.push(b'0');
                }
                _ => {}
            }
        }
        if verb == b'O' {
            b.extend_from_slice(b"o0");
        }
        if negative {
            b.push(b'-');
        } else if self.f.plus {
            b.push(b'+');
        } else if self.f.space {
            b.push(b' ');
        }
        b.reverse();
        self.pad_spaces(&b);
    }

    /// `s` cut to the precision, in runes.
    pub(super) fn truncate<'b>(&self, s: &'b [u8]) -> &'b [u8] {
        if self.f.prec_present {
            let (mut n, mut i) = (self.f.prec, 0);
            while i < s.len() {
                if n == 0 {
                    return &s[..i];
                }
                n -= 1;
                i += decode_rune(&s[i..]).1;
            }
        }
        s
    }

    /// `%s`: a string truncated to the precision, padded.
    pub(super) fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s).to_vec();
        self.pad(&s);
    }

    /// `%x` of a string or byte slice: two digits a byte, the precision
    /// counting bytes; `space` separates bytes and `#` prefixes each (or,
    /// without space, the whole) with `0x`.
    pub(super) fn fmt_sbx(&mut self, b: &[u8], digits: &[u8; 17]) {
        let mut length = b.len();
        if self.f.prec_present && self.f.prec < length {
            length = self.f.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.f.wid);
            }
            return;
        }
        if self.f.wid_present && self.f.wid > width && !self.f.minus {
            self.write_padding(self.f.wid - width);
        }
        if self.f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in b[..length].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf.push(digits[usize::from(c >> 4)]);
            self.buf.push(digits[usize::from(c & 15)]);
        }
        if self.f.wid_present && self.f.wid > width && self.f.minus {
            self.write_padding(self.f.wid - width);
        }
    }

    /// `%q` of a string: Go-quoted (`+`: ASCII only), or backquoted with
    /// `#` when strconv.CanBackquote allows.
    pub(super) fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s).to_vec();
        if self.f.sharp && can_backquote(&s) {
            let mut b = vec![b'`'];
            b.extend_from_slice(&s);
            b.push(b'`');
            self.pad(&b);
            return;
        }
        let q = quote(&s, self.f.plus);
        self.pad(&q);
    }

    /// `%c`: the character (U+FFFD past the last code point).
    pub(super) fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as u32 };
        let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
        self.pad(ch.to_string().as_bytes());
    }

    /// `%q` of an integer: the single-quoted character literal.
    pub(super) fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { 0xFFFD } else { c as u32 };
        let q = quote_rune(r, self.f.plus);
        self.pad(&q);
    }

    /// A float with strconv's format `verb` and the precision (or `prec`
    /// when none is given): the sign by the `+` and space flags, `#`'s
    /// decimal point and trailing zeros, zero padding after the sign; Inf
    /// and NaN never padded with zeros.
    pub(super) fn fmt_float_digits(&mut self, v: f64, size: u32, verb: u8, prec: i32) {
        let prec = if self.f.prec_present {
            self.f.prec as i32
        } else {
            prec
        };
        let mut num = vec![b'+'];
        num.extend(format_float(v, verb, prec, size));
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        if num[1] == b'I' || num[1] == b'N' {
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad_spaces(&num);
            return;
        }
        if self.f.sharp && verb != b'b' {
            let mut digits: i32 = match verb {
                b'v' | b'g' | b'G' | b'x' => {
                    if prec == -1 {
                        6
                    } else {
                        prec
                    }
                }
                _ => 0,
            };
            let mut tail = Vec::new();
            let mut has_point = false;
            let mut saw_nonzero = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero = true;
                        }
                        if saw_nonzero {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend(tail);
        }
        if self.f.plus || num[0] != b'+' {
            if self.f.zero && self.f.wid_present && self.f.wid > num.len() {
                self.buf.push(num[0]);
                let n = self.f.wid - num.len();
                self.write_padding(n);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}
