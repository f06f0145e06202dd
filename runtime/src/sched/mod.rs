//! The scheduler (DESIGN §7; Go 1.2: proc.c): which goroutine runs next.
//!
//! One thread runs every goroutine. The scheduler keeps, per goroutine,
//! only what scheduling needs ([`GInfo`]: its G's address, id, state, who
//! created it); the executor keeps the rest (segments, defer chain) in a
//! vector indexed the same way. A goroutine stops in exactly two ways:
//! [`Sched::park`] (it waits: channel, select, sleep, semaphore) and
//! [`Sched::yield_cur`] (Gosched, preemption); it starts again only by
//! [`Sched::ready`] (woken, or new) or [`Sched::queue`]. After any runtime
//! entry the executor asks [`Sched::pick`] for the goroutine to continue
//! when the current one no longer runs.
//!
//! A woken goroutine runs next (Go 1.19: runqput with next=true, the
//! `runnext` slot filled by ready()): a goroutine whose timer fired, whose
//! channel operation completed or that was handed a lock does not wait
//! behind every runnable goroutine. It inherits the rest of the current
//! time slice (sysmon counts slices, not goroutines), so two goroutines
//! waking each other cannot keep the others off the thread for more than a
//! slice. sysmon also preempts the running goroutine when the earliest
//! timer is due ([`sysmon::Shared::set_timer_due`]), so a sleeper wakes
//! within sysmon's tick even while others spin.
//!
//! Parked goroutines are woken by whoever completes their operation; a
//! wait carries a *token* (a per-goroutine counter bumped at each park), so
//! an entry left in some queue by an earlier wait is recognised as stale
//! and skipped rather than woken twice.

pub mod sysmon;

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

// Keyed by addresses: the Fx hash (a multiply) rather than SipHash, whose
// resistance to chosen keys buys nothing here and cost a fifth of a
// channel-bound program's time.
use rustc_hash::FxHashMap as HashMap;
use std::sync::Arc;
use std::time::Duration;
#[cfg(test)]
use std::time::Instant;

use crate::chan::ChanQ;

/// A goroutine's index in [`Sched::gs`] (and in the executor's vector).
pub type GIdx = usize;

/// Why a goroutine waits, printed in its trace header as Go prints it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    ChanReceive,
    ChanSend,
    ChanReceiveNil,
    ChanSendNil,
    Select,
    SelectNoCases,
    Sleep,
    Semacquire,
}

impl Wait {
    pub fn word(self) -> &'static str {
        match self {
            Wait::ChanReceive => "chan receive",
            Wait::ChanSend => "chan send",
            Wait::ChanReceiveNil => "chan receive (nil chan)",
            Wait::ChanSendNil => "chan send (nil chan)",
            Wait::Select => "select",
            Wait::SelectNoCases => "select (no cases)",
            Wait::Sleep => "sleep",
            Wait::Semacquire => "semacquire",
        }
    }
}

/// A goroutine's scheduling state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Runnable,
    Running,
    Waiting(Wait),
    Dead,
}

impl State {
    /// The word inside `goroutine N [...]:`.
    pub fn word(self) -> &'static str {
        match self {
            State::Runnable => "runnable",
            State::Running => "running",
            State::Waiting(w) => w.word(),
            State::Dead => "dead",
        }
    }
}

/// What the scheduler knows of one goroutine.
#[derive(Debug)]
pub struct GInfo {
    /// Its G record's address.
    pub gp: u64,
    pub goid: u64,
    pub state: State,
    /// Bumped at every park; a queued waiter holding an older value is stale.
    pub token: u64,
    /// The pc of the `go` statement that created it (its return address
    /// from the runtime call), 0 for goroutine 1.
    pub created_by: u64,
    /// A run-time error to raise when it next runs (a send on a channel
    /// closed while it waited: `send on closed channel`).
    pub panic_on_wake: Option<String>,
    /// The channels a waiting select is queued on (to unlink it from the
    /// others once one case fires).
    pub sel_chans: Vec<u64>,
}

impl GInfo {
    /// Whether it is still in the wait `token` names (a waiter queued for
    /// an earlier wait is stale).
    pub fn waits(&self, token: u64) -> bool {
        self.token == token && matches!(self.state, State::Waiting(_))
    }
}

/// A runtime timer (time.NewTimer, After, AfterFunc, NewTicker): no
/// goroutine waits for it; when it fires, the executor sends the time on
/// `c` without blocking, or starts a goroutine running `f`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RtTimer {
    /// The channel (`chan Time`), or 0.
    pub c: u64,
    /// The func value to run in a new goroutine, or 0.
    pub f: u64,
    /// When it fires next (ns on the scheduler's clock).
    when: u64,
    /// For a ticker, the period in ns; 0 for a one-shot timer.
    period: u64,
}

/// What waits in the timer heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Due {
    /// A goroutine in time.Sleep, with its wait token.
    Sleeper(GIdx, u64),
    /// Runtime timer `id`, due at the `when` it had when queued (a stopped
    /// or re-armed timer leaves a stale entry behind, skipped).
    Timer(u64, u64),
}

/// What [`Sched::pick`] decided.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// Run goroutine `i` (now [`Sched::cur`], state Running).
    Run(GIdx),
    /// Runtime timers fired: the executor acts on them (sends, new
    /// goroutines), then picks again.
    Fire(Vec<RtTimer>),
    /// Nothing can run and no timer is pending.
    Deadlock,
    /// SIGQUIT arrived (runtime/src/signals/quit.rs).
    Quit,
    /// SIGHUP, SIGINT or SIGTERM arrived (runtime/src/signals/kill.rs):
    /// the program dies by it, its output flushed.
    Kill(i32),
}

/// The scheduler of one executor thread.
#[derive(Debug)]
pub struct Sched {
    /// Every goroutine ever created, in creation order (traces list them
    /// so); dead ones stay, for reuse.
    pub gs: Vec<GInfo>,
    /// The goroutine running, or last run.
    pub cur: GIdx,
    runq: VecDeque<GIdx>,
    /// The goroutine that runs before the run queue's head (Go: runnext):
    /// the one most recently woken by [`Sched::ready`].
    runnext: Option<GIdx>,
    /// Dead goroutines whose index (and G record) can be reused (Go 1.2:
    /// gfput/gfget).
    free: Vec<GIdx>,
    /// Sleeping goroutines and runtime timers: (due time in ns since
    /// `start`, sequence, what).
    timers: BinaryHeap<Reverse<(u64, u64, Due)>>,
    timer_seq: u64,
    /// Runtime timers still armed, by id.
    rt_timers: HashMap<u64, RtTimer>,
    next_timer: u64,
    goidgen: u64,
    rand: u64,
    /// Goroutines waiting on each channel (by its hchan address), created
    /// on the first wait and dropped when both queues empty (chan.rs).
    pub chans: HashMap<u64, ChanQ>,
    /// Goroutines waiting on each semaphore word (sema.rs).
    pub semas: HashMap<u64, VecDeque<(GIdx, u64)>>,
    /// What sysmon watches.
    pub shared: Arc<sysmon::Shared>,
}

impl Default for Sched {
    fn default() -> Self {
        Self::new()
    }
}

impl Sched {
    pub fn new() -> Sched {
        Sched {
            gs: Vec::new(),
            cur: 0,
            runq: VecDeque::new(),
            runnext: None,
            free: Vec::new(),
            timers: BinaryHeap::new(),
            timer_seq: 0,
            rt_timers: HashMap::default(),
            next_timer: 0,
            goidgen: 0,
            rand: 0x9e37_79b9_7f4a_7c15,
            chans: HashMap::default(),
            semas: HashMap::default(),
            shared: Arc::new(sysmon::Shared::default()),
        }
    }

    /// A new goroutine's slot: a dead one's if any (its G record is reused
    /// by the executor), else a new one at the end. The second value says
    /// which. The goroutine is not yet runnable.
    pub fn alloc(&mut self, gp_if_new: impl FnOnce() -> u64, created_by: u64) -> (GIdx, bool) {
        self.goidgen += 1;
        let goid = self.goidgen;
        if let Some(i) = self.free.pop() {
            let gi = &mut self.gs[i];
            gi.goid = goid;
            gi.state = State::Runnable;
            gi.created_by = created_by;
            gi.panic_on_wake = None;
            gi.sel_chans.clear();
            return (i, true);
        }
        self.gs.push(GInfo {
            gp: gp_if_new(),
            goid,
            state: State::Runnable,
            token: 0,
            created_by,
            panic_on_wake: None,
            sel_chans: Vec::new(),
        });
        (self.gs.len() - 1, false)
    }

    /// Goroutines that exist (not dead): runtime.NumGoroutine.
    pub fn count(&self) -> usize {
        self.gs.iter().filter(|g| g.state != State::Dead).count()
    }

    pub fn cur_info(&self) -> &GInfo {
        &self.gs[self.cur]
    }

    /// Whether the current goroutine still runs (false after it parked,
    /// yielded or exited in this entry).
    pub fn cur_running(&self) -> bool {
        self.gs[self.cur].state == State::Running
    }

    /// The current goroutine waits for `why`; returns the token that a
    /// waker must match.
    pub fn park(&mut self, why: Wait) -> u64 {
        let g = &mut self.gs[self.cur];
        g.token += 1;
        g.state = State::Waiting(why);
        g.token
    }

    /// Whether goroutine `i` still waits with `token`.
    pub fn waits(&self, i: GIdx, token: u64) -> bool {
        self.gs[i].waits(token)
    }

    /// Wakes `i` (its wait is over): it runs next, before the run queue
    /// (Go 1.19: ready() and runqput with next=true). A goroutine woken
    /// earlier and not yet run moves to the back of the queue.
    pub fn ready(&mut self, i: GIdx) {
        self.gs[i].state = State::Runnable;
        if let Some(old) = self.runnext.replace(i) {
            self.runq.push_back(old);
        }
    }

    /// Makes `i` runnable at the back of the run queue (the main
    /// goroutine at start; yields). A new goroutine is [`Sched::ready`]ed,
    /// as Go 1.19's newproc puts it in runnext: with GOMAXPROCS=1, gc runs
    /// the newest goroutine first, and so does splitgo.
    pub fn queue(&mut self, i: GIdx) {
        self.gs[i].state = State::Runnable;
        self.runq.push_back(i);
    }

    /// The current goroutine goes to the back of the queue (Gosched, a
    /// preemption), after a goroutine woken before it yielded: the
    /// goroutines that waited in the queue run first (as in Go, where the
    /// woken one shared the slice that just ended).
    pub fn yield_cur(&mut self) {
        if let Some(old) = self.runnext.take() {
            self.runq.push_back(old);
        }
        let i = self.cur;
        self.queue(i);
    }

    /// The current goroutine is gone; its slot may be reused.
    pub fn exit_cur(&mut self) {
        self.discard(self.cur);
    }

    /// Goroutine `i` is gone (or was never started); its slot may be reused.
    pub fn discard(&mut self, i: GIdx) {
        self.gs[i].state = State::Dead;
        self.gs[i].token += 1;
        self.free.push(i);
    }

    /// Nanoseconds on the scheduler's monotonic clock.
    pub fn nanotime(&self) -> u64 {
        self.shared.nanotime()
    }

    fn push_due(&mut self, when: u64, what: Due) {
        self.timer_seq += 1;
        self.timers.push(Reverse((when, self.timer_seq, what)));
        self.publish_due();
    }

    /// Tells sysmon when the earliest timer is due.
    fn publish_due(&self) {
        let due = self.timers.peek().map_or(u64::MAX, |Reverse((w, ..))| *w);
        self.shared.set_timer_due(due);
    }

    /// The current goroutine sleeps `ns` nanoseconds (time.Sleep).
    pub fn sleep(&mut self, ns: u64) {
        let token = self.park(Wait::Sleep);
        let when = self.nanotime().saturating_add(ns);
        let g = self.cur;
        self.push_due(when, Due::Sleeper(g, token));
    }

    /// Arms a runtime timer firing in `ns` nanoseconds, then every
    /// `period` ns if that is not 0; returns its id (never 0).
    pub fn start_timer(&mut self, c: u64, f: u64, ns: u64, period: u64) -> u64 {
        self.next_timer += 1;
        let id = self.next_timer;
        let when = self.nanotime().saturating_add(ns);
        self.rt_timers.insert(id, RtTimer { c, f, when, period });
        self.push_due(when, Due::Timer(id, when));
        id
    }

    /// Disarms runtime timer `id`; whether it was still armed.
    pub fn stop_timer(&mut self, id: u64) -> bool {
        self.rt_timers.remove(&id).is_some()
    }

    /// Readies every sleeper whose time has come, and returns the runtime
    /// timers that fired (re-arming tickers, dropping the ticks a late
    /// wake-up missed).
    fn fire_timers(&mut self) -> Vec<RtTimer> {
        let now = self.nanotime();
        let mut fired = Vec::new();
        while let Some(&Reverse((when, _, what))) = self.timers.peek() {
            if when > now {
                break;
            }
            self.timers.pop();
            match what {
                Due::Sleeper(i, token) => {
                    if self.waits(i, token) {
                        self.ready(i);
                    }
                }
                Due::Timer(id, queued) => {
                    let Some(t) = self.rt_timers.get_mut(&id) else {
                        continue;
                    };
                    if t.when != queued {
                        continue;
                    }
                    fired.push(*t);
                    if t.period == 0 {
                        self.rt_timers.remove(&id);
                        continue;
                    }
                    let mut next = t.when.saturating_add(t.period);
                    if next <= now {
                        next = now + t.period - (now - t.when) % t.period;
                    }
                    t.when = next;
                    self.push_due(next, Due::Timer(id, next));
                }
            }
        }
        fired
    }

    /// A pseudo-random number (select's case order; Go: fastrand).
    pub fn fastrand(&mut self) -> u64 {
        let mut x = self.rand;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.rand = x;
        x
    }

    /// The goroutine to run next (Go 1.2: schedule): the head of the run
    /// queue, after readying any due sleepers; if none is runnable, the
    /// thread sleeps until the earliest timer; with no timer either, the
    /// program is deadlocked.
    pub fn pick(&mut self) -> Next {
        self.pick_with(&mut || {})
    }

    /// [`Sched::pick`], calling `idle` once before the thread first sleeps
    /// for a timer (the executor flushes the program's output then, so
    /// that what it printed shows while it sleeps).
    pub fn pick_with(&mut self, idle: &mut dyn FnMut()) -> Next {
        let mut slept = false;
        loop {
            if let Some(signo) = self.shared.kill_requested() {
                self.shared.switched(0, true);
                return Next::Kill(signo);
            }
            if self.shared.quit_requested() {
                self.shared.switched(0, true);
                return Next::Quit;
            }
            if !self.timers.is_empty() {
                let fired = self.fire_timers();
                if !fired.is_empty() {
                    return Next::Fire(fired);
                }
            }
            // A woken goroutine first, in the current slice; else the
            // queue's head, in a new one.
            let next = match self.runnext.take() {
                Some(i) => Some((i, false)),
                None => self.runq.pop_front().map(|i| (i, true)),
            };
            if let Some((i, new_slice)) = next {
                self.cur = i;
                self.gs[i].state = State::Running;
                self.publish_due();
                self.shared.switched(self.gs[i].gp, new_slice);
                return Next::Run(i);
            }
            self.shared.switched(0, true);
            // Stale entries of stopped timers do not keep the program alive.
            while let Some(&Reverse((_, _, Due::Timer(id, queued)))) = self.timers.peek() {
                if self.rt_timers.get(&id).is_some_and(|t| t.when == queued) {
                    break;
                }
                self.timers.pop();
            }
            let Some(&Reverse((when, ..))) = self.timers.peek() else {
                return Next::Deadlock;
            };
            let now = self.nanotime();
            if when > now {
                if !slept {
                    idle();
                    slept = true;
                }
                // In slices, so that a SIGQUIT is answered while sleeping.
                let d = (when - now).min(10_000_000);
                std::thread::sleep(Duration::from_nanos(d));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sched_with(n: usize) -> Sched {
        let mut s = Sched::new();
        for k in 0..n {
            let (i, reused) = s.alloc(|| 0x1000 * (k as u64 + 1), 0);
            assert!(!reused);
            s.queue(i);
        }
        s
    }

    #[test]
    fn run_queue_is_fifo_and_yield_goes_to_the_back() {
        let mut s = sched_with(3);
        assert_eq!(s.pick(), Next::Run(0));
        s.yield_cur();
        assert_eq!(s.pick(), Next::Run(1));
        assert_eq!(s.pick(), Next::Run(2));
        assert_eq!(s.pick(), Next::Run(0));
    }

    #[test]
    fn a_woken_goroutine_runs_next_and_yield_demotes_it() {
        let mut s = sched_with(4);
        assert_eq!(s.pick(), Next::Run(0));
        s.park(Wait::ChanReceive);
        assert_eq!(s.pick(), Next::Run(1));
        // 1 wakes 0: 0 runs before 2 and 3, queued earlier.
        s.ready(0);
        s.park(Wait::ChanReceive);
        assert_eq!(s.pick(), Next::Run(0));
        s.park(Wait::ChanReceive);
        assert_eq!(s.pick(), Next::Run(2));
        // Two wake-ups: the later takes runnext, the earlier goes to the
        // back; a yield sends the woken one behind the queue too.
        s.ready(0);
        s.ready(1);
        s.yield_cur();
        assert_eq!(s.pick(), Next::Run(3));
        assert_eq!(s.pick(), Next::Run(0));
        assert_eq!(s.pick(), Next::Run(1));
        assert_eq!(s.pick(), Next::Run(2));
    }

    #[test]
    fn parked_goroutines_deadlock_and_stale_tokens_do_not_wake() {
        let mut s = sched_with(1);
        assert_eq!(s.pick(), Next::Run(0));
        let t = s.park(Wait::ChanReceive);
        assert!(s.waits(0, t));
        assert!(!s.waits(0, t - 1));
        assert_eq!(s.pick(), Next::Deadlock);
        assert_eq!(s.gs[0].state.word(), "chan receive");
    }

    #[test]
    fn sleepers_wake_in_time_order() {
        let mut s = sched_with(2);
        assert_eq!(s.pick(), Next::Run(0));
        s.sleep(3_000_000);
        assert_eq!(s.pick(), Next::Run(1));
        s.sleep(1_000_000);
        let t0 = Instant::now();
        assert_eq!(s.pick(), Next::Run(1));
        assert_eq!(s.pick(), Next::Run(0));
        assert!(t0.elapsed() >= Duration::from_millis(3));
    }

    #[test]
    fn runtime_timers_fire_tick_and_stop() {
        let mut s = sched_with(1);
        assert_eq!(s.pick(), Next::Run(0));
        let start = std::time::Instant::now();
        let one = s.start_timer(0x10, 0, 1_000_000, 0);
        let tick = s.start_timer(0x20, 0, 2_000_000, 2_000_000);
        let stopped = s.start_timer(0x30, 0, 500_000, 0);
        assert!(s.stop_timer(stopped));
        assert!(!s.stop_timer(stopped));
        s.sleep(5_000_000);
        let mut sent = Vec::new();
        loop {
            match s.pick() {
                Next::Fire(ts) => sent.extend(ts.iter().map(|t| t.c)),
                Next::Run(0) => break,
                other => panic!("unexpected {other:?}"),
            }
        }
        // The one-shot once and first (due first), the ticker at least once
        // and at most once per 2 ms that passed (a late ticker drops the
        // ticks it missed, and a loaded machine may hold this thread off
        // between picks), never the stopped one.
        let most = (start.elapsed().as_nanos() / 2_000_000) as usize;
        assert_eq!(sent.first(), Some(&0x10));
        assert_eq!(sent.iter().filter(|&&c| c == 0x10).count(), 1);
        let ticks = sent.iter().filter(|&&c| c == 0x20).count();
        assert!(
            (1..=most).contains(&ticks),
            "ticks: {sent:x?}, at most {most}"
        );
        assert!(!sent.contains(&0x30));
        assert!(!s.stop_timer(one), "a fired one-shot is disarmed");
        assert!(s.stop_timer(tick), "a ticker stays armed");
        // Only stale entries left: nothing keeps the program alive.
        s.park(Wait::ChanReceive);
        assert_eq!(s.pick(), Next::Deadlock);
    }

    #[test]
    fn dead_slots_are_reused_with_new_ids() {
        let mut s = sched_with(2);
        assert_eq!(s.pick(), Next::Run(0));
        s.exit_cur();
        assert_eq!(s.count(), 1);
        let (i, reused) = s.alloc(|| unreachable!(), 0x55);
        assert_eq!((i, reused), (0, true));
        assert_eq!(s.gs[0].goid, 3);
        assert_eq!(s.gs[0].created_by, 0x55);
    }
}
