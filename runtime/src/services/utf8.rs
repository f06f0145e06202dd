//! The services that convert between strings and runes or bytes (`string(r)`,
//! `string(b)`, `[]rune(s)`, ...) and decode the runes a `for range` over
//! a string visits, with Go's rule that invalid UTF-8 is U+FFFD (the ABI
//! crate's [`splitgo_abi::utf8`], which the reference interpreter uses
//! too).

use crate::mem::Mem;
use crate::service_ctx::{write_string, ServiceCtx};
use crate::stop::Stop;
use crate::value::{read_string, signed};
use splitgo_abi::utf8::{self, encode_rune, string_to_runes};
use splitgo_abi::Service;

/// `IntToString(r) (s)`: `string(r)` of an integer.
pub(super) fn int_to_string<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    args: u64,
) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let mut b = Vec::with_capacity(4);
    encode_rune(signed(m, arg(0)), &mut b);
    write_string(cx, args + w, &b)
}

/// `BytesToString(b) (s)` and `RunesToString(r) (s)`.
pub(super) fn to_string<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    s: Service,
    args: u64,
) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let (p, n) = (arg(0), arg(1));
    let bytes = if s == Service::BytesToString {
        let mut b = vec![0u8; n as usize];
        if n > 0 {
            m.read_bytes(p, &mut b);
        }
        b
    } else {
        let mut text = Vec::new();
        for i in 0..n {
            let mut r = [0u8; 4];
            m.read_bytes(p + 4 * i, &mut r);
            encode_rune(i64::from(i32::from_le_bytes(r)), &mut text);
        }
        text
    };
    write_string(cx, args + 3 * w, &bytes)
}

/// `StringToBytes(s) (b)` and `StringToRunes(s) (r)`.
pub(super) fn from_string<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    s: Service,
    args: u64,
) -> Result<(), Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let bytes = read_string(m, args);
    let (data, n) = if s == Service::StringToBytes {
        let n = bytes.len() as u64;
        (bytes, n)
    } else {
        let runes: Vec<u8> = string_to_runes(&bytes)
            .iter()
            .flat_map(|r| r.to_le_bytes())
            .collect();
        let n = (runes.len() / 4) as u64;
        (runes, n)
    };
    // Never nil, even when empty: `[]byte("") == nil` is false
    // (Go's fixedbugs/issue5704.go; the heap gives a zero-size
    // request an address, as Go gives zerobase).
    let p = cx.heap.alloc_bytes(data.len() as u64, w)?;
    if !data.is_empty() {
        m.write_bytes(p, &data);
    }
    m.write_word(args + 2 * w, p);
    m.write_word(args + 3 * w, n);
    m.write_word(args + 4 * w, n);
    Ok(())
}

/// `DecodeRune(s, i) (r, next)`: the rune at byte `i` of `s` and the index
/// after it, for `for range` over a string.
pub(super) fn decode_rune_at<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let (p, len, i) = (arg(0), arg(1), arg(2));
    // Only the (at most 4) bytes of this rune are read: the loop calls
    // this once per rune, and reading the whole string each time made
    // `range` over a long non-ASCII string quadratic.
    let mut buf = [0u8; 4];
    let n = len.saturating_sub(i).min(4) as usize;
    if n > 0 {
        m.read_bytes(p + i, &mut buf[..n]);
    }
    let (r, width) = utf8::decode_rune(&buf[..n]);
    m.write_word(args + 3 * w, i64::from(r) as u64);
    m.write_word(args + 4 * w, i + width as u64);
}
