//! Memory from the kernel for goroutine stacks and the heap, in Go's two
//! steps (Go 1.19: sysReserve and sysMap in runtime/mem_linux.go), and the
//! two ways running out of it is reported, each thrown from one site:
//!
//! - **reserve**: address space, `PROT_NONE` and `MAP_NORESERVE`. It fails
//!   when the address space is exhausted: a `ulimit -v`. Go's mheap.grow
//!   then prints `runtime: out of memory: cannot allocate N-byte block
//!   (M in use)` and the caller throws `out of memory` ([`reserve`]).
//! - **commit**: the same range made readable and writable, charged to
//!   the kernel's commit accounting (no `MAP_NORESERVE`). Under Linux's
//!   default heuristic overcommit it fails for a request larger than RAM
//!   plus swap: `make([]byte, 1<<40)`. Go's sysMap throws `runtime: out of
//!   memory` ([`commit`]). Before this, the heap mapped with
//!   `MAP_NORESERVE` and such a slice "succeeded", lazily.
//!
//! Memory the runtime's own Rust code allocates (G records, map and
//! channel wait queues, the run queue) comes from malloc; when that fails
//! the global allocator of the binary reports it the same way
//! (runtime/src/oom.rs).

use std::sync::atomic::{AtomicU64, Ordering};

use crate::throw::Fatal;

/// Bytes reserved and not yet released, by every caller (Go's `in use`).
static RESERVED: AtomicU64 = AtomicU64::new(0);

/// Reserves `len` bytes (a multiple of the page) of address space at
/// `hint` if the kernel agrees, inaccessible; `extra_flags` adds mmap
/// flags (MAP_32BIT). Go 1.19: sysReserve; the failure is mheap.grow's.
pub fn reserve(hint: u64, len: u64, extra_flags: libc::c_int) -> Result<u64, Fatal> {
    reserve_raw(hint, len, extra_flags).map_err(|_| out_of_address_space(len))
}

/// The throw when `len` bytes of address space cannot be reserved.
pub fn out_of_address_space(len: u64) -> Fatal {
    Fatal::new("out of memory").line(format!(
        "runtime: out of memory: cannot allocate {len}-byte block ({} in use)",
        RESERVED.load(Ordering::Relaxed)
    ))
}

/// Whether the process may map all the address space it likes (no
/// `ulimit -v`): only then do stack segments reserve room to grow in place
/// (stack/segment.rs: EXTEND_TO), which would otherwise bring a limited
/// program to `out of memory` sooner.
pub fn address_space_unlimited() -> bool {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes the struct we pass and nothing else.
    let rc = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut lim) };
    rc == 0 && lim.rlim_cur == libc::RLIM_INFINITY
}

/// [`reserve`] with the kernel's error, for callers that try several
/// places before giving up (stack/segment.rs: below 4 GiB).
pub fn reserve_raw(hint: u64, len: u64, extra_flags: libc::c_int) -> std::io::Result<u64> {
    // SAFETY: an anonymous private mapping with no fixed address cannot
    // replace an existing mapping; `hint` is only advice to the kernel.
    let p = unsafe {
        libc::mmap(
            std::ptr::with_exposed_provenance_mut(hint as usize),
            len as usize,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | extra_flags,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error());
    }
    RESERVED.fetch_add(len, Ordering::Relaxed);
    Ok(p.expose_provenance() as u64)
}

/// Makes `[addr, addr+len)`, inside a range [`reserve`] returned,
/// readable, writable and zero, charged to the kernel's commit
/// accounting. Go 1.19: sysMap, whose ENOMEM is `runtime: out of memory`.
pub fn commit(addr: u64, len: u64) -> Result<(), Fatal> {
    // SAFETY: MAP_FIXED over a range this module reserved for the caller,
    // which no one else uses: it replaces only that reservation.
    let p = unsafe {
        libc::mmap(
            std::ptr::with_exposed_provenance_mut(addr as usize),
            len as usize,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        let err = std::io::Error::last_os_error();
        let fatal = Fatal::new("runtime: out of memory");
        return Err(match err.raw_os_error() {
            Some(libc::ENOMEM) => fatal,
            _ => fatal.line(format!("runtime: mmap({addr:#x}, {len}) failed: {err}")),
        });
    }
    Ok(())
}

/// [`reserve`] and [`commit`]: `len` fresh zeroed bytes anywhere; the
/// reservation is given back if the commit fails.
pub fn alloc(len: u64) -> Result<u64, Fatal> {
    let addr = reserve(0, len, 0)?;
    if let Err(f) = commit(addr, len) {
        release(addr, len);
        return Err(f);
    }
    Ok(addr)
}

/// Unmaps a range [`reserve`] returned (or a whole piece of one).
pub fn release(addr: u64, len: u64) {
    // SAFETY: callers pass only ranges they reserved here and that nothing
    // refers to any more.
    let rc = unsafe {
        libc::munmap(
            std::ptr::with_exposed_provenance_mut(addr as usize),
            len as usize,
        )
    };
    debug_assert_eq!(rc, 0, "munmap({addr:#x}, {len:#x}) failed");
    if rc == 0 {
        let _ = RESERVED.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| {
            Some(n.saturating_sub(len))
        });
    }
}

/// Pages found mapped, by page number modulo the table's size: the debug
/// checks of stack maps and heap bitmaps ask about the same few pages
/// again and again, and each msync is a system call. (A page unmapped
/// since is still taken as mapped: they look for words that were never
/// pointers.)
const SEEN: usize = 4096;

thread_local! {
    static SEEN_PAGES: std::cell::RefCell<Vec<u64>> = std::cell::RefCell::new(vec![0; SEEN]);
}

/// Whether the page holding `addr` is mapped in this process.
pub fn is_mapped(addr: u64) -> bool {
    // Above the lower half of the address space, or in the first page:
    // never a user pointer.
    if !(4096..1 << 47).contains(&addr) {
        return false;
    }
    let page = addr >> 12;
    let slot = page as usize % SEEN;
    if SEEN_PAGES.with(|s| s.borrow()[slot] == page) {
        return true;
    }
    // SAFETY: msync only inspects the mapping of the page (MS_ASYNC
    // writes nothing back); an unmapped page makes it fail with ENOMEM.
    let ok = unsafe { libc::msync((page << 12) as *mut libc::c_void, 4096, libc::MS_ASYNC) == 0 };
    if ok {
        SEEN_PAGES.with(|s| s.borrow_mut()[slot] = page);
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn committing_more_than_the_machine_has_is_go_s_out_of_memory() {
        // 1 TiB: reserving it is address space only; committing it asks
        // the kernel for more than RAM plus swap (heuristic overcommit).
        // Hosts that overcommit always (vm.overcommit_memory=1) grant it.
        let always = std::fs::read_to_string("/proc/sys/vm/overcommit_memory")
            .is_ok_and(|s| s.trim() == "1");
        match alloc(1 << 40) {
            Err(f) => assert_eq!(f.render(), "fatal error: runtime: out of memory\n"),
            Ok(p) if always => release(p, 1 << 40),
            Ok(_) => panic!("1 TiB committed"),
        }
    }

    #[test]
    fn small_allocations_are_zero_and_released() {
        let p = alloc(8192).unwrap();
        // SAFETY: 8192 committed bytes at p.
        let v = unsafe { std::ptr::with_exposed_provenance::<u64>(p as usize + 4096).read() };
        assert_eq!(v, 0);
        release(p, 8192);
    }
}
