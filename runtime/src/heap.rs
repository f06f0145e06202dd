//! The heap, first version: a bump allocator over chunks mapped from the
//! kernel, with a pointer bitmap beside every mapping (DESIGN §9 asks for
//! size classes and a mark-sweep collector; they come later, and will
//! read the bitmap this keeps: docs/gc.md "Heap pointer maps").
//!
//! Every allocation says which of its words hold pointers: [`Heap::alloc`]
//! takes a [`Layout`] (from a type descriptor, the compiler's layout word,
//! or the runtime's own knowledge of its records), [`Heap::alloc_array`]
//! repeats one per element, and [`Heap::alloc_bytes`] is for pointer-free
//! data. The bits are set when the object is made; pointer-free data
//! costs nothing, since a fresh bitmap is zero and no memory is reused.
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

/// Which words of an object (or of each element of an array) hold
/// pointers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// None of them.
    NoPointers,
    /// Bit `k` for word `k`, within the first 64 words.
    Word(u64),
    /// Bit `k % 64` of entry `k / 64` for word `k`.
    Long(Vec<u64>),
}

impl Layout {
    /// The layout of `mask`'s words.
    pub fn from_mask(mask: &[u64]) -> Layout {
        match mask {
            [] => Layout::NoPointers,
            [w] => Layout::Word(*w),
            _ if mask.iter().all(|&w| w == 0) => Layout::NoPointers,
            _ => Layout::Long(mask.to_vec()),
        }
    }

    /// One past the last pointer word (0 without pointers).
    pub fn end(&self) -> u64 {
        match self {
            Layout::NoPointers => 0,
            Layout::Word(m) => 64 - u64::from(m.leading_zeros()),
            Layout::Long(v) => v
                .iter()
                .rposition(|&w| w != 0)
                .map_or(0, |i| i as u64 * 64 + 64 - u64::from(v[i].leading_zeros())),
        }
    }

    pub fn has_pointers(&self) -> bool {
        self.end() != 0
    }
}

/// One mapping of the heap and the bitmap of its words.
#[derive(Debug)]
struct Span {
    addr: u64,
    len: u64,
    /// Bit `k % 64` of entry `k / 64`: word `k` of the mapping holds a
    /// pointer.
    bits: Bits,
}

/// A mapping's bitmap, in pages of its own: the parts never written take
/// no memory. (A zeroed `Vec` would not do: once the compiler has freed
/// large blocks, the host allocator serves it from reused memory and
/// clears all of it, a megabyte per 64 MiB chunk.)
#[derive(Debug)]
struct Bits {
    addr: u64,
    words: usize,
}

impl Bits {
    fn new(words: usize) -> Result<Bits, Fatal> {
        let addr = crate::sysmem::alloc((words as u64 * 8).max(1))?;
        Ok(Bits { addr, words })
    }
}

impl std::ops::Deref for Bits {
    type Target = [u64];
    fn deref(&self) -> &[u64] {
        // SAFETY: `addr` is a mapping of at least `words` words this owns,
        // zeroed when made, alive until drop.
        unsafe {
            std::slice::from_raw_parts(
                std::ptr::with_exposed_provenance(self.addr as usize),
                self.words,
            )
        }
    }
}

impl std::ops::DerefMut for Bits {
    fn deref_mut(&mut self) -> &mut [u64] {
        // SAFETY: as in `deref`, and `&mut self` makes the access unique.
        unsafe {
            std::slice::from_raw_parts_mut(
                std::ptr::with_exposed_provenance_mut(self.addr as usize),
                self.words,
            )
        }
    }
}

impl Drop for Bits {
    fn drop(&mut self) {
        crate::sysmem::release(
            self.addr,
            (self.words as u64 * 8).max(1).div_ceil(4096) * 4096,
        );
    }
}

/// The bump allocator of one runtime.
#[derive(Debug)]
pub struct Heap {
    /// The free part of the current chunk: `[next, end)`.
    next: u64,
    end: u64,
    /// The current chunk's index in `spans`, and its address.
    cur: usize,
    chunk: u64,
    /// Every mapping, in the order mapped, unmapped on drop.
    spans: Vec<Span>,
    /// `(addr, index in spans)` sorted by address, to find an address's
    /// mapping.
    by_addr: Vec<(u64, usize)>,
    /// Bytes per word (8 on amd64): one bitmap bit each; and its log2,
    /// for the allocation path (a shift, not a division).
    word: u64,
    shift: u32,
    /// Bytes handed out (runtime.MemStats: Alloc, TotalAlloc).
    pub allocated: u64,
    /// Allocations made (runtime.MemStats: Mallocs).
    pub objects: u64,
    /// Marks every word of every typed object (`alloc`, `alloc_array`) a
    /// pointer: wrong bits on purpose, which `SPLITGO_DEBUG=heapmaps` must
    /// catch (`SPLITGO_DEBUG=heapints`).
    pub all_pointers: bool,
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            next: 0,
            end: 0,
            cur: 0,
            chunk: 0,
            spans: Vec::new(),
            by_addr: Vec::new(),
            word: 8,
            shift: 3,
            allocated: 0,
            objects: 0,
            all_pointers: false,
        }
    }

    /// `size` zeroed bytes of pointer-free data (string bytes, `[]int`'s
    /// array), aligned to `align` (a power of two, at most the page).
    pub fn alloc_bytes(&mut self, size: u64, align: u64) -> Result<u64, Fatal> {
        self.bump(size, align)
    }

    /// A zeroed object of `size` bytes whose pointer words `layout` names.
    pub fn alloc(&mut self, size: u64, align: u64, layout: &Layout) -> Result<u64, Fatal> {
        match layout {
            Layout::NoPointers if !self.all_pointers => self.bump(size, align),
            &Layout::Word(bits) => self.alloc_masked(size, align, bits),
            _ => {
                let p = self.bump(size, align)?;
                if self.all_pointers {
                    self.mark_all(p, size);
                } else {
                    debug_assert!(layout.end() * self.word <= size.max(1));
                    self.mark(p, layout, 0, 1);
                }
                Ok(p)
            }
        }
    }

    /// [`Heap::alloc`] of an object whose pointer words are the set bits
    /// of `bits` (within its first 64 words): the compiler's most common
    /// allocation, kept short.
    #[inline]
    pub fn alloc_masked(&mut self, size: u64, align: u64, bits: u64) -> Result<u64, Fatal> {
        let size = size.max(1);
        let at = (self.next + align - 1) & !(align - 1);
        if self.all_pointers || self.next == 0 || size > LARGE || at + size > self.end {
            // A new chunk or a large object, or the heapints test.
            let p = self.bump(size, align)?;
            if self.all_pointers {
                self.mark_all(p, size);
            } else {
                self.mark(p, &Layout::Word(bits), 0, 1);
            }
            return Ok(p);
        }
        // From the current chunk: the object's bits, shifted to its first
        // word, land in one bitmap word or straddle two (the bitmap has a
        // spare word at its end for that).
        self.next = at + size;
        self.allocated = self.allocated.saturating_add(size);
        self.objects += 1;
        let k = (at - self.chunk) >> self.shift;
        let both = u128::from(bits) << (k % 64);
        let i = (k / 64) as usize;
        if let Some([lo, hi]) = self.spans[self.cur].bits.get_mut(i..i + 2) {
            *lo |= both as u64;
            *hi |= (both >> 64) as u64;
        }
        Ok(at)
    }

    /// A zeroed array of `n` elements of `elem` bytes, each with the
    /// pointer words `layout` names.
    pub fn alloc_array(
        &mut self,
        n: u64,
        elem: u64,
        align: u64,
        layout: &Layout,
    ) -> Result<u64, Fatal> {
        let size = n.saturating_mul(elem);
        let p = self.bump(size, align)?;
        if self.all_pointers {
            self.mark_all(p, size);
        } else if n > 0 && layout.has_pointers() {
            // An element with pointers is word-aligned, so a whole number
            // of words.
            debug_assert!(elem.is_multiple_of(self.word) && layout.end() * self.word <= elem);
            self.mark(p, layout, elem / self.word, n);
        }
        Ok(p)
    }

    /// Records that a value whose pointer words `layout` names lies at
    /// `p`, inside an object allocated pointer-free to be typed piecewise
    /// (reflect's argument areas).
    pub fn set_pointers(&mut self, p: u64, layout: &Layout) {
        if layout.has_pointers() {
            self.mark(p, layout, 0, 1);
        }
    }

    /// Marks every whole word of the `size` bytes at `p` (heapints).
    fn mark_all(&mut self, p: u64, size: u64) {
        let words = size / self.word;
        let mut k = 0;
        while k < words {
            let n = (words - k).min(64);
            let bits = if n == 64 { u64::MAX } else { (1 << n) - 1 };
            self.mark(p + k * self.word, &Layout::Word(bits), 0, 1);
            k += n;
        }
    }

    /// Sets the bits of `n` copies of `layout`, `period` words apart, from
    /// the object at `p`.
    fn mark(&mut self, p: u64, layout: &Layout, period: u64, n: u64) {
        let span = if p >= self.spans.get(self.cur).map_or(u64::MAX, |s| s.addr) && p < self.end {
            self.cur
        } else {
            match self.span_of(p) {
                Some(i) => i,
                None => return,
            }
        };
        let s = &mut self.spans[span];
        let first = (p - s.addr) >> self.shift;
        let mut set = |k: u64, bits: u64| {
            let (i, sh) = ((k / 64) as usize, k % 64);
            s.bits[i] |= bits << sh;
            if sh != 0 && bits >> (64 - sh) != 0 {
                s.bits[i + 1] |= bits >> (64 - sh);
            }
        };
        for e in 0..n {
            let at = first + e * period;
            match layout {
                Layout::NoPointers => return,
                Layout::Word(m) => set(at, *m),
                Layout::Long(v) => {
                    for (j, &m) in v.iter().enumerate() {
                        if m != 0 {
                            set(at + j as u64 * 64, m);
                        }
                    }
                }
            }
        }
    }

    /// The index of the mapping holding `addr`.
    fn span_of(&self, addr: u64) -> Option<usize> {
        let i = self.by_addr.partition_point(|&(a, _)| a <= addr);
        let (_, idx) = *self.by_addr.get(i.checked_sub(1)?)?;
        let s = &self.spans[idx];
        (addr < s.addr + s.len).then_some(idx)
    }

    /// Whether `addr` lies in a mapping of the heap.
    pub fn contains(&self, addr: u64) -> bool {
        self.span_of(addr).is_some()
    }

    /// For each of the `len` bytes' words from `addr` (word-aligned, in
    /// one mapping of the heap), whether it holds a pointer; None outside
    /// the heap.
    pub fn pointer_words(&self, addr: u64, len: u64) -> Option<Vec<bool>> {
        let s = &self.spans[self.span_of(addr)?];
        let first = (addr - s.addr) / self.word;
        let n = len.div_ceil(self.word);
        if (addr - s.addr) + len > s.len {
            return None;
        }
        Some(
            (first..first + n)
                .map(|k| s.bits[(k / 64) as usize] & (1 << (k % 64)) != 0)
                .collect(),
        )
    }

    /// Calls `f` with the address of every word the bitmap marks as a
    /// pointer, in every mapping's used part.
    pub fn each_pointer_word(&self, f: &mut dyn FnMut(u64)) {
        for (i, s) in self.spans.iter().enumerate() {
            let used = if i == self.cur && self.next != 0 {
                self.next - s.addr
            } else {
                s.len
            };
            let words = used.div_ceil(self.word);
            for (j, &bits) in s.bits.iter().enumerate() {
                if j as u64 * 64 >= words {
                    break;
                }
                let mut b = bits;
                while b != 0 {
                    let k = j as u64 * 64 + u64::from(b.trailing_zeros());
                    b &= b - 1;
                    f(s.addr + k * self.word);
                }
            }
        }
    }

    /// `size` zeroed bytes at `align`. A zero-size request still gets a
    /// distinct address.
    #[inline]
    fn bump(&mut self, size: u64, align: u64) -> Result<u64, Fatal> {
        debug_assert!(align.is_power_of_two());
        let size = size.max(1);
        self.allocated = self.allocated.saturating_add(size);
        self.objects += 1;
        if size > LARGE {
            return self.map(size).map(|(addr, _)| addr);
        }
        let at = (self.next + align - 1) & !(align - 1);
        if self.next != 0 && at + size <= self.end {
            self.next = at + size;
            return Ok(at);
        }
        let (chunk, idx) = self.map(CHUNK)?;
        self.cur = idx;
        self.chunk = chunk;
        self.next = chunk + size;
        self.end = chunk + CHUNK;
        Ok(chunk)
    }

    /// Bytes mapped from the kernel (runtime.MemStats: HeapSys).
    pub fn mapped(&self) -> u64 {
        self.spans.iter().map(|s| s.len).sum()
    }

    /// A fresh mapping of `len` bytes (rounded up to the page) and its
    /// bitmap: reserved and committed as Go's heap grows (sysReserve,
    /// sysMap), so a request the kernel cannot back fails here, as Go's
    /// `runtime: out of memory`, instead of faulting later on first
    /// touch. Returns its address and index.
    fn map(&mut self, len: u64) -> Result<(u64, usize), Fatal> {
        let len = len.div_ceil(4096) * 4096;
        let addr = crate::sysmem::alloc(len)?;
        // Fresh pages: the bits of a chunk's untouched part take no memory
        // either.
        let words = len / self.word;
        let bits = match Bits::new(words.div_ceil(64) as usize + 1) {
            Ok(b) => b,
            Err(f) => {
                crate::sysmem::release(addr, len);
                return Err(f);
            }
        };
        let idx = self.spans.len();
        self.spans.push(Span { addr, len, bits });
        let at = self.by_addr.partition_point(|&(a, _)| a < addr);
        self.by_addr.insert(at, (addr, idx));
        Ok((addr, idx))
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // Nothing refers to the heap once it is dropped (the program has
        // stopped).
        for s in &self.spans {
            crate::sysmem::release(s.addr, s.len);
        }
    }
}

#[cfg(test)]
mod tests;
