//! The failed index and slice-bound checks: the codes the compiler passes
//! to [`Service::PanicBounds`] with the failing value `x` and its limit `y`
//! (gc's boundsErrorCode numbers), and the message of each (Go:
//! runtime/error.go, boundsError), for the runtime and the reference
//! interpreter alike.
//!
//! [`Service::PanicBounds`]: crate::Service::PanicBounds

/// `s[x]`, 0 <= x < len(s) failed.
pub const INDEX: u64 = 0;
/// `s[:x]`, 0 <= x <= len(s) failed (strings and arrays).
pub const SLICE_ALEN: u64 = 1;
/// `s[:x]`, 0 <= x <= cap(s) failed (slices).
pub const SLICE_ACAP: u64 = 2;
/// `s[x:y]`, 0 <= x <= y failed.
pub const SLICE_B: u64 = 3;
/// `s[::x]`, 0 <= x <= len(s) failed (arrays).
pub const SLICE3_ALEN: u64 = 4;
/// `s[::x]`, 0 <= x <= cap(s) failed (slices).
pub const SLICE3_ACAP: u64 = 5;
/// `s[:x:y]`, 0 <= x <= y failed.
pub const SLICE3_B: u64 = 6;
/// `s[x:y:]`, 0 <= x <= y failed.
pub const SLICE3_C: u64 = 7;
/// `(*[N]T)(s)`, len(s) >= N failed.
pub const CONVERT: u64 = 8;
/// Or-ed into the code when `x` is of a signed type: a negative `x` is
/// printed with its sign, and in the shorter form without `y`.
pub const SIGNED: u64 = 0x100;

/// Each check's format (`%x`, `%y` replaced), and the one used when a
/// signed `x` is negative (Go: boundsErrorFmts, boundsNegErrorFmts).
const FORMATS: [(&str, &str); 9] = [
    (
        "index out of range [%x] with length %y",
        "index out of range [%x]",
    ),
    (
        "slice bounds out of range [:%x] with length %y",
        "slice bounds out of range [:%x]",
    ),
    (
        "slice bounds out of range [:%x] with capacity %y",
        "slice bounds out of range [:%x]",
    ),
    (
        "slice bounds out of range [%x:%y]",
        "slice bounds out of range [%x:]",
    ),
    (
        "slice bounds out of range [::%x] with length %y",
        "slice bounds out of range [::%x]",
    ),
    (
        "slice bounds out of range [::%x] with capacity %y",
        "slice bounds out of range [::%x]",
    ),
    (
        "slice bounds out of range [:%x:%y]",
        "slice bounds out of range [:%x:]",
    ),
    (
        "slice bounds out of range [%x:%y:]",
        "slice bounds out of range [%x::]",
    ),
    (
        "cannot convert slice with length %x to pointer to array with length %y",
        "cannot convert slice with length %x to pointer to array with length %y",
    ),
];

/// The run-time error of check `code` failing for `x` against `y`, words
/// of a target with `word`-byte words: `runtime error: slice bounds out of
/// range [2:1]`.
pub fn message(x: u64, y: u64, code: u64, word: u32) -> String {
    // A word as the target's int, or as its uint.
    let int = |v: u64| {
        if word == 8 {
            v as i64
        } else {
            v as u32 as i32 as i64
        }
    };
    let uint = |v: u64| if word == 8 { v } else { v as u32 as u64 };
    let signed = code & SIGNED != 0;
    let Some(&(fmt, neg_fmt)) = FORMATS.get((code & !SIGNED) as usize) else {
        return format!("runtime error: bounds check {code:#x} failed: {x} {y}");
    };
    let (fmt, x) = if signed && int(x) < 0 {
        (neg_fmt, int(x).to_string())
    } else if signed {
        (fmt, int(x).to_string())
    } else {
        (fmt, uint(x).to_string())
    };
    let text = fmt.replace("%x", &x).replace("%y", &int(y).to_string());
    format!("runtime error: {text}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let m = |x: i64, y: u64, code: u64| message(x as u64, y, code, 8);
        assert_eq!(
            m(5, 3, INDEX | SIGNED),
            "runtime error: index out of range [5] with length 3"
        );
        assert_eq!(
            m(-1, 3, INDEX | SIGNED),
            "runtime error: index out of range [-1]"
        );
        assert_eq!(
            m(-1, 3, INDEX),
            "runtime error: index out of range [18446744073709551615] with length 3"
        );
        assert_eq!(
            m(2, 1, SLICE_B | SIGNED),
            "runtime error: slice bounds out of range [2:1]"
        );
        assert_eq!(
            m(-2, 1, SLICE3_C | SIGNED),
            "runtime error: slice bounds out of range [-2::]"
        );
        assert_eq!(
            message(0xffff_ffff, 4, SLICE_ALEN | SIGNED, 4),
            "runtime error: slice bounds out of range [:-1]"
        );
        assert_eq!(
            message(0xffff_ffff, 4, SLICE_ALEN, 4),
            "runtime error: slice bounds out of range [:4294967295] with length 4"
        );
    }
}
