//! The global allocator of the `splitgo` binary: the system's malloc, with
//! its failure reported as Go reports running out of memory.
//!
//! The runtime's own Rust code allocates from malloc: G records, the run
//! queue and wait queues, the traces it prints. Under a `ulimit -v` those
//! can be what fails first (a run queue of 2 000 000 goroutines doubling
//! its buffer), and Rust's default is to print `memory allocation of N
//! bytes failed` and abort (SIGABRT, a core). A Go program sees Go's
//! throw instead: `fatal error: runtime: out of memory`, the running
//! goroutine's trace, exit status 2 ([`crate::signals::out_of_memory`]).
//!
//! Why a wrapper: std::alloc::set_alloc_error_hook is unstable, and
//! reserving headroom would only move the failure. A null from malloc is
//! never returned to the caller: the process ends in the wrapper, printing
//! without allocating. Memory for goroutine stacks and the Go heap does
//! not come from here (runtime/src/sysmem.rs).

use std::alloc::{GlobalAlloc, Layout, System};

/// `#[global_allocator] static A: Allocator = Allocator;` in the binary.
pub struct Allocator;

// SAFETY: every request is the system allocator's; a null result ends the
// process instead of being returned, which GlobalAlloc allows (it never
// hands out invalid memory).
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is System's.
        let p = unsafe { System.alloc(layout) };
        if p.is_null() {
            crate::signals::out_of_memory();
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as alloc.
        let p = unsafe { System.alloc_zeroed(layout) };
        if p.is_null() {
            crate::signals::out_of_memory();
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: ptr came from System with this layout (alloc above).
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as dealloc; new_size is the caller's to check.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if p.is_null() {
            crate::signals::out_of_memory();
        }
        p
    }
}

/// Sets malloc up for a compiler that allocates a few tens of megabytes in
/// small pieces and then runs a program: call once, first thing in `main`.
///
/// The front end runs on its own thread (the binary's big-stack thread), so
/// by default glibc gives it a second arena, and such an arena grows its
/// heap by `mprotect` exactly as far as each request needs: checking a
/// program that imports ten packages made about 2 000 `mprotect` calls, a
/// tenth of its start-up. One arena grows by `brk` with a pad instead, and
/// the pad makes growth rare. The runtime's own threads (sysmon, signals)
/// allocate little, so sharing the arena costs them nothing measurable.
///
/// Then, for the compiler's phase, the heap is grown once by
/// [`COMPILE_HEAP`] and that part marked for transparent huge pages: the
/// front end fills some megabytes of fresh heap with decoded trees and
/// tables, and faulting it in by 2 MiB rather than 4 KiB took a ten-package
/// script from 12.3 to 9.5 ms of CPU (docs/startup.md, "The heap"). The
/// kernel gives huge pages only where it can (`madvise` mode); without them
/// this is an ordinary heap. Until [`compile_done`], large blocks come from
/// that heap too and nothing is trimmed from it.
pub fn tune_malloc() {
    // SAFETY: mallopt only changes malloc's parameters; called before any
    // other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_TRIM_THRESHOLD, libc::c_int::MAX);
        libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD_MAX);
        libc::mallopt(libc::M_TOP_PAD, COMPILE_HEAP as libc::c_int);
    }
    huge_heap();
    // SAFETY: as above.
    unsafe {
        libc::mallopt(libc::M_TOP_PAD, TOP_PAD);
    }
}

/// Bytes added to every growth of the heap (glibc's M_TOP_PAD): the front
/// end's working set for a small script is a few megabytes.
const TOP_PAD: libc::c_int = 8 << 20;

/// How far the heap is grown at start, and marked for huge pages.
const COMPILE_HEAP: usize = 64 << 20;

/// The largest M_MMAP_THRESHOLD glibc takes on 64-bit machines, and its
/// defaults for it and for M_TRIM_THRESHOLD.
const MMAP_THRESHOLD_MAX: libc::c_int = 32 << 20;
const GLIBC_DEFAULT_THRESHOLD: libc::c_int = 128 << 10;

/// Grows the heap by [`COMPILE_HEAP`] (an allocation larger than what is
/// left of it makes malloc extend it by its top pad) and asks for huge
/// pages over the whole 2 MiB pages of the new part.
fn huge_heap() {
    const HUGE: usize = 2 << 20;
    // SAFETY: a malloc/free pair, `sbrk(0)` (which only reads the break)
    // and an madvise of heap memory malloc owns, which changes how it is
    // backed, not its contents or ownership.
    unsafe {
        let before = libc::sbrk(0) as usize;
        // black_box: the compiler knows malloc, and would drop an
        // allocation nothing reads together with its free.
        let p = std::hint::black_box(libc::malloc(1 << 20));
        let after = libc::sbrk(0) as usize;
        libc::free(p);
        if p.is_null() || after <= before {
            return;
        }
        let lo = (before + HUGE - 1) & !(HUGE - 1);
        let hi = after & !(HUGE - 1);
        if hi > lo {
            libc::madvise(lo as *mut libc::c_void, hi - lo, libc::MADV_HUGEPAGE);
        }
    }
}

/// Called when the program is compiled, before it runs: malloc goes back
/// to glibc's thresholds, so the program's large blocks get mappings of
/// their own and freed memory at the top of the heap is given back.
pub fn compile_done() {
    // SAFETY: mallopt only changes malloc's parameters, under malloc's lock.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, GLIBC_DEFAULT_THRESHOLD);
        libc::mallopt(libc::M_TRIM_THRESHOLD, GLIBC_DEFAULT_THRESHOLD);
    }
}
