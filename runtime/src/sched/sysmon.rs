//! sysmon (Go 1.2: proc.c sysmon/retake/preemptone): a host thread that
//! asks a goroutine running for more than [`FORCE_PREEMPT`] to yield.
//!
//! It never touches the scheduler's state: the executor publishes, in
//! [`Shared`], which G runs and a counter bumped at every switch. When
//! sysmon sees the same G and the same count for 10 ms, it stores
//! StackPreempt into that G's `stackguard0` (word 0 of the G, one aligned
//! atomic store). The goroutine notices at its next prologue (newstack
//! sees the marker) or loop back-edge (the emitted compare), and yields.
//! A marker that lands just after a switch only makes the next goroutine
//! yield once early, as in Go.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a goroutine may run before sysmon asks it to yield (Go:
/// forcePreemptNS).
pub const FORCE_PREEMPT: Duration = Duration::from_millis(10);

/// How often sysmon looks.
const TICK: Duration = Duration::from_micros(500);

/// What the executor thread publishes for sysmon.
#[derive(Debug, Default)]
pub struct Shared {
    /// The G running (0 while none does).
    running: AtomicU64,
    /// Bumped at every switch.
    switches: AtomicU64,
    /// SIGQUIT arrived: the executor prints every goroutine and exits.
    quit: AtomicBool,
    stop: AtomicBool,
}

impl Shared {
    /// Called by the scheduler each time it hands the thread to `gp`
    /// (0: to nobody).
    pub fn switched(&self, gp: u64) {
        self.running.store(gp, Ordering::Relaxed);
        self.switches.fetch_add(1, Ordering::Relaxed);
    }

    pub fn request_quit(&self) {
        self.quit.store(true, Ordering::SeqCst);
    }

    pub fn quit_requested(&self) -> bool {
        self.quit.load(Ordering::SeqCst)
    }
}

/// The running sysmon thread; stopped (and joined) on drop.
pub struct Sysmon {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Sysmon {
    /// Starts sysmon. `marker` is StackPreempt as a target word; it is
    /// stored as 8 bytes, which is the G word on 64-bit targets (the
    /// emulated 386 executor stores 4).
    ///
    /// # Safety
    ///
    /// Every G address the executor publishes through `shared` must stay
    /// valid for 8-byte aligned writes until this `Sysmon` is dropped.
    pub unsafe fn start(shared: Arc<Shared>, marker: u64) -> Sysmon {
        let sh = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("sysmon".into())
            .spawn(move || watch(&sh, marker))
            .ok();
        Sysmon { shared, thread }
    }
}

impl Drop for Sysmon {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn watch(sh: &Shared, marker: u64) {
    let mut seen = (0u64, u64::MAX);
    let mut since = Instant::now();
    while !sh.stop.load(Ordering::SeqCst) {
        std::thread::sleep(TICK);
        let quit = crate::signals::quit::requested() && !sh.quit_requested();
        if quit {
            // SIGQUIT: the scheduler stops the program at its next switch;
            // make the running goroutine switch now.
            sh.request_quit();
        }
        let now = (
            sh.running.load(Ordering::Relaxed),
            sh.switches.load(Ordering::Relaxed),
        );
        if now != seen && !quit {
            seen = now;
            since = Instant::now();
            continue;
        }
        if now.0 != 0 && (quit || since.elapsed() >= FORCE_PREEMPT) {
            // SAFETY: Sysmon::start's contract: the published G is valid
            // and 8-byte aligned; its word 0 is only ever accessed whole.
            let word = unsafe {
                std::sync::atomic::AtomicU64::from_ptr(
                    std::ptr::with_exposed_provenance_mut::<u64>(now.0 as usize),
                )
            };
            word.store(marker, Ordering::Relaxed);
            // Ask again only after another full slice.
            since = Instant::now();
        }
    }
}
