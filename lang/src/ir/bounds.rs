//! The checks behind [`Service::PanicBounds`](super::Service::PanicBounds), numbered as gc's
//! boundsErrorCode (runtime/error.go), each with its message: the third
//! argument word is one of these, plus [`SIGNED`] when the failing
//! value is of a signed type (a negative one is printed as such, and
//! without the limit). The runtime's copy is checked equal at compile time
//! (jit/src/compile.rs).

/// `s[x]`: `index out of range [x] with length y`.
pub const INDEX: u64 = 0;
/// `s[:x]` of a string or array: `slice bounds out of range [:x] with length y`.
pub const SLICE_ALEN: u64 = 1;
/// `s[:x]` of a slice: `... [:x] with capacity y`.
pub const SLICE_ACAP: u64 = 2;
/// `s[x:y]`: `... [x:y]`.
pub const SLICE_B: u64 = 3;
/// `s[::x]` of an array: `... [::x] with length y`.
pub const SLICE3_ALEN: u64 = 4;
/// `s[::x]` of a slice: `... [::x] with capacity y`.
pub const SLICE3_ACAP: u64 = 5;
/// `s[:x:y]`: `... [:x:y]`.
pub const SLICE3_B: u64 = 6;
/// `s[x:y:]`: `... [x:y:]`.
pub const SLICE3_C: u64 = 7;
/// `(*[N]T)(s)`: `cannot convert slice with length x to pointer to array with length y`.
pub const CONVERT: u64 = 8;
/// Or-ed in when the failing value is of a signed type.
pub const SIGNED: u64 = 0x100;

/// The message (gc's boundsError.Error) for a failed check `code` of
/// `x` against `y`, on a target of `word` bytes: for the reference
/// interpreter (the runtime has its own, runtime/src/bounds.rs).
pub fn message(x: u64, y: u64, code: u64, word: u32) -> String {
    let signed = |v: u64| {
        if word == 8 {
            v as i64
        } else {
            v as u32 as i32 as i64
        }
    };
    let y = signed(y);
    let xs = if code & SIGNED != 0 {
        signed(x).to_string()
    } else if word == 8 {
        x.to_string()
    } else {
        (x as u32).to_string()
    };
    let neg = code & SIGNED != 0 && signed(x) < 0;
    let text = match (code & !SIGNED, neg) {
        (INDEX, false) => format!("index out of range [{xs}] with length {y}"),
        (INDEX, true) => format!("index out of range [{xs}]"),
        (SLICE_ALEN, false) => format!("slice bounds out of range [:{xs}] with length {y}"),
        (SLICE_ACAP, false) => format!("slice bounds out of range [:{xs}] with capacity {y}"),
        (SLICE_ALEN | SLICE_ACAP, true) => format!("slice bounds out of range [:{xs}]"),
        (SLICE_B, false) => format!("slice bounds out of range [{xs}:{y}]"),
        (SLICE_B, true) => format!("slice bounds out of range [{xs}:]"),
        (SLICE3_ALEN, false) => format!("slice bounds out of range [::{xs}] with length {y}"),
        (SLICE3_ACAP, false) => {
            format!("slice bounds out of range [::{xs}] with capacity {y}")
        }
        (SLICE3_ALEN | SLICE3_ACAP, true) => format!("slice bounds out of range [::{xs}]"),
        (SLICE3_B, false) => format!("slice bounds out of range [:{xs}:{y}]"),
        (SLICE3_B, true) => format!("slice bounds out of range [:{xs}:]"),
        (SLICE3_C, false) => format!("slice bounds out of range [{xs}:{y}:]"),
        (SLICE3_C, true) => format!("slice bounds out of range [{xs}::]"),
        (CONVERT, _) => {
            format!("cannot convert slice with length {xs} to pointer to array with length {y}")
        }
        _ => format!("bounds check {code:#x} failed: {xs}, {y}"),
    };
    format!("runtime error: {text}")
}
