//! The heap, first version: a bump allocator over chunks mapped from the
//! kernel (DESIGN §9 asks for size classes and a mark-sweep collector;
//! they come later, and this keeps the same entry point, [`Heap::alloc`]).
//!
//! Memory is never freed before the heap is dropped. Fresh anonymous
//! mappings are zero, and a chunk is never reused, so every allocation is
//! zeroed memory without a memset.
#![deny(clippy::undocumented_unsafe_blocks)]

use crate::throw::Fatal;

/// Bytes per chunk: committed (runtime/src/sysmem.rs), though only the
/// pages a program touches take memory.
const CHUNK: u64 = 64 << 20;

/// Allocations above this get a mapping of their own, so a big slice does
/// not waste the rest of a chunk.
const LARGE: u64 = CHUNK / 4;

/// The bump allocator of one runtime.
#[derive(Debug, Default)]
pub struct Heap {
    /// The free part of the current chunk: `[next, end)`.
    next: u64,
    end: u64,
    /// Every mapping, `(addr, len)`, unmapped on drop.
    maps: Vec<(u64, u64)>,
    /// Bytes handed out (runtime.MemStats: Alloc, TotalAlloc).
    pub allocated: u64,
    /// Allocations made (runtime.MemStats: Mallocs).
    pub objects: u64,
}

impl Heap {
    pub fn new() -> Heap {
        Heap::default()
    }

    /// `size` zeroed bytes aligned to `align` (a power of two, at most the
    /// page). A zero-size request still gets a distinct address.
    pub fn alloc(&mut self, size: u64, align: u64) -> Result<u64, Fatal> {
        debug_assert!(align.is_power_of_two());
        let size = size.max(1);
        self.allocated = self.allocated.saturating_add(size);
        self.objects += 1;
        if size > LARGE {
            return self.map(size);
        }
        let at = (self.next + align - 1) & !(align - 1);
        if self.next != 0 && at + size <= self.end {
            self.next = at + size;
            return Ok(at);
        }
        let chunk = self.map(CHUNK)?;
        self.next = chunk + size;
        self.end = chunk + CHUNK;
        Ok(chunk)
    }

    /// Bytes mapped from the kernel (runtime.MemStats: HeapSys).
    pub fn mapped(&self) -> u64 {
        self.maps.iter().map(|&(_, len)| len).sum()
    }

    /// A fresh mapping of `len` bytes (rounded up to the page): reserved
    /// and committed as Go's heap grows (sysReserve, sysMap), so a request
    /// the kernel cannot back fails here, as Go's `runtime: out of memory`,
    /// instead of faulting later on first touch.
    fn map(&mut self, len: u64) -> Result<u64, Fatal> {
        let len = len.div_ceil(4096) * 4096;
        let addr = crate::sysmem::alloc(len)?;
        self.maps.push((addr, len));
        Ok(addr)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Nothing refers to the heap once it is dropped (the program has
        // stopped).
        for &(addr, len) in &self.maps {
            crate::sysmem::release(addr, len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocations_are_aligned_distinct_and_zero() {
        let mut h = Heap::new();
        let a = h.alloc(3, 1).unwrap();
        let b = h.alloc(8, 8).unwrap();
        let c = h.alloc(0, 8).unwrap();
        assert!(b >= a + 3 && b.is_multiple_of(8));
        assert!(c >= b + 8);
        let big = h.alloc(LARGE + 1, 8).unwrap();
        assert_eq!(big % 4096, 0);
        // More than the machine could ever back: Go's throw, not a lazy
        // success (unless the host overcommits always).
        if let Err(f) = h.alloc(1 << 40, 8) {
            assert_eq!(f.message, "runtime: out of memory");
        }
        // SAFETY: `b` is 8 bytes of the heap's own mapping, alive until `h`
        // is dropped.
        let v = unsafe { std::ptr::with_exposed_provenance::<u64>(b as usize).read() };
        assert_eq!(v, 0);
    }
}
