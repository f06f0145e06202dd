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
