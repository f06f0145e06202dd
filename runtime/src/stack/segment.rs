//! Stack segments and the per-thread segment cache (Go 1.2: stackalloc,
//! stackfree and stackcache in src/pkg/runtime/stack.c).
//!
//! A segment is `size` usable bytes, a multiple of the page, with one page
//! below it mapped PROT_NONE: a frame that overruns its segment (a broken
//! split check, a nosplit chain too deep) faults at once instead of
//! corrupting whatever lies below.
//!
//! The cache is per thread (per M, in Go's words) and needs no lock: it is
//! owned by the thread's scheduler state and passed by `&mut`. Segments of
//! StackMin << k bytes (k < [`CLASSES`]) are kept in one free list per size
//! class; larger ones are mapped and unmapped directly, as Go 1.2 sent
//! non-standard sizes to malloc. Unlike Go 1.2, there is no global cache
//! behind the per-thread one: splitgo runs goroutines on one thread
//! (DESIGN §7), and a full class list unmaps instead.
//!
//! Linux only (mmap flags, /proc in the tests), like the rest of the
//! runtime's signal and executor code.
#![deny(clippy::undocumented_unsafe_blocks)]

use crate::throw::Fatal;
use std::fmt;
use std::sync::OnceLock;

/// The host page size in bytes: the granule of segments and guard pages.
pub fn page_size() -> u64 {
    static PAGE: OnceLock<u64> = OnceLock::new();
    *PAGE.get_or_init(|| {
        // SAFETY: sysconf has no preconditions; _SC_PAGESIZE always exists.
        let n = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        assert!(n > 0, "sysconf(_SC_PAGESIZE) failed");
        n as u64
    })
}

/// `n` rounded up to a multiple of `to` (a power of two).
pub(crate) fn round_up(n: u64, to: u64) -> u64 {
    debug_assert!(to.is_power_of_two());
    (n + to - 1) & !(to - 1)
}

/// One mapped stack segment: `size` usable bytes from `lo`, with `below`
/// bytes of reserved, inaccessible address space under it: the guard page
/// at `lo - page_size()`, and beneath it the room the segment may grow
/// into in place ([`Segment::extend`]). `below` is 0 for the unguarded
/// segments past [`GUARDED_MAX`]. Owning, not `Clone`: a segment is in
/// exactly one place (a goroutine's chain or spare, a cache list) until
/// unmapped.
#[derive(Debug, PartialEq, Eq)]
pub struct Segment {
    lo: u64,
    size: u64,
    below: u64,
}

/// Segments mapped with a guard page, at most. Each guarded segment costs
/// the kernel two mappings, and Linux allows a process 65 530 by default
/// (vm.max_map_count): 100 000 parked goroutines would not fit. Beyond
/// this many, segments are mapped without a guard page, as Go 1.2's
/// stacks always were (the split check alone keeps frames inside them),
/// StackMin ones [`CHUNK_SEGMENTS`] to a mapping.
pub const GUARDED_MAX: u64 = 16 * 1024;

/// The size up to which a segment grows in place by default (see
/// [`Segment::extend`]): a goroutine's first segment starts at StackMin
/// and may become this big before it needs a second one, so that a call
/// in a loop at any depth within it never crosses a boundary. Only
/// address space is reserved for it (PROT_NONE, no memory, no more
/// mappings: the reservation is the guard page's mapping, made longer).
pub const EXTEND_TO: u64 = 1024 * 1024;

/// The first segment of a goroutine started by a `go` statement, when
/// small first segments are on ([`StackCache::with_small_first`]): 2 KiB,
/// gc's first stack, two to a 4 KiB page, carved from shared slabs of
/// [`SLAB_BYTES`] with no guard page between them. None is needed: the
/// prologue's check keeps every frame above stackguard, and below
/// stackguard only the StackGuard zone's 256 bytes (nosplit chains, a
/// pushed return address) are ever used, all inside the segment; Go 1.2's
/// stacks had no guard pages at all. A goroutine that needs more splits
/// onto an ordinary segment at its first deep call.
pub const SMALL_FIRST: u64 = 2048;

/// Bytes of one slab of small first segments.
pub const SLAB_BYTES: u64 = 64 * 1024;

/// Unguarded StackMin segments are mapped this many at a time.
const CHUNK_SEGMENTS: u64 = 64;

impl Segment {
    /// The lowest usable address (what G.stack0 holds while it is current).
    pub fn lo(&self) -> u64 {
        self.lo
    }

    /// One past the highest usable address.
    pub fn hi(&self) -> u64 {
        self.lo + self.size
    }

    /// Usable bytes (a multiple of the page).
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The PROT_NONE page below the segment, as `[start, end)`, if it has one.
    pub fn guard_page(&self) -> Option<(u64, u64)> {
        (self.below > 0).then(|| (self.lo - page_size(), self.lo))
    }

    /// Bytes the segment may still grow downwards in place, keeping its
    /// guard page.
    pub fn room_below(&self) -> u64 {
        self.below.saturating_sub(page_size())
    }

    /// Grows the segment downwards by `n` bytes (a multiple of the page,
    /// at most [`Segment::room_below`]) of its own reserved address space:
    /// its frames stay where they are, only its lowest address moves. The
    /// guard page moves down with it.
    pub fn extend(&mut self, n: u64) -> Result<(), Fatal> {
        debug_assert!(n.is_multiple_of(page_size()) && n <= self.room_below());
        crate::sysmem::commit(self.lo - n, n)?;
        self.lo -= n;
        self.size += n;
        self.below -= n;
        Ok(())
    }

    /// Whether `addr` lies in the usable bytes.
    pub fn contains(&self, addr: u64) -> bool {
        self.lo <= addr && addr < self.hi()
    }
}

/// Where segments may be mapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Anywhere the kernel likes (8-byte-word targets).
    Anywhere,
    /// Entirely below 4 GiB, so that every address fits a 4-byte word:
    /// the 386 target, whose emulated memory is host memory at the same
    /// addresses (DESIGN §6).
    Below4G,
}

/// Counters printed by `SPLITGO_DEBUG=stackstats` (DESIGN §5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StackStats {
    /// newstack calls that moved a goroutine to a new segment.
    pub splits: u64,
    /// oldstack calls that moved it back.
    pub unsplits: u64,
    /// Splits that used the goroutine's spare segment.
    pub spare_hits: u64,
    /// Splits that found no idle spare big enough and took a segment from
    /// the cache or the kernel.
    pub spare_misses: u64,
    /// Allocations served from the cache's free lists.
    pub cache_hits: u64,
    /// Segments mapped and unmapped (mmap/munmap calls, guard page included).
    pub maps: u64,
    pub unmaps: u64,
    /// Segments given back (to a free list or unmapped).
    pub frees: u64,
    /// Preemption requests that newstack honoured.
    pub preempts: u64,
    /// Of `splits` and `unsplits`, those the morestack and lessstack stubs
    /// made by themselves on the spare segment, without the runtime (the
    /// executor fills these in from its host record).
    pub fast_splits: u64,
    pub fast_unsplits: u64,
    /// Splits avoided by growing the current segment in place.
    pub extends: u64,
}

impl fmt::Display for StackStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "stackstats: splits={} unsplits={} spare_hits={} spare_misses={} cache_hits={} \
             maps={} unmaps={} frees={} preempts={} fast_splits={} fast_unsplits={} extends={}",
            self.splits,
            self.unsplits,
            self.spare_hits,
            self.spare_misses,
            self.cache_hits,
            self.maps,
            self.unmaps,
            self.frees,
            self.preempts,
            self.fast_splits,
            self.fast_unsplits,
            self.extends
        )
    }
}

/// Number of cached size classes: StackMin, 2×, 4×, 8×.
pub const CLASSES: usize = 4;

/// Free segments kept per class before freeing unmaps. Class 0 (StackMin,
/// every goroutine's first segment) is kept without limit, as Go 1.2 kept
/// freed FixedStack stacks in its allocator for reuse: a program starting
/// goroutines in waves would otherwise map and unmap a segment for each
/// (bench/programs/spawn.go: 15 times slower). [`StackCache::trim`], which
/// the collector will call, gives them back. Bigger classes are rarer and
/// costlier to hold.
const CLASS_CAP: [usize; CLASSES] = [usize::MAX, 8, 4, 2];

/// Lowest address tried for [`Placement::Below4G`] where MAP_32BIT is not
/// available; leaves the bottom 256 MiB to the emulator's code and data.
#[cfg_attr(all(target_os = "linux", target_arch = "x86_64"), allow(dead_code))]
const LOW_START: u64 = 0x1000_0000;
#[cfg_attr(all(target_os = "linux", target_arch = "x86_64"), allow(dead_code))]
const LOW_END: u64 = 1 << 32;

/// A per-thread cache of stack segments (Go 1.2: m->stackcache).
#[derive(Debug)]
pub struct StackCache {
    stack_min: u64,
    placement: Placement,
    free: [Vec<Segment>; CLASSES],
    /// Segments mapped through this cache and not yet unmapped: in use,
    /// spare, or in a free list.
    mapped: u64,
    /// Next address to try for Below4G without MAP_32BIT.
    low_hint: u64,
    /// Unguarded StackMin segments not handed out yet, carved from one
    /// mapping of [`CHUNK_SEGMENTS`]: `(next, end)`.
    chunk: (u64, u64),
    /// Small first segments: free ones (never unmapped: they share pages),
    /// and the rest of the current slab, `(next, end)`.
    small: bool,
    small_free: Vec<Segment>,
    slab: (u64, u64),
    /// The largest size a segment may reach by growing in place
    /// ([`Segment::extend`]): segments smaller than this are mapped with
    /// the difference reserved below them. 0 turns growth in place off.
    extend_to: u64,
    /// The `stackstats` counters of this thread.
    pub stats: StackStats,
}

impl StackCache {
    /// An empty cache whose smallest class holds `stack_min` bytes (rounded
    /// up to the page).
    pub fn new(stack_min: u64, placement: Placement) -> StackCache {
        StackCache {
            stack_min: round_up(stack_min.max(1), page_size()),
            placement,
            free: Default::default(),
            mapped: 0,
            low_hint: LOW_START,
            chunk: (0, 0),
            extend_to: 0,
            small: false,
            small_free: Vec::new(),
            slab: (0, 0),
            stats: StackStats::default(),
        }
    }

    /// The same cache, giving goroutines started by `go` statements a
    /// [`SMALL_FIRST`] first segment when `on`.
    pub fn with_small_first(mut self, on: bool) -> StackCache {
        self.small = on;
        self
    }

    /// Whether [`StackCache::small_alloc`] gives small first segments.
    pub fn small_first(&self) -> bool {
        self.small
    }

    /// A [`SMALL_FIRST`] segment: a free one, or the next piece of the
    /// current slab (one mmap for [`SLAB_BYTES`]).
    pub fn small_alloc(&mut self) -> Result<Segment, Fatal> {
        if let Some(seg) = self.small_free.pop() {
            self.stats.cache_hits += 1;
            return Ok(seg);
        }
        if self.slab.0 == self.slab.1 {
            let whole = map_segment(SLAB_BYTES, 0, self.placement, &mut self.low_hint)?;
            self.stats.maps += 1;
            self.slab = (whole.lo, whole.hi());
        }
        let lo = self.slab.0;
        self.slab.0 += SMALL_FIRST;
        Ok(Segment {
            lo,
            size: SMALL_FIRST,
            below: 0,
        })
    }

    /// The same cache, mapping segments that may grow in place up to
    /// `n` bytes (see [`EXTEND_TO`]); 0 for none.
    pub fn with_extend_to(mut self, n: u64) -> StackCache {
        self.extend_to = round_up(n, page_size());
        self
    }

    /// The smallest segment size (StackMin, page-rounded).
    pub fn stack_min(&self) -> u64 {
        self.stack_min
    }

    /// Where this cache maps segments.
    pub fn placement(&self) -> Placement {
        self.placement
    }

    /// The size class of a segment of `size` bytes, if it is cached.
    fn class(&self, size: u64) -> Option<usize> {
        (0..CLASSES).find(|&k| self.stack_min << k == size)
    }

    /// The size a request for `n` usable bytes receives: at least StackMin,
    /// a whole number of pages, and the class size when it fits a class.
    pub fn segment_size(&self, n: u64) -> u64 {
        let n = round_up(n.max(self.stack_min), page_size());
        (0..CLASSES)
            .map(|k| self.stack_min << k)
            .find(|&c| c >= n)
            .unwrap_or(n)
    }

    /// A segment of at least `n` usable bytes (exactly
    /// `segment_size(n)`). Go 1.2: runtime·stackalloc. Runs on the system
    /// stack like all Rust code of the runtime.
    pub fn stackalloc(&mut self, n: u64) -> Result<Segment, Fatal> {
        let size = self.segment_size(n);
        if let Some(k) = self.class(size) {
            if let Some(seg) = self.free[k].pop() {
                self.stats.cache_hits += 1;
                return Ok(seg);
            }
        }
        let guarded = self.mapped < GUARDED_MAX;
        if !guarded && size == self.stack_min {
            return self.carve_chunk();
        }
        let below = if guarded {
            page_size() + self.extend_to.saturating_sub(size)
        } else {
            0
        };
        let seg = map_segment(size, below, self.placement, &mut self.low_hint)?;
        self.mapped += 1;
        self.stats.maps += 1;
        Ok(seg)
    }

    /// An unguarded StackMin segment from the current chunk, mapping a new
    /// chunk when it is used up: one mmap for [`CHUNK_SEGMENTS`] segments.
    /// Each piece is a segment like any other afterwards (unmapping one
    /// unmaps just its range).
    fn carve_chunk(&mut self) -> Result<Segment, Fatal> {
        let size = self.stack_min;
        if self.chunk.0 == self.chunk.1 {
            let whole = map_segment(size * CHUNK_SEGMENTS, 0, self.placement, &mut self.low_hint)?;
            self.stats.maps += 1;
            self.chunk = (whole.lo, whole.hi());
        }
        let lo = self.chunk.0;
        self.chunk.0 += size;
        self.mapped += 1;
        Ok(Segment { lo, size, below: 0 })
    }

    /// Gives `seg` back: onto its class list, or unmapped when it has no
    /// class or the list is full. Go 1.2: runtime·stackfree.
    pub fn stackfree(&mut self, seg: Segment) {
        self.stats.frees += 1;
        if seg.size < page_size() {
            // A piece of a slab: kept for the next goroutine.
            self.small_free.push(seg);
            return;
        }
        if let Some(k) = self.class(seg.size) {
            if self.free[k].len() < CLASS_CAP[k] {
                self.free[k].push(seg);
                return;
            }
        }
        self.unmap(seg);
    }

    fn unmap(&mut self, seg: Segment) {
        unmap_segment(seg);
        self.mapped -= 1;
        self.stats.unmaps += 1;
    }

    /// Segments mapped through this cache and not yet unmapped.
    pub fn mapped(&self) -> u64 {
        self.mapped
    }

    /// Segments waiting in the free lists.
    pub fn cached(&self) -> usize {
        self.free.iter().map(Vec::len).sum()
    }

    /// Unmaps every cached segment (a collection, or a thread's exit).
    pub fn trim(&mut self) {
        let lists = std::mem::take(&mut self.free);
        for seg in lists.into_iter().flatten() {
            self.unmap(seg);
        }
        let (next, end) = std::mem::take(&mut self.chunk);
        if next < end {
            release(next, end - next);
        }
    }
}

impl Drop for StackCache {
    fn drop(&mut self) {
        self.trim();
    }
}

/// Maps `size` usable bytes, with `below` PROT_NONE bytes under them (the
/// guard page and the room to grow in place; 0 for none).
fn map_segment(
    size: u64,
    below: u64,
    placement: Placement,
    low_hint: &mut u64,
) -> Result<Segment, Fatal> {
    let page = below;
    debug_assert!(size > 0 && size.is_multiple_of(page_size()));
    let total = size + page;
    let reserved = match placement {
        Placement::Anywhere => reserve(0, total, 0),
        Placement::Below4G => reserve_low(total, low_hint),
    };
    // Go's stackalloc takes stacks from the heap, whose growth fails as
    // sysmem reports it: address space (a ulimit -v), then commit.
    let base = reserved.map_err(|_| crate::sysmem::out_of_address_space(total))?;
    // Its upper `size` bytes become usable; the lowest page stays
    // PROT_NONE as the guard.
    if let Err(f) = crate::sysmem::commit(base + page, size) {
        release(base, total);
        return Err(f);
    }
    Ok(Segment {
        lo: base + page,
        size,
        below,
    })
}

/// Unmaps a segment and its guard page.
fn unmap_segment(seg: Segment) {
    release(seg.lo - seg.below, seg.size + seg.below);
}

/// mmap of `len` inaccessible bytes, at `hint` if the kernel agrees.
fn reserve(hint: u64, len: u64, extra_flags: libc::c_int) -> Result<u64, std::io::Error> {
    crate::sysmem::reserve_raw(hint, len, extra_flags)
}

/// munmap; failure would mean the range was never ours, a runtime bug.
fn release(addr: u64, len: u64) {
    crate::sysmem::release(addr, len);
}

/// Reserves `len` bytes entirely below 4 GiB. On x86-64 Linux the kernel
/// finds room itself (MAP_32BIT: the low 2 GiB); elsewhere addresses from
/// `*hint` upwards are proposed until the kernel takes one.
fn reserve_low(len: u64, hint: &mut u64) -> Result<u64, std::io::Error> {
    #[cfg(all(target_os = "linux", target_arch = "x86_64"))]
    {
        let _ = hint;
        reserve(0, len, libc::MAP_32BIT)
    }
    #[cfg(not(all(target_os = "linux", target_arch = "x86_64")))]
    {
        reserve_low_by_hint(len, hint)
    }
}

/// [`reserve_low`] without MAP_32BIT: propose `*hint`; if the kernel puts
/// the mapping elsewhere (the range is taken), give it back and try the
/// next range, wrapping once from 4 GiB to [`LOW_START`].
#[cfg_attr(all(target_os = "linux", target_arch = "x86_64"), allow(dead_code))]
pub(crate) fn reserve_low_by_hint(len: u64, hint: &mut u64) -> Result<u64, std::io::Error> {
    let mut wrapped = false;
    loop {
        if *hint < LOW_START || *hint + len > LOW_END {
            if wrapped {
                return Err(std::io::Error::from_raw_os_error(libc::ENOMEM));
            }
            wrapped = true;
            *hint = LOW_START;
        }
        let want = *hint;
        let got = reserve(want, len, 0)?;
        if got + len <= LOW_END {
            *hint = got + len;
            return Ok(got);
        }
        release(got, len);
        *hint = want + len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fallback of hosts without MAP_32BIT, exercised here too.
    #[test]
    fn low_reservation_by_hint_stays_below_4_gib() {
        let len = 3 * page_size();
        let mut hint = LOW_START;
        let a = reserve_low_by_hint(len, &mut hint).unwrap();
        let b = reserve_low_by_hint(len, &mut hint).unwrap();
        for p in [a, b] {
            assert!(p >= LOW_START && p + len <= LOW_END, "{p:#x}");
        }
        assert_ne!(a, b);
        assert!(hint >= a.max(b) + len);
        release(a, len);
        release(b, len);
    }
}
