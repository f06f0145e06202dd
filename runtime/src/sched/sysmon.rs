//! sysmon (Go 1.2: proc.c sysmon/retake/preemptone): a host thread that
//! asks a goroutine running for more than [`FORCE_PREEMPT`] to yield.
//!
//! It never touches the scheduler's state: the executor publishes, in
//! [`Shared`], which G runs, a counter bumped at every new time slice (Go:
//! schedtick; a goroutine run from runnext inherits the slice, as in Go)
//! and when the earliest timer is due. When sysmon sees the same slice for
//! 10 ms, or a timer is due, it stores StackPreempt into the running G's
//! `stackguard0` (word 0 of the G, one aligned atomic store). The goroutine
//! notices at its next prologue (newstack sees the marker) or loop
//! back-edge (the emitted compare), and yields; the scheduler then fires
//! the timer and runs whom it woke. A marker that lands just after a
//! switch only makes the next goroutine yield once early, as in Go.
//!
//! Unlike Go 1.19, whose Ps run due timers themselves at each schedule()
//! and whose other Ps stay free, the one thread here is held by whoever
//! runs: preempting at a due timer is what bounds a sleeper's lateness
//! (1000 goroutines spinning in `for {}`: a 50 ms time.Sleep returns after
//! about 50 ms, not after each spinner's 10 ms slice; docs/scheduler.md).

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a goroutine may run before sysmon asks it to yield (Go:
/// forcePreemptNS).
pub const FORCE_PREEMPT: Duration = Duration::from_millis(10);

/// How often sysmon looks.
const TICK: Duration = Duration::from_micros(500);

/// What the executor thread publishes for sysmon.
#[derive(Debug)]
pub struct Shared {
    /// The G running (0 while none does).
    running: AtomicU64,
    /// Bumped at every new time slice.
    switches: AtomicU64,
    /// When the earliest timer is due, in ns since `epoch` (u64::MAX: no
    /// timer).
    timer_due: AtomicU64,
    /// The scheduler's clock starts here (both threads read it).
    epoch: Instant,
    /// SIGQUIT arrived: the executor prints every goroutine and exits.
    quit: AtomicBool,
    /// SIGHUP, SIGINT or SIGTERM arrived (0: none): the executor flushes
    /// the output and dies by it (runtime/src/signals/kill.rs).
    kill: AtomicI32,
    stop: AtomicBool,
}

impl Default for Shared {
    fn default() -> Self {
        Shared {
            running: AtomicU64::new(0),
            switches: AtomicU64::new(0),
            timer_due: AtomicU64::new(u64::MAX),
            epoch: Instant::now(),
            quit: AtomicBool::new(false),
            kill: AtomicI32::new(0),
            stop: AtomicBool::new(false),
        }
    }
}

impl Shared {
    /// Called by the scheduler each time it hands the thread to `gp`
    /// (0: to nobody); `new_slice` is false when `gp` continues the slice
    /// of the goroutine that woke it (it ran from runnext).
    pub fn switched(&self, gp: u64, new_slice: bool) {
        self.running.store(gp, Ordering::Relaxed);
        if new_slice {
            self.switches.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Nanoseconds on the scheduler's monotonic clock.
    pub fn nanotime(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64
    }

    /// The earliest timer is due at `ns` (u64::MAX: none is pending).
    pub fn set_timer_due(&self, ns: u64) {
        self.timer_due.store(ns, Ordering::Relaxed);
    }

    pub fn request_quit(&self) {
        self.quit.store(true, Ordering::SeqCst);
    }

    pub fn quit_requested(&self) -> bool {
        self.quit.load(Ordering::SeqCst)
    }

    pub fn request_kill(&self, signo: i32) {
        self.kill.store(signo, Ordering::SeqCst);
    }

    /// The signal the program is to die by, if one arrived.
    pub fn kill_requested(&self) -> Option<i32> {
        match self.kill.load(Ordering::SeqCst) {
            0 => None,
            s => Some(s),
        }
    }
}

/// The running sysmon thread; stopped (and joined) on drop. Stopping
/// wakes it from its tick's wait, so a program's exit does not wait for
/// the rest of a tick.
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
            t.thread().unpark();
            let _ = t.join();
        }
    }
}

fn watch(sh: &Shared, marker: u64) {
    let mut seen = u64::MAX;
    let mut since = Instant::now();
    // The due time sysmon last preempted for: once per timer.
    let mut kicked = u64::MAX;
    // When a SIGHUP, SIGINT or SIGTERM was passed on to the executor.
    let mut killed: Option<Instant> = None;
    while !sh.stop.load(Ordering::SeqCst) {
        // Woken early only by Drop (or spuriously: one more look).
        std::thread::park_timeout(TICK);
        if sh.stop.load(Ordering::SeqCst) {
            break;
        }
        let mut quit = crate::signals::quit::requested() && !sh.quit_requested();
        if quit {
            // SIGQUIT: the scheduler stops the program at its next switch;
            // make the running goroutine switch now.
            sh.request_quit();
        }
        if let Some(signo) = crate::signals::kill::pending() {
            match killed {
                // SIGHUP, SIGINT, SIGTERM: the same, and the executor
                // flushes the output and dies by the signal.
                None => {
                    sh.request_kill(signo);
                    killed = Some(Instant::now());
                    quit = true;
                }
                // Unanswered (a runtime bug, or a goroutine that never
                // reaches a check): die without the flush.
                Some(at) if at.elapsed() >= crate::signals::kill::GRACE => {
                    crate::signals::kill::die_from_signal(signo)
                }
                Some(_) => {}
            }
        }
        let running = sh.running.load(Ordering::Relaxed);
        let slice = sh.switches.load(Ordering::Relaxed);
        let due = sh.timer_due.load(Ordering::Relaxed);
        let timer = due != kicked && sh.nanotime() >= due;
        if slice != seen && !quit && !timer {
            seen = slice;
            since = Instant::now();
            continue;
        }
        if running != 0 && (quit || timer || since.elapsed() >= FORCE_PREEMPT) {
            // SAFETY: Sysmon::start's contract: the published G is valid
            // and 8-byte aligned; its word 0 is only ever accessed whole.
            let word = unsafe {
                std::sync::atomic::AtomicU64::from_ptr(
                    std::ptr::with_exposed_provenance_mut::<u64>(running as usize),
                )
            };
            word.store(marker, Ordering::Relaxed);
            if timer {
                kicked = due;
            }
            // Ask again only after another full slice.
            since = Instant::now();
        }
    }
}
