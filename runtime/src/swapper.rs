//! sort's stand-ins for reflect's Swapper (stdlib/go/sort/slice.go): the
//! kind and length of what an `any` holds, and the exchange of two
//! elements of a slice of any element type.
//!
//! An `any` is (type descriptor, pointer to a boxed copy); a boxed slice
//! is its header (pointer, length, capacity), and the element size is the
//! slice descriptor's elem's size. The exchange moves bytes: elements are
//! plain memory, and pointers in them stay where the element's type says.

use crate::mem::Mem;
use crate::typedesc::{Kind, ELEM, KIND, SIZE};

/// `sort.sliceLen(x any) (n int, kind int)`.
pub fn slice_len<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let (t, data) = (m.read_word(args), m.read_word(args + w));
    let kind = if t == 0 { 0 } else { m.field(t, KIND) };
    let n = if Kind::from_number(kind) == Some(Kind::Slice) {
        m.read_word(data + w)
    } else {
        0
    };
    m.write_word(args + 2 * w, n);
    m.write_word(args + 3 * w, kind);
}

/// `sort.swapElems(x any, i, j int)`: the caller checked that x holds a
/// slice and that i and j are in range.
pub fn swap_elems<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let (t, data) = (m.read_word(args), m.read_word(args + w));
    let (i, j) = (m.read_word(args + 2 * w), m.read_word(args + 3 * w));
    let size = m.field(m.field(t, ELEM), SIZE);
    if i == j || size == 0 {
        return;
    }
    let base = m.read_word(data);
    let (a, b) = (base + i * size, base + j * size);
    let mut x = vec![0u8; size as usize];
    let mut y = vec![0u8; size as usize];
    m.read_bytes(a, &mut x);
    m.read_bytes(b, &mut y);
    m.write_bytes(a, &y);
    m.write_bytes(b, &x);
}
