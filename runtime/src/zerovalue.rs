//! flag's stand-in for reflect.New and reflect.Zero (stdlib/go/flag,
//! isZeroValue): a value of the same dynamic type as a flag.Value, zeroed
//! (for a pointer type, a pointer to a new zeroed element, as reflect.New
//! gives), whose String method PrintDefaults compares with the default.

use crate::heap::Heap;
use crate::mem::Mem;
use crate::stop::Stop;
use crate::typedesc::{Kind, ALIGN, ELEM, KIND, SIZE};

/// `flag.zeroLike(v Value) Value`: v non-nil. An interface with methods
/// is (itab, pointer to a boxed copy), and the itab's first word is the
/// dynamic type's descriptor; the result keeps the itab.
pub fn zero_like<M: Mem + ?Sized>(m: &M, heap: &mut Heap, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let itab = m.read_word(args);
    let t = m.read_word(itab);
    let box_of = |heap: &mut Heap, t: u64| {
        let layout = crate::heaplayout::of_desc(m, t);
        heap.alloc(m.field(t, SIZE), m.field(t, ALIGN).max(1), &layout)
    };
    let data = if Kind::from_number(m.field(t, KIND)) == Some(Kind::Pointer) {
        let elem = box_of(heap, m.field(t, ELEM))?;
        let cell = heap.alloc(w, w, &crate::heap::Layout::Word(1))?;
        m.write_word(cell, elem);
        cell
    } else {
        box_of(heap, t)?
    };
    m.write_word(args + 2 * w, itab);
    m.write_word(args + 3 * w, data);
    Ok(())
}
