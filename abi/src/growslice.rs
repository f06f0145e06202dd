//! Slice sizes as gc decides them: the capacity `append` grows a slice to
//! (Go's growth rule and size classes), the largest allocation a length
//! may ask for, and the checks of `make([]T, len, cap)`. Pure, for the
//! runtime's slice services and the reference interpreter alike.

/// The largest allocation (Go 1.19: maxAlloc in runtime/malloc.go,
/// `1<<heapAddrBits - (1-_64bit)`): 2^48 bytes on 64-bit targets, 2^32-1
/// on 32-bit ones. Below it, a request the machine cannot back is `out of
/// memory` (runtime/src/sysmem.rs), as gc's; above, `len out of range`.
pub fn max_alloc(w: u64) -> u64 {
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
pub fn grow_cap(es: u64, oldcap: u64, newlen: u64, w: u64) -> Option<(u64, u64)> {
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

/// The panic of an `append` whose new length overflows (gc 1.19 reports
/// it as a capacity below the old one) or needs more than may be
/// allocated.
pub const GROWSLICE_CAP_ERROR: &str = "runtime error: growslice: cap out of range";

/// The panic of `make([]T, len, cap)` with elements of `es` bytes on a
/// target of `w`-byte words, if its length or capacity is out of range
/// (negative, above the capacity, or more memory than may be allocated).
pub fn makeslice_check(es: u64, len: i64, cap: i64, w: u64) -> Result<(), &'static str> {
    let max = max_alloc(w);
    let mem_of = |n: i64| (n as u64).checked_mul(es).filter(|b| *b <= max);
    if cap < 0 || len > cap || mem_of(cap).is_none() {
        let msg = if len < 0 || mem_of(len).is_none() {
            "runtime error: makeslice: len out of range"
        } else {
            "runtime error: makeslice: cap out of range"
        };
        return Err(msg);
    }
    if len < 0 {
        return Err("runtime error: makeslice: len out of range");
    }
    Ok(())
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
