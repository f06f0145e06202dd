//! The byte-search natives of packages bytes and strings: the functions gc
//! writes in assembly (its internal/bytealg) because a byte-at-a-time loop
//! is far slower than the machine's vector instructions. Here they are
//! searches of the `memchr` crate (single bytes, substrings, counts) and
//! the standard library's slice comparison, run on the program's bytes in
//! place through [`Mem::view_bytes`], never on a copy: bufio.Scanner asks
//! for the next newline in a buffer of kilobytes once per line.
//!
//! Each is one implementation for both packages: an operand is a slice
//! (pointer, length, capacity) or a string (pointer, length), which differ
//! only in the words they take in the argument area. The Go side keeps
//! what is not a search (strings.Count of "" counts runes); everything a
//! program can see (-1 when absent, nil equal to empty, a shorter prefix
//! ordering first) is the same as gc's.

use crate::mem::Mem;
use crate::stop::Stop;

/// What a native computes; `slices` says whether its operands are `[]byte`
/// (package bytes) or `string` (package strings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `IndexByte(s, c byte) int`: the first c, or -1.
    IndexByte,
    /// `count(s, sep) int` for a non-empty sep: its non-overlapping
    /// occurrences.
    Count,
    /// `Index(s, sep) int`: the first occurrence of sep, -1 when there is
    /// none, 0 for an empty sep.
    Index,
    /// `Equal(a, b []byte) bool`.
    Equal,
    /// `Compare(a, b) int`: -1, 0 or +1 in byte order.
    Compare,
}

pub const NATIVES: &[(&str, Op, bool)] = &[
    ("bytes.IndexByte", Op::IndexByte, true),
    ("bytes.count", Op::Count, true),
    ("bytes.Index", Op::Index, true),
    ("bytes.Equal", Op::Equal, true),
    ("bytes.Compare", Op::Compare, true),
    ("strings.IndexByte", Op::IndexByte, false),
    ("strings.count", Op::Count, false),
    ("strings.Index", Op::Index, false),
    ("strings.Compare", Op::Compare, false),
];

/// Runs `op` on the argument area at `args`.
pub fn run<M: Mem + ?Sized>(m: &M, op: Op, slices: bool, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    // An operand's words: a slice's capacity plays no part in a search.
    let size = if slices { 3 * w } else { 2 * w };
    let first = (m.read_word(args), m.read_word(args + w));
    let res = match op {
        Op::IndexByte => {
            let mut c = [0u8];
            m.read_bytes(args + size, &mut c);
            let mut at = -1;
            m.view_bytes(first.0, first.1, &mut |s| {
                at = memchr::memchr(c[0], s).map_or(-1, |i| i as i64);
            });
            // The byte parameter ends before the next word boundary, where
            // the result starts.
            write_int(m, args + size + w, at);
            return Ok(());
        }
        _ => {
            let second = (m.read_word(args + size), m.read_word(args + size + w));
            let mut r = 0i64;
            with_both(m, first, second, &mut |a, b| r = pair(op, a, b));
            r
        }
    };
    if op == Op::Equal {
        m.write_bytes(args + 2 * size, &[u8::from(res != 0)]);
    } else {
        write_int(m, args + 2 * size, res);
    }
    Ok(())
}

/// The answer of a two-operand `op` as an int (Equal: 1 for true).
fn pair(op: Op, a: &[u8], b: &[u8]) -> i64 {
    match op {
        Op::Index => memchr::memmem::find(a, b).map_or(-1, |i| i as i64),
        Op::Count => match b {
            // The Go side answers for an empty sep (runes plus one).
            [] => 0,
            [c] => memchr::memchr_iter(*c, a).count() as i64,
            _ => memchr::memmem::find_iter(a, b).count() as i64,
        },
        Op::Equal => i64::from(a == b),
        Op::Compare => a.cmp(b) as i64,
        Op::IndexByte => unreachable!("one operand"),
    }
}

/// Calls `f` with the bytes of the operands `a` and `b` (pointer, length).
pub(crate) fn with_both<M: Mem + ?Sized>(
    m: &M,
    a: (u64, u64),
    b: (u64, u64),
    f: &mut dyn FnMut(&[u8], &[u8]),
) {
    m.view_bytes(a.0, a.1, &mut |x| m.view_bytes(b.0, b.1, &mut |y| f(x, y)));
}

/// Stores the Go int `v` at `at`, in the target's word.
fn write_int<M: Mem + ?Sized>(m: &M, at: u64, v: i64) {
    let bits = if m.word().0 == 8 {
        v as u64
    } else {
        u64::from(v as i32 as u32)
    };
    m.write_word(at, bits);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_answer_as_go_does() {
        assert_eq!(pair(Op::Index, b"", b""), 0);
        assert_eq!(pair(Op::Index, b"abc", b""), 0);
        assert_eq!(pair(Op::Index, b"ab", b"abc"), -1);
        assert_eq!(pair(Op::Index, b"xxabcabc", b"abc"), 2);
        assert_eq!(pair(Op::Count, b"aaaa", b"aa"), 2);
        assert_eq!(pair(Op::Count, b"a\xffa\xff", b"\xff"), 2);
        assert_eq!(pair(Op::Compare, b"a", b"ab"), -1);
        assert_eq!(pair(Op::Compare, b"\x80", b"a"), 1);
        assert_eq!(pair(Op::Compare, b"", b""), 0);
        assert_eq!(pair(Op::Equal, b"", b""), 1);
        assert_eq!(pair(Op::Equal, b"a", b"b"), 0);
    }
}
