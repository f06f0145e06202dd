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
pub fn tune_malloc() {
    /// Bytes added to every growth of the heap (glibc's M_TOP_PAD): the
    /// front end's working set for a small script is a few megabytes.
    const TOP_PAD: libc::c_int = 8 << 20;
    // SAFETY: mallopt only changes malloc's parameters; called before any
    // other thread exists.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
        libc::mallopt(libc::M_TOP_PAD, TOP_PAD);
    }
}
