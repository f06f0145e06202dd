//! Signals that end the program (Go: the `_SigKill` rows of sigtab:
//! SIGHUP, SIGINT, SIGTERM) and dying by a signal (Go 1.19:
//! dieFromSignal, runtime/signal_unix.go), which a write to a broken
//! stdout or stderr pipe does too (Go: sigpipe, after os.File's
//! epipecheck).
//!
//! A gc binary writes its output through (os.Stdout is not buffered), so
//! when SIGTERM kills it, everything it printed is out. splitgo buffers
//! the program's output (runtime/src/print.rs), so it cannot simply die:
//! the handler records the signal in an atomic and touches nothing else
//! (it may run on any thread, in the middle of anything). sysmon sees the
//! request and makes the running goroutine yield (as for SIGQUIT); the
//! scheduler stops the program at the switch, and the executor flushes
//! the output and then dies by the same signal, so the parent sees a
//! death by signal (`$?` = 128+N), as from gc. docs/scheduler.md records
//! why flushing on the signal was chosen over writing through, with the
//! figures.
//!
//! The handler never waits for that: a second signal, or a request sysmon
//! sees unanswered for [`GRACE`], dies at once (the output is lost then,
//! rather than the process hanging on a runtime bug).
//!
//! As in Go, SIGHUP and SIGINT that were ignored when the program started
//! (nohup, a shell's background job) stay ignored.

use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

/// The signal waiting to end the program (0: none).
static PENDING: AtomicI32 = AtomicI32::new(0);

/// How long sysmon lets the executor take to flush and die before it
/// kills the process itself.
pub const GRACE: Duration = Duration::from_secs(1);

/// The signals that end the program, as Go's sigtab marks them _SigKill.
const KILLS: [libc::c_int; 3] = [libc::SIGHUP, libc::SIGINT, libc::SIGTERM];

extern "C" fn on_kill(signo: libc::c_int) {
    // A second one (^C twice) does not wait for the first.
    if PENDING.swap(signo, Ordering::SeqCst) != 0 {
        die_from_signal(signo);
    }
}

/// The signal that asked the program to end, if one arrived since
/// [`Kill::install`].
pub fn pending() -> Option<i32> {
    match PENDING.load(Ordering::SeqCst) {
        0 => None,
        s => Some(s),
    }
}

/// The handlers of SIGHUP, SIGINT and SIGTERM while the value lives; the
/// previous dispositions are restored on drop.
#[must_use]
pub struct Kill {
    prev: [Option<libc::sigaction>; KILLS.len()],
}

impl Kill {
    pub fn install() -> Kill {
        PENDING.store(0, Ordering::SeqCst);
        let mut prev = [None; KILLS.len()];
        for (slot, &signo) in prev.iter_mut().zip(&KILLS) {
            // SAFETY: a zeroed sigaction is a valid "no flags, empty
            // mask" value; the handler and mask are set below.
            let mut sa: libc::sigaction = unsafe { std::mem::zeroed() };
            sa.sa_sigaction = on_kill as *const () as usize;
            // SA_RESTART: whatever the thread was doing goes on; the
            // executor acts on the request at its next switch.
            sa.sa_flags = libc::SA_RESTART;
            // SAFETY: sa_mask is ours to initialise.
            unsafe { libc::sigemptyset(&mut sa.sa_mask) };
            // SAFETY: as above; old is filled by sigaction.
            let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
            // SAFETY: a null new action only reads the current one.
            if unsafe { libc::sigaction(signo, std::ptr::null(), &mut old) } != 0 {
                continue;
            }
            // Go (sigInstallGoHandler): an ignored SIGHUP or SIGINT stays
            // ignored, so `nohup splitgo run` survives its terminal.
            if signo != libc::SIGTERM && old.sa_sigaction == libc::SIG_IGN {
                continue;
            }
            // SAFETY: valid pointers, a real signal number.
            if unsafe { libc::sigaction(signo, &sa, std::ptr::null_mut()) } == 0 {
                *slot = Some(old);
            }
        }
        Kill { prev }
    }
}

impl Drop for Kill {
    fn drop(&mut self) {
        for (old, &signo) in self.prev.iter().zip(&KILLS) {
            if let Some(old) = old {
                // SAFETY: restores what install() replaced.
                unsafe { libc::sigaction(signo, old, std::ptr::null_mut()) };
            }
        }
    }
}

/// Gives SIGPIPE its default action, whatever the parent left (a Rust
/// `fn main` also finds it set to SIG_IGN by std's start-up, which the
/// `splitgo` binary skips): a write to a pipe without a reader then ends the
/// process by SIGPIPE (status 141 in a shell), as a gc binary's write to
/// fd 1 or 2 does. The runtime's own output checks EPIPE too
/// (runtime/src/print.rs), for embedders that keep SIGPIPE ignored.
pub fn default_sigpipe() {
    // SAFETY: setting a standard signal's disposition to SIG_DFL has no
    // preconditions.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_DFL) };
}

/// Ends the process by `signo` with its default action, so that the
/// parent sees a death by that signal (a shell's `$?` is 128+N), as Go's
/// dieFromSignal does: unblock it, restore SIG_DFL, raise it; if the
/// process still lives (the signal went to another thread and has not
/// landed yet), yield a little, then exit 2. Async-signal-safe: the
/// handler calls it.
pub fn die_from_signal(signo: i32) -> ! {
    // SAFETY: plain system calls on this thread's signal state, with
    // valid (zeroed, then filled) arguments; nothing here allocates.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = libc::SIG_DFL;
        libc::sigemptyset(&mut sa.sa_mask);
        libc::sigaction(signo, &sa, std::ptr::null_mut());
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, signo);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(signo);
        for _ in 0..3 {
            libc::sched_yield();
        }
        libc::_exit(2)
    }
}
