//! `==` on values the compiler cannot compare with one instruction:
//! interfaces, structs and arrays (Go: runtime·efaceeq, ifaceeq and the
//! generated equality functions). The value's type descriptor
//! (typedesc.rs) drives the walk; an interface's descriptor says in its
//! LEN word whether the interface has methods, that is whether its first
//! word is an itab (whose first word is the dynamic type) or the dynamic
//! type itself.
//!
//! Comparing two interfaces holding the same uncomparable type (a slice, a
//! map, a func) is a run-time error, as in Go.

use crate::mem::Mem;
use crate::typedesc::{self, Kind, TypeView};
use crate::value::read_string;

/// Whether the values of type `t` at `a` and `b` are equal; `Err` with the
/// run-time error's message when the walk meets an uncomparable dynamic
/// type.
pub fn values_equal<M: Mem + ?Sized>(m: &M, t: u64, a: u64, b: u64) -> Result<bool, String> {
    let tv = TypeView { mem: m, addr: t };
    let size = tv.size();
    let w = u64::from(m.word().0);
    Ok(match tv.kind() {
        Some(Kind::String) => read_string(m, a) == read_string(m, b),
        Some(Kind::Float32) => {
            let f = |p| f32::from_bits(crate::value::read_sized(m, p, 4) as u32);
            f(a) == f(b)
        }
        Some(Kind::Float64) => {
            let f = |p| f64::from_bits(crate::value::read_sized(m, p, 8));
            f(a) == f(b)
        }
        Some(Kind::Complex64 | Kind::Complex128) => {
            let (x, y) = (complex_parts(m, a, size), complex_parts(m, b, size));
            x.0 == y.0 && x.1 == y.1
        }
        Some(Kind::Interface) => {
            let (ta, tb) = (
                typedesc::dynamic_type(m, t, a),
                typedesc::dynamic_type(m, t, b),
            );
            if ta != tb {
                return Ok(false);
            }
            if ta == 0 {
                return Ok(true);
            }
            if !comparable(m, ta) {
                let name = TypeView { mem: m, addr: ta }.name();
                return Err(format!("comparing uncomparable type {name}"));
            }
            values_equal(m, ta, m.read_word(a + w), m.read_word(b + w))?
        }
        Some(Kind::Struct) => {
            for f in typedesc::struct_fields(m, t)
                .into_iter()
                .filter(|f| !f.blank)
            {
                if !values_equal(m, f.ty, a + f.offset, b + f.offset)? {
                    return Ok(false);
                }
            }
            true
        }
        Some(Kind::Array) => {
            let et = m.field(t, typedesc::ELEM);
            let es = TypeView { mem: m, addr: et }.size();
            for i in 0..m.field(t, typedesc::LEN) {
                if !values_equal(m, et, a + i * es, b + i * es)? {
                    return Ok(false);
                }
            }
            true
        }
        Some(Kind::Slice | Kind::Map | Kind::Func) => {
            return Err(format!("comparing uncomparable type {}", tv.name()))
        }
        // Booleans, integers, pointers, channels: their bytes.
        _ => {
            let mut x = vec![0u8; size as usize];
            let mut y = vec![0u8; size as usize];
            m.read_bytes(a, &mut x);
            m.read_bytes(b, &mut y);
            x == y
        }
    })
}

/// The parts of a complex64 (`size` 8) or complex128 (16) at `at`, as f64.
pub fn complex_parts<M: Mem + ?Sized>(m: &M, at: u64, size: u64) -> (f64, f64) {
    use crate::value::read_sized;
    if size == 8 {
        let f = |p| f64::from(f32::from_bits(read_sized(m, p, 4) as u32));
        (f(at), f(at + 4))
    } else {
        let f = |p| f64::from_bits(read_sized(m, p, 8));
        (f(at), f(at + 8))
    }
}

/// Whether values of type `t` may be compared (no slice, map or func in
/// them).
pub fn comparable<M: Mem + ?Sized>(m: &M, t: u64) -> bool {
    let tv = TypeView { mem: m, addr: t };
    match tv.kind() {
        Some(Kind::Slice | Kind::Map | Kind::Func) => false,
        Some(Kind::Array) => comparable(m, m.field(t, typedesc::ELEM)),
        Some(Kind::Struct) => typedesc::struct_fields(m, t)
            .iter()
            .all(|f| comparable(m, f.ty)),
        _ => true,
    }
}

/// Appends to `out` the bytes that identify the value of type `t` at `at`
/// as a map key: two values have the same bytes exactly when `==` holds
/// (strings by content with their length first, interfaces by dynamic
/// type then value, structs and arrays member by member, +0 and -0 alike),
/// except for a value holding a NaN, which `==` holds for with nothing,
/// itself included: `Ok(true)` says so, and the map keeps each such key
/// apart (hmap.rs). `Err` with the run-time error's message for an
/// unhashable dynamic type.
pub fn key_bytes<M: Mem + ?Sized>(
    m: &M,
    t: u64,
    at: u64,
    out: &mut Vec<u8>,
) -> Result<bool, String> {
    let tv = TypeView { mem: m, addr: t };
    let w = u64::from(m.word().0);
    let mut nan = false;
    match tv.kind() {
        Some(Kind::String) => {
            let s = read_string(m, at);
            out.extend_from_slice(&(s.len() as u64).to_le_bytes());
            out.extend_from_slice(&s);
        }
        Some(Kind::Float32) => {
            let f = f32::from_bits(crate::value::read_sized(m, at, 4) as u32);
            nan = f.is_nan();
            let f = if f == 0.0 { 0.0f32 } else { f };
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Some(Kind::Float64) => {
            let f = f64::from_bits(crate::value::read_sized(m, at, 8));
            nan = f.is_nan();
            let f = if f == 0.0 { 0.0f64 } else { f };
            out.extend_from_slice(&f.to_bits().to_le_bytes());
        }
        Some(Kind::Complex64 | Kind::Complex128) => {
            // Each part as a float key: ±0 alike, a NaN part equal to nothing.
            let (re, im) = complex_parts(m, at, tv.size());
            for f in [re, im] {
                nan |= f.is_nan();
                let f = if f == 0.0 { 0.0f64 } else { f };
                out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
        }
        Some(Kind::Interface) => {
            let dt = typedesc::dynamic_type(m, t, at);
            out.extend_from_slice(&dt.to_le_bytes());
            if dt != 0 {
                if !comparable(m, dt) {
                    let name = TypeView { mem: m, addr: dt }.name();
                    return Err(format!("hash of unhashable type {name}"));
                }
                nan = key_bytes(m, dt, m.read_word(at + w), out)?;
            }
        }
        Some(Kind::Struct) => {
            // Blank fields take no part, as in ==.
            for f in typedesc::struct_fields(m, t)
                .into_iter()
                .filter(|f| !f.blank)
            {
                nan |= key_bytes(m, f.ty, at + f.offset, out)?;
            }
        }
        Some(Kind::Array) => {
            let et = m.field(t, typedesc::ELEM);
            let es = TypeView { mem: m, addr: et }.size();
            for i in 0..m.field(t, typedesc::LEN) {
                nan |= key_bytes(m, et, at + i * es, out)?;
            }
        }
        _ => {
            let start = out.len();
            out.resize(start + tv.size() as usize, 0);
            m.read_bytes(at, &mut out[start..]);
        }
    }
    Ok(nan)
}

/// The order fmt prints map keys in (Go: internal/fmtsort): numbers by
/// value (NaN first), strings by bytes, false before true, pointers and
/// channels by address, structs and arrays member by member, interfaces by
/// dynamic type, then value.
pub fn key_order<M: Mem + ?Sized>(m: &M, t: u64, a: u64, b: u64) -> std::cmp::Ordering {
    use crate::value::{read_signed, read_sized};
    use std::cmp::Ordering;
    let tv = TypeView { mem: m, addr: t };
    let w = u64::from(m.word().0);
    let size = tv.size();
    let float = |x: f64, y: f64| match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    };
    match tv.kind() {
        Some(Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64) => {
            read_signed(m, a, size).cmp(&read_signed(m, b, size))
        }
        Some(Kind::String) => read_string(m, a).cmp(&read_string(m, b)),
        Some(Kind::Float32) => {
            let f = |p| f64::from(f32::from_bits(read_sized(m, p, 4) as u32));
            float(f(a), f(b))
        }
        Some(Kind::Float64) => {
            let f = |p| f64::from_bits(read_sized(m, p, 8));
            float(f(a), f(b))
        }
        Some(Kind::Complex64 | Kind::Complex128) => {
            // fmtsort: the real parts, then the imaginary parts.
            let (x, y) = (complex_parts(m, a, size), complex_parts(m, b, size));
            float(x.0, y.0).then(float(x.1, y.1))
        }
        Some(Kind::Struct) => typedesc::struct_fields(m, t)
            .iter()
            .filter(|f| !f.blank)
            .map(|f| key_order(m, f.ty, a + f.offset, b + f.offset))
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal),
        Some(Kind::Array) => {
            let et = m.field(t, typedesc::ELEM);
            let es = TypeView { mem: m, addr: et }.size();
            (0..m.field(t, typedesc::LEN))
                .map(|i| key_order(m, et, a + i * es, b + i * es))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        }
        Some(Kind::Interface) => {
            let (ta, tb) = (
                typedesc::dynamic_type(m, t, a),
                typedesc::dynamic_type(m, t, b),
            );
            if ta != tb || ta == 0 {
                return ta.cmp(&tb);
            }
            key_order(m, ta, m.read_word(a + w), m.read_word(b + w))
        }
        // Booleans, unsigned integers, pointers, channels: unsigned value.
        _ => read_sized(m, a, size).cmp(&read_sized(m, b, size)),
    }
}
