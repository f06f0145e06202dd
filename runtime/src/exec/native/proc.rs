//! Goroutines on the native executor (Go 1.2: proc.c newproc1, goexit0,
//! schedule; chan.c and sema.goc through the scheduler's services).
//!
//! Every runtime entry ends in `Thread::answer`: if the goroutine that
//! called still runs, the stub continues it; if the entry parked it
//! (a channel operation, select, sleep, a lock), made it yield (Gosched,
//! a preemption request) or ended it (goexit), [`Thread::schedule`] picks
//! the next goroutine and the stub continues *that* one from its
//! `g.sched`. The executor's `enter` therefore runs the whole program:
//! it returns only when the program stops.
//!
//! A new goroutine (`go f(x)`: the Go service, with the closure and the
//! argument bytes laid out as for defer) gets a G record and a StackMin
//! segment; its arguments are copied to the top of the segment under a
//! return address pointing at the goexit stub, so that `f`'s return
//! lands in GoExit. The main goroutine runs each package initializer and
//! then `main.main` the same way, one after another; when `main.main`
//! returns the program exits, whatever else is runnable (Go's rule).

use super::{Goroutine, Thread};
use crate::abi::{g, Status};
use crate::chan::{self, ChanCx};
use crate::g::GRecord;
use crate::mem::Mem;
use crate::sched::{GIdx, Next, State};
use crate::select;
use crate::sema;
use crate::services::{NativeFn, Service, Stop};
use crate::signals::Fault;

/// The most argument bytes a `go` statement may pass to a goroutine that
/// starts on a small first segment (stack/segment.rs: SMALL_FIRST).
const SMALL_ARGS: u64 = 256;
use crate::stack::GStack;
use crate::throw::Fatal;
use crate::traceback::{FrameOpts, Unwind};

use super::super::{resume, LEAVE};

impl Thread {
    /// A goroutine with a fresh first segment, not yet runnable; `gopc` is
    /// the return address of its `go` statement's runtime call (0 for main).
    /// With `small`, its first segment may be a small one (stack/segment.rs:
    /// SMALL_FIRST).
    pub(super) fn new_goroutine(&mut self, gopc: u64, small: bool) -> Result<GIdx, Stop> {
        let mut rec = None;
        let (i, reused) = self.sched.alloc(
            || {
                let mut r = GRecord::new(0);
                let a = r.addr();
                rec = Some(r);
                a
            },
            gopc,
        );
        let gp = self.sched.gs[i].gp;
        if !reused {
            let Some(rec) = rec else {
                return Err(Fatal::new("runtime: goroutine without a G record").into());
            };
            self.gs.push(Goroutine {
                _rec: rec,
                gp,
                stack: None,
                defers: super::defer::Defers::new(self.deferret),
                sig: None,
                start_fault: None,
            });
        }
        let stack = match GStack::new(&self.mem, &mut self.cache, &self.cfg, gp, small) {
            Ok(s) => s,
            Err(f) => {
                self.sched.discard(i);
                return Err(f.into());
            }
        };
        let gx = &mut self.gs[i];
        gx.stack = Some(stack);
        gx.defers = super::defer::Defers::new(self.deferret);
        gx.sig = None;
        gx.start_fault = None;
        let m = &self.mem;
        m.set_field(gp, g::GOID, self.sched.gs[i].goid);
        m.set_field(gp, g::HOST, self.host);
        m.set_field(gp, g::STATUS, Status::Runnable as u64);
        Ok(i)
    }

    /// Points the main goroutine at its next entry (an initializer, or
    /// `main.main`), called from goexit with no arguments.
    pub(super) fn start_next_entry(&mut self) {
        let (Some(main), Some(&entry)) = (self.main, self.entries.get(self.next_entry)) else {
            return;
        };
        self.next_entry += 1;
        let gp = self.gs[main].gp;
        let m = &self.mem;
        let sp = m.field(gp, g::STACKBASE) - 8;
        m.write_word(sp, self.goexit);
        m.set_field(gp, g::SCHED_SP, sp);
        m.set_field(gp, g::SCHED_PC, entry);
        m.set_field(gp, g::SCHED_CTXT, 0);
    }

    /// The goroutine to continue after the current one stopped running
    /// (Go 1.2: schedule), or LEAVE with `stop` set when none can run.
    pub(super) fn schedule(&mut self) -> u64 {
        let next = loop {
            let out = &mut self.out;
            match self.sched.pick_with(&mut || out.flush()) {
                Next::Fire(timers) => {
                    for t in timers {
                        if let Err(stop) = self.fire(t) {
                            self.stop = Some(stop);
                            return LEAVE;
                        }
                    }
                }
                next => break next,
            }
        };
        match next {
            // The loop above acted on every Fire.
            Next::Fire(_) => LEAVE,
            Next::Run(i) => {
                let gp = self.sched.gs[i].gp;
                self.mem.set_field(gp, g::STATUS, Status::Running as u64);
                if !self.guest_g.is_null() {
                    // SAFETY: guest_g points at the boxed Guest's cell,
                    // which outlives every entry (run() clears the pointer
                    // before dropping it); same thread.
                    unsafe { (*self.guest_g).set(gp) };
                }
                if let Some(msg) = self.sched.gs[i].panic_on_wake.take() {
                    // Woken by a close while it waited to send: the send
                    // panics now, at its call.
                    if let Err(stop) = self.runtime_panic(msg) {
                        self.stop = Some(stop);
                        return LEAVE;
                    }
                }
                resume(gp)
            }
            Next::Deadlock => {
                let msg = if self.main.is_none() {
                    "no goroutines (main called runtime.Goexit) - deadlock!"
                } else {
                    "all goroutines are asleep - deadlock!"
                };
                self.stop = Some(Fatal::new(msg).into());
                LEAVE
            }
            Next::Kill(signo) => {
                self.stop = Some(Stop::Signal(signo));
                LEAVE
            }
            Next::Quit => {
                // Go prints the signal and every goroutine, exit status 2,
                // the one the signal interrupted first, as running: here,
                // the one that just yielded to let the scheduler see it.
                let cur = self.sched.cur;
                if self.sched.gs[cur].state == State::Runnable {
                    self.sched.gs[cur].state = State::Running;
                }
                self.all_traces = true;
                self.stop = Some(Stop::Quit);
                LEAVE
            }
        }
    }

    /// The return address of the current goroutine's runtime call.
    fn call_pc(&self) -> u64 {
        self.mem.field(self.g().gp, g::SCHED_PC)
    }

    /// The current goroutine's function returned into goexit (or it called
    /// runtime.Goexit with no deferred call pending).
    fn goexit(&mut self) -> Result<(), Stop> {
        let i = self.sched.cur;
        if self.main == Some(i) {
            if self.next_entry < self.entries.len() {
                self.start_next_entry();
                return Ok(());
            }
            // main.main returned: the program exits.
            return Err(Stop::Exit(0));
        }
        let gp = self.g().gp;
        self.mem.set_field(gp, g::STATUS, Status::Dead as u64);
        if let Some(gs) = self.g_mut().stack.take() {
            gs.release(&self.mem, &mut self.cache);
        }
        self.sched.exit_cur();
        Ok(())
    }

    /// runtime.Goexit, once the deferred calls have run: the goroutine ends
    /// (main's too: the program goes on without it).
    pub(super) fn exit_goroutine(&mut self) -> Result<(), Stop> {
        if self.main == Some(self.sched.cur) {
            self.main = None;
        }
        self.goexit()
    }

    /// `go f(args)`: args = argument size, closure, argument bytes.
    fn newproc(&mut self, args: u64) -> Result<(), Stop> {
        let m = &self.mem;
        let w = 8;
        let size = m.read_word(args);
        let clo = m.read_word(args + w);
        let gopc = self.call_pc();
        self.spawn(clo, args + 2 * w, size, gopc)
    }

    /// A runtime timer fired (time.NewTimer, After, NewTicker, AfterFunc):
    /// the current time goes to its channel if that would not block (Go's
    /// sendTime drops it otherwise), or its func starts in a goroutine of
    /// its own (Go: goFunc).
    fn fire(&mut self, t: crate::sched::RtTimer) -> Result<(), Stop> {
        if t.c != 0 {
            // One slot for every fire: the send copies the value out at once.
            if self.time_slot == 0 {
                // time.Time's one pointer is its Location, word 4 (see
                // TIME_SIZE).
                self.time_slot =
                    self.heap
                        .alloc(TIME_SIZE, 8, &crate::heap::Layout::Word(1 << 4))?;
            }
            let v = self.time_slot;
            let (sec, nsec) = wall_clock();
            let m = &self.mem;
            // time.Now(): what time.go's Time holds (see TIME_SIZE).
            m.write_word(v, sec.wrapping_add(UNIX_TO_INTERNAL) as u64);
            m.write_bytes(v + 8, &nsec.to_le_bytes());
            m.write_word(v + 16, self.sched.nanotime() + 1);
            m.write_bytes(v + 24, &[1]);
            // A closed channel cannot take it: the tick is dropped, as
            // nothing is waiting to be told.
            let _ = chan::try_send(&mut self.chan_cx(), t.c, v);
        }
        if t.f != 0 {
            self.spawn(t.f, 0, 0, 0)?;
        }
        Ok(())
    }

    /// A new runnable goroutine calling closure `clo` with the `size`
    /// argument bytes at `args`; `gopc` is its `go` statement's return
    /// address (0 when the runtime starts it).
    ///
    /// A nil `clo` is what gc 1.19 does with it: without arguments, the
    /// throw `go of nil func value` (Go: newproc1); with arguments, gc has
    /// wrapped the call in a closure, so the goroutine starts and faults
    /// calling nil: here it starts in the sigpanic stub with that fault.
    fn spawn(&mut self, clo: u64, args: u64, size: u64, gopc: u64) -> Result<(), Stop> {
        if clo == 0 && size == 0 {
            return Err(Fatal::new("go of nil func value").into());
        }
        let w = 8;
        let argsize = size.div_ceil(w) * w;
        let room = self.cache.stack_min() / 2;
        if argsize > room {
            return Err(Fatal::new("runtime: go statement with too large arguments")
                .line(format!(
                    "runtime: newproc: {argsize} bytes of arguments, at most {room}"
                ))
                .into());
        }
        // Arguments of a few words fit a small first segment with room for
        // the function's frame; more take an ordinary one.
        let i = self.new_goroutine(gopc, argsize <= SMALL_ARGS)?;
        let m = &self.mem;
        let gp = self.gs[i].gp;
        let sp = m.field(gp, g::STACKBASE) - argsize - w;
        if size > 0 {
            m.copy(sp + w, args, size);
        }
        m.write_word(sp, self.goexit);
        m.set_field(gp, g::SCHED_SP, sp);
        let pc = if clo == 0 {
            // The stub "returns" into goexit: the fault's pc is there.
            self.gs[i].start_fault = Some(Fault {
                signo: libc::SIGSEGV,
                code: 1, // SEGV_MAPERR
                addr: 0,
                pc: self.goexit,
                sp: sp + w,
            });
            self.sigpanic
        } else {
            m.read_word(clo)
        };
        m.set_field(gp, g::SCHED_PC, pc);
        m.set_field(gp, g::SCHED_CTXT, clo);
        self.sched.ready(i);
        Ok(())
    }

    /// The scheduler's services (Service::is_sched).
    pub(super) fn sched_service(&mut self, s: Service, args: u64) -> Result<(), Stop> {
        let w = 8;
        let arg = |th: &Thread, i: u64| th.mem.read_word(args + i * w);
        match s {
            Service::Go => self.newproc(args),
            Service::GoExit => self.goexit(),
            Service::Preempt => {
                // A loop back-edge saw the marker: clear it, and yield with
                // g.sched at the back-edge (the trampoline saved it).
                let gp = self.g().gp;
                let guard = self.mem.field(gp, g::STACKGUARD);
                self.mem.set_field(gp, g::STACKGUARD0, guard);
                self.sched.yield_cur();
                Ok(())
            }
            Service::MakeChan => {
                let (size, desc, n) = (arg(self, 0), arg(self, 1), arg(self, 2) as i64);
                let c = chan::make(&mut self.chan_cx(), size, desc, n)?;
                self.mem.write_word(args + 3 * w, c);
                Ok(())
            }
            Service::ChanSend => {
                let (c, ep) = (arg(self, 0), arg(self, 1));
                chan::send(&mut self.chan_cx(), c, ep)
            }
            Service::ChanRecv => {
                let (c, ep) = (arg(self, 0), arg(self, 1));
                chan::recv(&mut self.chan_cx(), c, ep, args + 2 * w);
                Ok(())
            }
            Service::ChanClose => {
                let c = arg(self, 0);
                chan::close(&mut self.chan_cx(), c)
            }
            Service::Select => {
                let (n, block, cases) = (arg(self, 0), arg(self, 1) != 0, arg(self, 2));
                select::select(&mut self.chan_cx(), cases, n, block, args + 3 * w)
            }
            _ => Err(Fatal::new("runtime: not a scheduler service").into()),
        }
    }

    fn chan_cx(&mut self) -> ChanCx<'_, crate::mem::NativeMem> {
        ChanCx {
            mem: &self.mem,
            heap: &mut self.heap,
            sched: &mut self.sched,
        }
    }

    /// The scheduler's natives (NativeFn::is_sched).
    pub(super) fn sched_native(&mut self, n: NativeFn, args: u64) -> Result<(), Stop> {
        let m = &self.mem;
        let w = 8;
        let p = m.read_word(args);
        let sched = &mut self.sched;
        match n {
            // No collector yet; a collection is a point where other
            // goroutines run (Go's blocks the caller until it is done).
            NativeFn::RuntimeGosched | NativeFn::RuntimeGC => sched.yield_cur(),
            NativeFn::RuntimeNumGoroutine => m.write_word(args, sched.count() as u64),
            NativeFn::RuntimeGoexit => {
                if self.gs[self.sched.cur].defers.pending() {
                    return self.start_goexit();
                }
                return self.exit_goroutine();
            }
            NativeFn::TimeSleep => {
                let d = p as i64;
                if d > 0 {
                    sched.sleep(d as u64);
                }
            }
            NativeFn::TimeStartTimer => {
                // c, f, d (ns), period (ns); result: the timer's id.
                let (c, f) = (p, m.read_word(args + w));
                let d = (m.read_word(args + 2 * w) as i64).max(0) as u64;
                let period = (m.read_word(args + 3 * w) as i64).max(0) as u64;
                let id = sched.start_timer(c, f, d, period);
                m.write_word(args + 4 * w, id);
            }
            NativeFn::TimeStopTimer => {
                m.write_word(args + w, u64::from(sched.stop_timer(p)));
            }
            NativeFn::TimeNow => {
                // (sec int64, nsec int32, mono int64).
                let (sec, nsec) = wall_clock();
                m.write_word(args, sec as u64);
                m.write_bytes(args + 8, &nsec.to_le_bytes());
                m.write_word(args + 16, sched.nanotime());
            }
            NativeFn::MutexLock => sema::mutex_lock(m, sched, p),
            NativeFn::MutexTryLock => m.write_word(args + w, u64::from(sema::mutex_trylock(m, p))),
            NativeFn::MutexUnlock => sema::mutex_unlock(m, sched, p)?,
            NativeFn::RWMutexRLock => sema::rw_rlock(m, sched, p),
            NativeFn::RWMutexTryRLock => {
                m.write_word(args + w, u64::from(sema::rw_try_rlock(m, sched, p)))
            }
            NativeFn::RWMutexRUnlock => sema::rw_runlock(m, sched, p)?,
            NativeFn::RWMutexLock => sema::rw_lock(m, sched, p),
            NativeFn::RWMutexTryLock => m.write_word(args + w, u64::from(sema::rw_trylock(m, p))),
            NativeFn::RWMutexUnlock => sema::rw_unlock(m, sched, p)?,
            NativeFn::WaitGroupAdd => {
                let delta = m.read_word(args + w) as i64;
                sema::wg_add(m, sched, p, delta)?
            }
            NativeFn::WaitGroupWait => sema::wg_wait(m, sched, p),
            _ => return Err(Fatal::new("runtime: not a scheduler native").into()),
        }
        Ok(())
    }

    /// One goroutine's trace: `goroutine N [status]:`, its frames from
    /// `g.sched`, and `created by` for all but the main goroutine. Dead
    /// goroutines print nothing.
    pub(super) fn write_goroutine(
        &self,
        out: &mut String,
        unwind: &Unwind<'_, crate::mem::NativeMem>,
        i: GIdx,
        fatal: bool,
        level: u8,
    ) {
        let info = &self.sched.gs[i];
        if info.state == State::Dead {
            return;
        }
        let m = &self.mem;
        let gp = info.gp;
        let (pc, sp) = (m.field(gp, g::SCHED_PC), m.field(gp, g::SCHED_SP));
        let base = m.field(gp, g::STACKBASE);
        let word = match (info.state, m.field(gp, g::STATUS)) {
            (State::Running, 7) => Status::StackSplit.trace_word(),
            (State::Running, 8) => Status::StackUnsplit.trace_word(),
            (s, _) => s.word(),
        };
        out.push_str(&format!("\ngoroutine {} [{word}]:\n", info.goid));
        let sig = self.gs[i].sig.filter(|f| f.pc == pc);
        // Throws print `fp=` as Go 1.2's crash traces do. After a fault,
        // g.sched.pc is the faulting instruction, not a return address.
        let opts = FrameOpts {
            fp: fatal,
            fault_pc: sig.is_some() && info.state == State::Running,
            cwd: None,
            runtime: level >= 2,
        };
        let _ = unwind.write_frames(out, pc, sp, base, opts);
        if self.main != Some(i) && info.created_by != 0 {
            let _ = unwind.write_created_by(out, info.created_by, None);
        }
    }
}

/// The size of time.Time (stdlib/go/time/time.go), whose values the
/// runtime builds for timer channels: seconds since January 1, year 1
/// (int64, offset 0), nanoseconds (int32, 8), the monotonic reading plus
/// one (int64, 16), shown in the local zone (bool, 24), and another
/// Location (a pointer, 32), which stays nil here.
const TIME_SIZE: u64 = 40;

/// Seconds from January 1, year 1 to the Unix epoch (time.go:
/// unixToInternal).
const UNIX_TO_INTERNAL: i64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400;

/// The wall clock: seconds and nanoseconds since the Unix epoch.
fn wall_clock() -> (i64, i32) {
    let now = std::time::SystemTime::now();
    match now.duration_since(std::time::UNIX_EPOCH) {
        Ok(d) => (d.as_secs() as i64, d.subsec_nanos() as i32),
        Err(e) => {
            // Before 1970: negative seconds, nanoseconds kept in [0, 1e9).
            let d = e.duration();
            let (s, n) = (-(d.as_secs() as i64), d.subsec_nanos() as i32);
            if n == 0 {
                (s, 0)
            } else {
                (s - 1, 1_000_000_000 - n)
            }
        }
    }
}
