//! SIGQUIT (DESIGN §8: it prints every goroutine and exits 2, as Go does).
//!
//! The handler only records the request in an atomic: it may run on any
//! thread, at any point, so it touches nothing else. sysmon polls
//! [`requested`] and asks the running goroutine to yield (the preemption
//! marker); the scheduler, seeing the request, stops the program and the
//! executor prints the traces (runtime/src/exec/native/proc.rs).

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

extern "C" fn on_quit(_signo: libc::c_int) {
    REQUESTED.store(true, Ordering::SeqCst);
}

/// Whether SIGQUIT arrived since [`Quit::install`].
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// The SIGQUIT handler while the value lives; the previous disposition is
/// restored on drop.
#[must_use]
pub struct Quit {
    prev: libc::sigaction,
}

impl Quit {
    pub fn install() -> Option<Quit> {
        REQUESTED.store(false, Ordering::SeqCst);
        // SAFETY: a zeroed sigaction is a valid "no flags, empty mask"
        // value; the handler and mask are set below.
        let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
        sa.sa_sigaction = on_quit as *const () as usize;
        // SA_RESTART: the program's own system calls go on.
        sa.sa_flags = libc::SA_RESTART;
        // SAFETY: sa_mask is ours to initialise.
        unsafe { libc::sigemptyset(&mut sa.sa_mask) };
        // SAFETY: as above; prev is filled by sigaction.
        let mut prev: libc::sigaction = unsafe { std::mem::zeroed() };
        // SAFETY: valid pointers, a real signal number.
        let rc = unsafe { libc::sigaction(libc::SIGQUIT, &sa, &mut prev) };
        (rc == 0).then_some(Quit { prev })
    }
}

impl Drop for Quit {
    fn drop(&mut self) {
        // SAFETY: restores what install() replaced.
        unsafe { libc::sigaction(libc::SIGQUIT, &self.prev, std::ptr::null_mut()) };
    }
}
