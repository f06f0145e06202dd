//! Slices: the services that make, grow and copy them, with Go's growth
//! rule and size classes (which decide the capacity `append` reports) and
//! the largest allocation a length may ask for.

use crate::heap::Heap;
use crate::mem::Mem;
use crate::stop::Stop;
use crate::value::signed;

/// The largest allocation (Go 1.19: maxAlloc in runtime/malloc.go,
/// `1<<heapAddrBits - (1-_64bit)`): 2^48 bytes on 64-bit targets, 2^32-1
/// on 32-bit ones. Below it, a request the machine cannot back is `out of
/// memory` (runtime/src/sysmem.rs), as gc's; above, `len out of range`.
pub(crate) fn max_alloc(w: u64) -> u64 {
    if w == 8 {
        1 << 48
    } else {
        (1 << 32) - 1
    }
}

/// Go's size classes (runtime/sizeclasses.go): what a small allocation is
/// rounded up to, which decides the capacity `append` reports.
const SIZE_CLASSES: [u64; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Go's roundupsize for pointer-free memory: the size class, or whole
/// 8 KiB pages above the largest class.
fn round_up_size(size: u64) -> u64 {
    if size <= 32768 {
        let i = SIZE_CLASSES.partition_point(|&c| c < size);
        SIZE_CLASSES[i]
    } else {
        size.div_ceil(8192).saturating_mul(8192)
    }
}

/// growslice's new capacity for `newlen` elements of `es` bytes (Go 1.20+:
/// double below 256 elements, then grow by ~1.25x, then round the memory
/// up to the size class), and the bytes to allocate; `None` on overflow.
pub(crate) fn grow_cap(es: u64, oldcap: u64, newlen: u64, w: u64) -> Option<(u64, u64)> {
    if es == 0 {
        return Some((newlen, 0));
    }
    let mut newcap = oldcap;
    let double = oldcap.saturating_mul(2);
    if newlen > double {
        newcap = newlen;
    } else if oldcap < 256 {
        newcap = double;
    } else {
        while newcap < newlen {
            newcap = newcap.saturating_add((newcap + 3 * 256) >> 2);
        }
    }
    let mem = newcap.checked_mul(es).filter(|m| *m <= max_alloc(w))?;
    let rounded = round_up_size(mem);
    Some((rounded / es, rounded))
}

/// `GrowSlice(es, old slice, newlen) (new slice)`: append's growth, in
/// place when the capacity suffices.
pub(crate) fn grow_slice<M: Mem + ?Sized>(m: &M, heap: &mut Heap, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let es = arg(0);
    let (p, len, cap) = (arg(1), arg(2), arg(3));
    let newlen = arg(4);
    let out = args + 5 * w;
    if signed(m, newlen) < 0 {
        // The compiler's len(s)+n overflowed: gc 1.19 reports it
        // as a capacity below the old one.
        return Err(Stop::Panic(
            "runtime error: growslice: cap out of range".into(),
        ));
    }
    if newlen <= cap {
        m.write_word(out, p);
        m.write_word(out + w, newlen);
        m.write_word(out + 2 * w, cap);
        return Ok(());
    }
    let (newcap, bytes) = grow_cap(es, cap, newlen, w)
        .ok_or_else(|| Stop::Panic("runtime error: growslice: cap out of range".into()))?;
    let q = heap.alloc(bytes, w)?;
    if len > 0 && es > 0 {
        m.copy(q, p, len.min(cap) * es);
    }
    m.write_word(out, q);
    m.write_word(out + w, newlen);
    m.write_word(out + 2 * w, newcap);
    Ok(())
}

/// `MakeSlice(es, len, cap) (slice)`, with gc's panics for a length or
/// capacity out of range.
pub(crate) fn make_slice<M: Mem + ?Sized>(m: &M, heap: &mut Heap, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let arg = |i: u64| m.read_word(args + i * w);
    let es = arg(0);
    let (len, cap) = (signed(m, arg(1)), signed(m, arg(2)));
    let max = max_alloc(w);
    let mem_of = |n: i64| (n as u64).checked_mul(es).filter(|b| *b <= max);
    if cap < 0 || len > cap || mem_of(cap).is_none() {
        let msg = if len < 0 || mem_of(len).is_none() {
            "runtime error: makeslice: len out of range"
        } else {
            "runtime error: makeslice: cap out of range"
        };
        return Err(Stop::Panic(msg.into()));
    }
    if len < 0 {
        return Err(Stop::Panic(
            "runtime error: makeslice: len out of range".into(),
        ));
    }
    let p = heap.alloc(cap as u64 * es, w)?;
    m.write_word(args + 3 * w, p);
    m.write_word(args + 4 * w, len as u64);
    m.write_word(args + 5 * w, cap as u64);
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn append_capacities_follow_go() {
        // []int from nil, one append at a time: 1, 2, 4, 8, ...
        let caps: Vec<u64> = [(0, 1), (1, 2), (2, 3), (4, 5), (8, 9)]
            .iter()
            .map(|&(c, n)| grow_cap(8, c, n, 8).unwrap().0)
            .collect();
        assert_eq!(caps, [1, 2, 4, 8, 16]);
        // []byte: the size class rounds 1 byte up to 8.
        assert_eq!(grow_cap(1, 0, 1, 8).unwrap().0, 8);
        // Past 256 elements: ~1.25x plus 192, rounded to the class.
        assert_eq!(grow_cap(8, 512, 513, 8).unwrap().0, 848);
        assert_eq!(grow_cap(8, 0, 5, 8).unwrap().0, 6);
    }
}
