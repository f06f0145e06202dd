//! fmt's scanning natives (stdlib/go/fmt/scan.go): what a pointer operand
//! of a defined type (`*myInt`, `*myBytes`) points at, and the store of a
//! scanned value through it. gc's fmt does this with reflect; loading
//! reflect into every program that imports fmt costs more than these two
//! natives, and the stdlib does not use package unsafe.
//!
//! An `any` is (type descriptor, pointer to a boxed copy); the box of a
//! pointer holds the pointer.

use crate::mem::Mem;
use crate::stop::Stop;
use crate::typedesc::{Kind, TypeView, ELEM, KIND, NAME_LEN, NAME_PTR, SIZE};
use crate::value::read_sized;

/// `fmt.pointee(arg any) (kind, size, elem int, name string)`: the kind
/// (reflect's numbers) and size of what the pointer `arg` points at, the
/// kind of its elements for a slice, and `arg`'s type name; kind 0 when
/// `arg` is no pointer (name `<nil>` for nil). The name's string is the
/// descriptor's own bytes.
pub fn pointee<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let t = m.read_word(args);
    let (mut kind, mut size, mut elem) = (0, 0, 0);
    if t != 0 && Kind::from_number(m.field(t, KIND)) == Some(Kind::Pointer) {
        let e = m.field(t, ELEM);
        (kind, size) = (m.field(e, KIND), m.field(e, SIZE));
        if Kind::from_number(kind) == Some(Kind::Slice) {
            elem = m.field(m.field(e, ELEM), KIND);
        }
    }
    m.write_word(args + 2 * w, kind);
    m.write_word(args + 3 * w, size);
    m.write_word(args + 4 * w, elem);
    let (name_ptr, name_len) = if t == 0 {
        (
            NIL_NAME.as_ptr().expose_provenance() as u64,
            NIL_NAME.len() as u64,
        )
    } else {
        (m.field(t, NAME_PTR), m.field(t, NAME_LEN))
    };
    m.write_word(args + 5 * w, name_ptr);
    m.write_word(args + 6 * w, name_len);
}

/// How the name of a nil operand reads.
static NIL_NAME: &str = "<nil>";

/// `fmt.storeScanned(arg, v any)`: stores the scanned value `v` (an
/// int64, uint64, float64, complex128, bool, string or []byte) where the
/// pointer `arg` points, as the pointee's kind and size take it: integers
/// truncated, floats and complex numbers narrowed for the 32-bit kinds,
/// string and slice headers copied. The caller checked the kinds (with
/// [`pointee`]); a nil pointer is a nil dereference.
pub fn store_scanned<M: Mem + ?Sized>(m: &M, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let (t, data) = (m.read_word(args), m.read_word(args + w));
    let (vt, vdata) = (m.read_word(args + 2 * w), m.read_word(args + 3 * w));
    let p = m.read_word(data);
    if p == 0 {
        return Err(Stop::Panic(crate::signals::NIL_DEREF.into()));
    }
    let e = m.field(t, ELEM);
    let size = m.field(e, SIZE);
    let view = TypeView { mem: m, addr: vt };
    match view.kind() {
        Some(Kind::Float64) => {
            let x = f64::from_bits(read_sized(m, vdata, 8));
            store_float(m, p, size, x);
        }
        Some(Kind::Complex128) => {
            let re = f64::from_bits(read_sized(m, vdata, 8));
            let im = f64::from_bits(read_sized(m, vdata + 8, 8));
            store_float(m, p, size / 2, re);
            store_float(m, p + size / 2, size / 2, im);
        }
        // Integers, bools, and the headers of strings and slices: their
        // bytes, cut to the pointee's size.
        _ => {
            let n = view.size().min(size) as usize;
            let mut b = vec![0u8; n];
            m.read_bytes(vdata, &mut b);
            m.write_bytes(p, &b);
        }
    }
    Ok(())
}

/// Writes `x` at `p` as a float of `size` bytes.
fn store_float<M: Mem + ?Sized>(m: &M, p: u64, size: u64, x: f64) {
    if size == 4 {
        m.write_bytes(p, &(x as f32).to_bits().to_le_bytes());
    } else {
        m.write_bytes(p, &x.to_bits().to_le_bytes());
    }
}
