//! `SPLITGO_DEBUG=stackmaps`: the stack maps checked against the running
//! program. At every service call (the points where the coming collector
//! will scan stacks), the running goroutine's newest [`FRAMES`] frames are
//! walked, across segment boundaries, and each word a frame's map names
//! must hold nil or an
//! address the process has mapped: a word that is not a pointer (a
//! length, a float's bits, a stale integer in packed bytes) almost never
//! passes. A failure is a throw naming the function, the word and its
//! value. The corpus and Go's suite run clean under it (tests/stackmaps.rs).
//!
//! Frames without a map at their pc are left out: a frame stopped at a
//! faulting instruction (the signal's, which is not a call), and runtime
//! stubs, which hold no Go values.

use super::Thread;
use crate::abi::g;
use crate::mem::Mem;
use crate::throw::Fatal;
use crate::traceback::{FrameOpts, Step};

/// Frames checked per call: the whole stack each time would make a deep
/// recursion quadratic, and every frame is the newest at its own calls.
const FRAMES: usize = 100;

impl Thread {
    /// Checks every mapped word of the running goroutine's frames.
    pub(super) fn check_stack_maps(&self) -> Result<(), Fatal> {
        let m = &self.mem;
        let gp = self.g().gp;
        let (pc, sp) = (m.field(gp, g::SCHED_PC), m.field(gp, g::SCHED_SP));
        let base = m.field(gp, g::STACKBASE);
        let w = u64::from(m.word().0);
        let opts = FrameOpts {
            runtime: true,
            ..FrameOpts::default()
        };
        let mut bad = None;
        let mut left = FRAMES;
        let _ = self.unwinder().walk(pc, sp, base, opts, &mut |step| {
            let Step::Frame { f, pc, argp, exact } = step else {
                return Ok(());
            };
            if left == 0 {
                return Err(std::fmt::Error);
            }
            left -= 1;
            if exact {
                return Ok(());
            }
            let Some(words) = f.stack_maps.at(pc) else {
                return Ok(());
            };
            let frame_sp = argp - w - f.sp_delta(pc);
            for &off in words {
                let v = m.read_word(frame_sp + u64::from(off));
                if v != 0 && !mapped(v) {
                    bad = Some(
                        Fatal::new("stack map names a word that holds no pointer").line(format!(
                            "runtime: {} pc={pc:#x} sp={frame_sp:#x}: word sp+{off:#x} \
                                 holds {v:#x}",
                            f.name
                        )),
                    );
                    return Err(std::fmt::Error);
                }
            }
            Ok(())
        });
        bad.map_or(Ok(()), Err)
    }
}

/// Pages found mapped, by page number modulo the table's size: a
/// deep recursion checks the same few pages again and again, and each
/// msync is a system call. (A page unmapped since is still taken as
/// mapped: the check is for words that were never pointers.)
const SEEN: usize = 4096;

thread_local! {
    static SEEN_PAGES: std::cell::RefCell<Vec<u64>> = std::cell::RefCell::new(vec![0; SEEN]);
}

/// Whether the page holding `addr` is mapped in this process.
fn mapped(addr: u64) -> bool {
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
