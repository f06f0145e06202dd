//! The native executor: runs amd64 code on the host, every goroutine on
//! the calling thread (DESIGN §6, §7; the switching is exec/native/proc.rs).
//!
//! ```text
//!   executor (Rust, system stack)          goroutine (JIT code, segments)
//!   run ──► enter stub: push callee-saved,
//!           M.sys_sp = rsp, r14 = g, gogo ──► main.main ...
//!                                               prologue check fails
//!           rt_morestack ◄── switch to sys_sp ◄─ morestack stub
//!             newstack: Stktop, args copied
//!           RESUME: gogo(g.sched) ───────────► function start, new segment
//!                                               ...returns into lessstack
//!           rt_lessstack ◄── switch ◄──────────  lessstack stub
//!             oldstack: results copied back
//!           RESUME: gogo(g.sched) ───────────► caller, after its call
//!           rt_service ◄─── switch ◄───────────  trampoline (print, new, ...)
//!           RESUME / LEAVE
//!           RESUME another G: gogo(its g.sched) ► a goroutine the scheduler
//!                                               picked (the caller parked)
//!   run ◄── leave stub: pop, ret ◄─────────────  LEAVE (main returned, exit,
//!                                               panic, throw, deadlock)
//! ```
//!
//! The thread's own stack is the system stack: the enter stub records it,
//! and every runtime entry runs below that point, never on a segment.
//! Goroutine 1 runs each init function and then `main.main` in turn, as
//! calls returning into the goexit stub; other goroutines start the same
//! way from `go` statements. sysmon (sched/sysmon.rs) runs beside, on its
//! own thread, and only ever stores the preemption marker.
//!
//! Faults (runtime/src/signals/): while the goroutine runs, the thread's
//! [`signals::Guest`] is registered. A fault in a Go function continues in
//! the sigpanic stub (`mov eax, SIGPANIC; jmp trampoline`), which arrives
//! in [`rt_service`] as the reserved number [`super::SIGPANIC`] with
//! `g.sched` = {pc: the faulting instruction, sp: the faulting frame's SP}:
//! the trace starts at the faulting frame. A fault anywhere else is printed
//! by the handler itself.
//!
//! This file holds the thread's state ([`Thread`], its host record `M`, each
//! goroutine's part) and the splits' handling; beside it: `entry.rs` (what
//! the JIT hands over, the entry points the stubs call), `run.rs` (running
//! a program to its exit status), `debugvars.rs` (SPLITGO_DEBUG,
//! GOTRACEBACK), `proc.rs` (goroutines and their switches), `defer.rs`
//! (defer, panic, recover), `gocall.rs` (the runtime calling Go) and
//! `stackinfo.rs` (the stack as the program sees it).
#![deny(clippy::undocumented_unsafe_blocks)]

mod debugvars;
mod defer;
mod entry;
mod gocall;
mod heapcheck;
mod mapcheck;
mod proc;
mod run;
mod stackinfo;
mod stackscan;

pub use entry::{entry_points, EntryPoints, Image};
pub use run::run;

use debugvars::{debug_flag, traceback_all, traceback_level};

use std::cell::Cell;

use crate::abi::{g, stktop, Status, Word, STACK_GUARD};
use crate::arch::{Arch, RewindError};
use crate::functab::FuncTab;
use crate::g::GRecord;
use crate::heap::Heap;
use crate::hmap::Maps;
use crate::mem::{Mem, NativeMem};
use crate::print::Output;
use crate::sched::{GIdx, Sched};
use crate::services::{self, NativeFn, Service, ServiceCtx, Stop};
use crate::signals::{self, Fault};
use crate::stack::{
    newstack, oldstack, GStack, NewStack, Placement, SplitAbi, SplitCtx, SplitRequest, StackCache,
    StackConfig,
};
use crate::throw::Fatal;
use crate::traceback::Unwind;

use super::{resume, LEAVE};

/// The thread's host record. `repr(C)` with `sys_sp` first: the stubs
/// read and write it at word [`super::m::SYS_SP`].
#[repr(C)]
struct M {
    sys_sp: u64,
    fast_splits: u64,
    fast_unsplits: u64,
    th: Thread,
}

const _: () = assert!(super::m::SYS_SP == 0);
const _: () = assert!(super::m::FAST_SPLITS == 1 && super::m::FAST_UNSPLITS == 2);

/// Everything the runtime entries need, reached from G's HOST word.
struct Thread {
    mem: NativeMem,
    cfg: StackConfig,
    cache: StackCache,
    /// Every goroutine's executor-side state, indexed as `sched.gs`.
    gs: Vec<Goroutine>,
    /// Run queue, timers and wait queues (runtime/src/sched/).
    sched: Sched,
    /// The goroutine running main: it runs the initializers and then
    /// `main.main`; None after it called runtime.Goexit.
    main: Option<GIdx>,
    /// Package initializers in order, then `main.main`, and how many the
    /// main goroutine has started.
    entries: Vec<u64>,
    next_entry: usize,
    /// Stubs the executor points goroutines at.
    goexit: u64,
    deferret: u64,
    callret: u64,
    sigpanic: u64,
    /// The signal handler's view of which G runs (signals::Guest).
    guest_g: *const Cell<u64>,
    heap: Heap,
    maps: Maps,
    /// Itabs built at run time (itab.rs).
    itabs: crate::itab::Itabs,
    /// The descriptors run-time errors panic with (Image::runtime_errors).
    runtime_errors: Vec<u64>,
    out: Output,
    abi: SplitAbi,
    /// The code's address range, for the rewind's reads.
    code: (u64, u64),
    /// Why the goroutine left, when it did not simply return.
    stop: Option<Stop>,
    /// SPLITGO_DEBUG=badsplit=1 (DESIGN §8): mishandle splits.
    badsplit: bool,
    /// SPLITGO_DEBUG=stackmaps: check the stack maps at every service
    /// call (exec/native/mapcheck.rs).
    check_maps: bool,
    /// Service calls checked so far (exec/native/mapcheck.rs).
    map_checks: u64,
    /// The globals' pointer words (the image's).
    global_roots: crate::roots::GlobalRoots,
    /// SPLITGO_DEBUG=heapmaps: check the heap's pointer bitmap every few
    /// service calls (exec/native/heapcheck.rs), and the calls since the
    /// last check.
    check_heap: bool,
    heap_check_calls: u64,
    functab: FuncTab,
    /// SPLITGO_DEBUG=oldstackfault=1 (DESIGN §8): fault inside oldstack.
    oldstackfault: bool,
    /// Print every goroutine when the program stops (a deadlock, SIGQUIT).
    all_traces: bool,
    /// The address of the host record (every G's HOST word).
    host: u64,
    /// Where a firing timer's time value is built (exec/native/proc.rs: fire).
    time_slot: u64,
    /// Package fmt's helper that calls Format methods, as its init
    /// registered it (fmt.setFormatHook); 0 before.
    format_hook: u64,
}

/// What belongs to one goroutine rather than to the program, besides what
/// the scheduler keeps ([`crate::sched::GInfo`]).
struct Goroutine {
    /// Owns the G record at `gp` (kept while the slot is reused).
    _rec: GRecord,
    gp: u64,
    /// Its segments; None once released at exit.
    stack: Option<GStack>,
    /// The defer chain and panics (exec/native/defer.rs): per goroutine, as in Go.
    defers: defer::Defers,
    /// The fault behind the current panic or throw, if a signal caused
    /// it: its `[signal ...]` line follows the message.
    sig: Option<Fault>,
    /// The fault a goroutine started on a nil func value with arguments
    /// takes when it first runs, in the sigpanic stub (exec/native/proc.rs: spawn).
    start_fault: Option<Fault>,
}

impl Thread {
    /// A service that only reads and writes memory (services.rs).
    fn plain_service(&mut self, id: u32, args: u64) -> Result<(), Stop> {
        let mut cx = self.service_ctx();
        services::call(&mut cx, id, args)
    }

    /// What services.rs works with: memory, heap, maps, output, settings.
    fn service_ctx(&mut self) -> ServiceCtx<'_, NativeMem> {
        ServiceCtx {
            mem: &self.mem,
            heap: &mut self.heap,
            maps: &mut self.maps,
            out: &mut self.out,
            cfg: &self.cfg,
            itabs: &mut self.itabs,
        }
    }

    /// What an entry answers the stub: the current goroutine if it still
    /// runs, else the next one the scheduler picks; LEAVE when the program
    /// stops.
    fn answer(&mut self, r: Result<(), Stop>) -> u64 {
        match r {
            Err(stop) => {
                self.stop = Some(stop);
                LEAVE
            }
            Ok(()) if self.sched.cur_running() => resume(self.sched.cur_info().gp),
            Ok(()) => self.schedule(),
        }
    }

    /// The running goroutine's executor-side state.
    fn g(&self) -> &Goroutine {
        &self.gs[self.sched.cur]
    }

    fn g_mut(&mut self) -> &mut Goroutine {
        &mut self.gs[self.sched.cur]
    }

    /// What newstack, oldstack and unwindstack work on: this thread's
    /// memory, ABI and settings, its segment cache, and the running
    /// goroutine's segments.
    fn split_parts(&mut self) -> (SplitCtx<'_, NativeMem>, &mut StackCache, &mut GStack) {
        let cx = SplitCtx {
            mem: &self.mem,
            abi: self.abi,
            cfg: &self.cfg,
        };
        let gs = self.gs[self.sched.cur]
            .stack
            .as_mut()
            .expect("a running goroutine has a stack");
        (cx, &mut self.cache, gs)
    }

    /// After the morestack stub: rewind, newstack, and leave in `g.sched`
    /// where the goroutine continues (Go 1.2: runtime·newstack's caller).
    fn morestack(&mut self) -> Result<(), Stop> {
        let gp = self.g().gp;
        let pc = self.mem.field(gp, g::SCHED_PC);
        let start = self.rewind(pc)?;
        let req = SplitRequest::from_g(&self.mem, gp, start);
        let (cx, cache, gs) = self.split_parts();
        let next = match newstack(&cx, cache, gs, &req)? {
            NewStack::Grow(grow) => {
                if self.badsplit {
                    // SPLITGO_DEBUG=badsplit=1: record the new segment as
                    // ending above the SP the function restarts with, as
                    // if the split had left its frame no room. The
                    // re-executed prologue fails its check at once and
                    // newstack's double-check throws `split stack
                    // overflow` before anything is written out of bounds.
                    let guard = grow.sp + 16 + STACK_GUARD;
                    self.mem.set_field(gp, g::STACK0, guard - STACK_GUARD);
                    self.mem.set_field(gp, g::STACKGUARD, guard);
                    self.mem.set_field(gp, g::STACKGUARD0, guard);
                }
                crate::stack::Gobuf {
                    pc: grow.pc,
                    sp: grow.sp,
                    lr: 0,
                    ctxt: grow.ctxt,
                }
            }
            // Asked to yield: it goes to the back of the run queue, to
            // start its function again (on its own stack) when it next runs.
            NewStack::Preempted { resume } => {
                self.sched.yield_cur();
                resume
            }
        };
        let m = &self.mem;
        m.set_field(gp, g::SCHED_PC, next.pc);
        m.set_field(gp, g::SCHED_SP, next.sp);
        m.set_field(gp, g::SCHED_CTXT, next.ctxt);
        Ok(())
    }

    /// After runtime/debug.SetMaxStack: every goroutine's room under the
    /// new limit, as the stubs' fast path reads it from its G.
    fn republish_stacks(&mut self) {
        for gx in &mut self.gs {
            if let Some(gs) = gx.stack.as_mut() {
                gs.sync(&self.mem);
                gs.publish(&self.mem, &self.cfg);
            }
        }
    }

    /// The function start that the `jmp` at the return address `pc` of a
    /// prologue's morestack call leads to.
    fn rewind(&self, pc: u64) -> Result<u64, Stop> {
        let (lo, hi) = self.code;
        let n = Arch::Amd64.rewind_len() as u64;
        if pc < lo || pc >= hi {
            return Err(Fatal::from(RewindError::new(Arch::Amd64, pc, &[])).into());
        }
        let len = n.min(hi - pc) as usize;
        let mut buf = [0u8; RewindError::MAX_BYTES];
        let bytes = &mut buf[..len.min(RewindError::MAX_BYTES)];
        self.mem.read_bytes(pc, bytes);
        Ok(Arch::Amd64
            .rewind_morestack(bytes, pc)
            .map_err(Fatal::from)?)
    }

    /// The sigpanic stub's call: the fault the handler recorded becomes a
    /// Go panic (Go 1.2: runtime·sigpanic), which deferred calls may
    /// recover like any run-time error (exec/native/defer.rs), or the `fault`
    /// throw. The panic site is the faulting instruction (g.sched).
    fn sigpanic(&mut self) -> Result<(), Stop> {
        let start = self.g_mut().start_fault.take();
        let Some(f) = start.or_else(signals::take_fault) else {
            return Err(Fatal::new("runtime: sigpanic without a fault").into());
        };
        self.g_mut().sig = Some(f);
        match signals::panic_error(&f) {
            Ok(msg) => self.runtime_panic(msg.into()),
            Err(fatal) => Err(fatal.into()),
        }
    }

    /// After the lessstack stub: oldstack, which leaves the caller's state
    /// in `g.sched`.
    fn lessstack(&mut self) -> Result<(), Stop> {
        if self.oldstackfault {
            // SPLITGO_DEBUG=oldstackfault=1: do what oldstack does before
            // it copies the results back (status, g.sched at the caller on
            // the segment below), then fault inside the runtime. The
            // handler prints the crash from g.sched and exits.
            let (m, gp) = (&self.mem, self.g().gp);
            let top = m.field(gp, g::STACKBASE);
            m.set_field(gp, g::STATUS, Status::StackUnsplit as u64);
            m.set_field(gp, g::SCHED_PC, m.field(top, stktop::GOBUF_PC));
            m.set_field(gp, g::SCHED_SP, m.field(top, stktop::GOBUF_SP));
            signals::debug_fault();
        }
        let (cx, cache, gs) = self.split_parts();
        oldstack(&cx, cache, gs)?;
        Ok(())
    }
}
