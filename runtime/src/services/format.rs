//! Formatting natives and texts: fmt's Print/Sprint/Printf family (one
//! round at a time, as Go methods may have to be called), and the text a
//! panic value prints.

use super::*;
use crate::methods::{MethodCall, MethodCalls, MethodResult};
use crate::typedesc::Kind;
use crate::value::{read_signed, read_sized};
use splitgo_abi::go_print_float;
use splitgo_abi::print_kind;

/// The text `panic(v)` prints after `panic: ` (Go: printpanicval): values
/// of predeclared basic types as print prints them, defined types of a
/// basic kind as `main.T(5)`, anything else as `(T) 0xADDR`.
pub fn panic_value<M: Mem + ?Sized>(m: &M, t: u64, data: u64) -> String {
    if t == 0 {
        return "nil".into();
    }
    if crate::typedesc::is_runtime_error(m, t) {
        let msg = crate::typedesc::runtime_error_message(m, t, data);
        return String::from_utf8_lossy(&read_string(m, msg)).into_owned();
    }
    let tv = TypeView { mem: m, addr: t };
    let Some(kind) = tv.kind() else {
        return format!("(?) {data:#x}");
    };
    let plain = match kind {
        Kind::Bool => Some((read_sized(m, data, 1) != 0).to_string()),
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => {
            Some(read_signed(m, data, tv.size()).to_string())
        }
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            Some(read_sized(m, data, tv.size()).to_string())
        }
        Kind::Float32 => Some(go_print_float(
            f32::from_bits(read_sized(m, data, 4) as u32) as f64,
        )),
        Kind::Float64 => Some(go_print_float(f64::from_bits(read_sized(m, data, 8)))),
        Kind::Complex64 | Kind::Complex128 => {
            let (re, im) = crate::equal::complex_parts(m, data, tv.size());
            Some(splitgo_abi::go_print_complex(re, im))
        }
        Kind::String => Some(String::from_utf8_lossy(&read_string(m, data)).into_owned()),
        _ => None,
    };
    match plain {
        Some(text) if tv.is_predeclared() => text,
        Some(text) if kind == Kind::String => format!("{}(\"{text}\")", tv.name()),
        // A complex value brings its own parentheses: `main.N(+1.0e+000+2.0e+000i)`.
        Some(text) if matches!(kind, Kind::Complex64 | Kind::Complex128) => {
            format!("{}{text}", tv.name())
        }
        Some(text) => format!("{}({text})", tv.name()),
        None => format!("({}) {data:#x}", tv.name()),
    }
}

/// What fmt.Sprint (fmt.Sprintln when `ln`) makes of the `[]any` at `args`.
fn fmt_text<M: Mem + ?Sized>(
    m: &M,
    maps: &Maps,
    mc: &mut MethodCalls,
    args: u64,
    ln: bool,
) -> Vec<u8> {
    let w = u64::from(m.word().0);
    let (p, n) = (m.read_word(args), m.read_word(args + w));
    crate::printf::sprint(m, maps, mc, p, n, ln)
}

/// Whether `f` is one of fmt's formatting natives, which may need Go
/// methods called ([`fmt_native`]).
pub fn is_fmt(f: NativeFn) -> bool {
    matches!(
        f,
        NativeFn::FmtPrint
            | NativeFn::FmtPrintln
            | NativeFn::FmtSprint
            | NativeFn::FmtSprintln
            | NativeFn::FmtPrintf
            | NativeFn::FmtSprintf
            | NativeFn::FmtErrorf
    )
}

/// One formatting round of the fmt native `f` with arguments at `args`
/// (methods.rs), given the method results of earlier rounds. If the text
/// is complete it is written (stdout, or the string result) and the
/// answer is None; otherwise nothing is written and the answer is the
/// results so far with the method calls still needed.
///
/// Layouts: Print/Println/Sprint/Sprintln take `[]any` (words 0-2);
/// Printf/Sprintf a format string then `[]any` (words 0-3). Results
/// follow: (n int, err error) for the printing ones, a string for the
/// Sprint ones.
#[allow(clippy::type_complexity)]
pub fn fmt_native<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    f: NativeFn,
    args: u64,
    results: Vec<MethodResult>,
    format_hook: u64,
) -> Result<Option<(Vec<MethodResult>, Vec<MethodCall>)>, Stop> {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let mut mc = MethodCalls::new(results, format_hook);
    let (text, res) = match f {
        NativeFn::FmtPrint | NativeFn::FmtPrintln | NativeFn::FmtSprint | NativeFn::FmtSprintln => {
            let ln = matches!(f, NativeFn::FmtPrintln | NativeFn::FmtSprintln);
            (fmt_text(m, cx.maps, &mut mc, args, ln), 3)
        }
        NativeFn::FmtPrintf | NativeFn::FmtSprintf => {
            let format = read_string(m, args);
            let (p, n) = (m.read_word(args + 2 * w), m.read_word(args + 3 * w));
            let text = crate::printf::sprintf(m, cx.maps, &mut mc, &format, p, n);
            (text, 5)
        }
        NativeFn::FmtErrorf => {
            // (format string, a []any) (s string, wrapped int).
            let format = read_string(m, args);
            let (p, n) = (m.read_word(args + 2 * w), m.read_word(args + 3 * w));
            let (text, wrapped) = crate::printf::errorf(m, cx.maps, &mut mc, &format, p, n);
            if let Some(more) = mc.finish() {
                return Ok(Some(more));
            }
            write_string(cx, args + 5 * w, &text)?;
            m.write_word(args + 7 * w, wrapped.map_or(u64::MAX, |i| i as u64));
            return Ok(None);
        }
        _ => return Err(Fatal::new("runtime: not a fmt native").into()),
    };
    if let Some(more) = mc.finish() {
        return Ok(Some(more));
    }
    let at = args + res * w;
    if matches!(
        f,
        NativeFn::FmtSprint | NativeFn::FmtSprintln | NativeFn::FmtSprintf
    ) {
        write_string(cx, at, &text)?;
    } else {
        cx.out.stdout(&text);
        m.write_word(at, text.len() as u64);
        m.write_word(at + w, 0);
        m.write_word(at + 2 * w, 0);
    }
    Ok(None)
}

/// `PrintValue(kind, value)`: one operand of `print`/`println`, to standard
/// error, as gc prints it.
pub(super) fn print_value<M: Mem + ?Sized>(cx: &mut ServiceCtx<'_, M>, args: u64) {
    let m = cx.mem;
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let v = args + w;
    let text = match arg(0) {
        print_kind::BOOL => (m.read_word(v) & 0xff != 0).to_string(),
        print_kind::INT => (m.read_word(v) as i64).to_string(),
        print_kind::UINT => m.read_word(v).to_string(),
        print_kind::FLOAT => go_print_float(f64::from_bits(read_u64(m, v))),
        print_kind::COMPLEX => splitgo_abi::go_print_complex(
            f64::from_bits(read_u64(m, v)),
            f64::from_bits(read_u64(m, v + 8)),
        ),
        print_kind::STRING => {
            cx.out.stderr(&read_string(m, v));
            return;
        }
        // gc's printslice and printeface: the words in hex.
        print_kind::SLICE => format!(
            "[{}/{}]{:#x}",
            m.read_word(v + w),
            m.read_word(v + 2 * w),
            m.read_word(v)
        ),
        print_kind::IFACE => format!("({:#x},{:#x})", m.read_word(v), m.read_word(v + w)),
        _ => format!("{:#x}", m.read_word(v)),
    };
    cx.out.stderr(text.as_bytes());
}
