//! Slices: the services that make, grow and copy them. The sizes they
//! decide (Go's growth rule, size classes, the largest allocation, make's
//! checks) are the ABI crate's ([`splitgo_abi::growslice`]), which the
//! reference interpreter uses too.

use crate::heap::Heap;
use crate::mem::Mem;
use crate::stop::Stop;
use crate::value::signed;
use splitgo_abi::growslice::{grow_cap, makeslice_check, GROWSLICE_CAP_ERROR};

/// `GrowSlice(es, old slice, newlen, layout) (new slice)`: append's
/// growth, in place when the capacity suffices; `layout` is the element's
/// layout word.
pub(crate) fn grow_slice<M: Mem + ?Sized>(m: &M, heap: &mut Heap, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let es = arg(0);
    let (p, len, cap) = (arg(1), arg(2), arg(3));
    let newlen = arg(4);
    let out = args + 6 * w;
    if signed(m, newlen) < 0 {
        // The compiler's len(s)+n overflowed: gc 1.19 reports it
        // as a capacity below the old one.
        return Err(Stop::Panic(GROWSLICE_CAP_ERROR.into()));
    }
    if newlen <= cap {
        m.write_word(out, p);
        m.write_word(out + w, newlen);
        m.write_word(out + 2 * w, cap);
        return Ok(());
    }
    let (newcap, bytes) =
        grow_cap(es, cap, newlen, w).ok_or_else(|| Stop::Panic(GROWSLICE_CAP_ERROR.into()))?;
    let q = alloc_elems(m, heap, bytes, es, arg(5))?;
    if len > 0 && es > 0 {
        m.copy(q, p, len.min(cap) * es);
    }
    m.write_word(out, q);
    m.write_word(out + w, newlen);
    m.write_word(out + 2 * w, newcap);
    Ok(())
}

/// `MakeSlice(es, len, cap, layout) (slice)`, with gc's panics for a
/// length or capacity out of range.
pub(crate) fn make_slice<M: Mem + ?Sized>(m: &M, heap: &mut Heap, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let es = arg(0);
    let (len, cap) = (signed(m, arg(1)), signed(m, arg(2)));
    makeslice_check(es, len, cap, w).map_err(|msg| Stop::Panic(msg.into()))?;
    let p = alloc_elems(m, heap, cap as u64 * es, es, arg(3))?;
    m.write_word(args + 4 * w, p);
    m.write_word(args + 5 * w, len as u64);
    m.write_word(args + 6 * w, cap as u64);
    Ok(())
}

/// A slice's backing array of `bytes` bytes, elements of `es` bytes
/// whose pointer words layout word `layout` names.
pub(crate) fn alloc_elems<M: Mem + ?Sized>(
    m: &M,
    heap: &mut Heap,
    bytes: u64,
    es: u64,
    layout: u64,
) -> Result<u64, crate::throw::Fatal> {
    let w = u64::from(m.word().0);
    let layout = crate::heaplayout::of_word(m, layout);
    if es == 0 || !layout.has_pointers() {
        return heap.alloc_bytes(bytes, w);
    }
    heap.alloc_array(bytes / es, es, w, &layout)
}

/// `Copy(es, dst, src) (n)`: copy's memmove of the shorter length.
pub(crate) fn copy_slice<M: Mem + ?Sized>(m: &M, args: u64) {
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let es = arg(0);
    let (dp, dlen) = (arg(1), arg(2));
    let (sp, slen) = (arg(4), arg(5));
    let n = dlen.min(slen);
    if n > 0 && es > 0 && dp != sp {
        m.copy(dp, sp, n * es);
    }
    m.write_word(args + 7 * w, n);
}
