//! The native executor: runs amd64 code on the host, every goroutine on
//! the calling thread (DESIGN §6, §7; the switching is exec/proc.rs).
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
#![deny(clippy::undocumented_unsafe_blocks)]

#[path = "defer.rs"]
mod defer;
#[path = "gocall.rs"]
mod gocall;
#[path = "proc.rs"]
mod proc;
#[path = "stackinfo.rs"]
mod stackinfo;

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

/// What the JIT hands the executor: its code, mapped executable at the
/// address of `code`, and where things are in it.
pub struct Image<'a> {
    /// The code buffer as mapped (readable: the rewind decodes from it).
    pub code: &'a [u8],
    /// The stubs: `enter` (`extern "C" fn(g, m) -> u64`), `goexit`,
    /// `lessstack`.
    pub enter: u64,
    pub goexit: u64,
    pub lessstack: u64,
    /// Where deferred calls run by a panic return (exec/defer.rs).
    pub deferret: u64,
    /// Where Go functions called by the runtime return (exec/gocall.rs).
    pub callret: u64,
    /// The sigpanic stub: `mov eax, SIGPANIC; jmp trampoline`, where the
    /// signal handler sends a goroutine that faulted in Go code.
    pub sigpanic: u64,
    /// Package initializers in order, then `main.main`.
    pub entries: &'a [u64],
    pub functab: &'a FuncTab,
    /// The address of the global `os.Args` (a `[]string`), if the program
    /// has one: set before the first initializer runs.
    pub os_args: Option<u64>,
    /// The program's descriptors of run-time errors (with their Error and
    /// RuntimeError methods), by [`crate::typedesc::RuntimeErrorType`];
    /// empty for the runtime's own, without methods.
    pub runtime_errors: &'a [u64],
}

/// Addresses of the Rust functions the stubs call (System V ABI).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntryPoints {
    /// `extern "C" fn(g) -> u64`: newstack after the morestack stub saved
    /// the state in G.
    pub morestack: u64,
    /// `extern "C" fn(g) -> u64`: oldstack after lessstack.
    pub lessstack: u64,
    /// `extern "C" fn(g, id: u32, args) -> u64`: a service or native.
    pub service: u64,
}

pub fn entry_points() -> EntryPoints {
    EntryPoints {
        morestack: rt_morestack as *const () as usize as u64,
        lessstack: rt_lessstack as *const () as usize as u64,
        service: rt_service as *const () as usize as u64,
    }
}

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
    functab: FuncTab,
    /// SPLITGO_DEBUG=oldstackfault=1 (DESIGN §8): fault inside oldstack.
    oldstackfault: bool,
    /// Print every goroutine when the program stops (a deadlock, SIGQUIT).
    all_traces: bool,
    /// The address of the host record (every G's HOST word).
    host: u64,
    /// Where a firing timer's time value is built (exec/proc.rs: fire).
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
    /// The defer chain and panics (exec/defer.rs): per goroutine, as in Go.
    defers: defer::Defers,
    /// The fault behind the current panic or throw, if a signal caused
    /// it: its `[signal ...]` line follows the message.
    sig: Option<Fault>,
    /// The fault a goroutine started on a nil func value with arguments
    /// takes when it first runs, in the sigpanic stub (exec/proc.rs: spawn).
    start_fault: Option<Fault>,
}

/// The host record of the goroutine `gp`.
///
/// # Safety
///
/// `gp` must be the G the executor created, whose HOST word points at its
/// live `M`, and no other reference to that `M` may be in use: the
/// executor holds only a raw pointer while the goroutine runs, and the
/// stubs call one entry at a time.
unsafe fn host<'a>(gp: u64) -> &'a mut M {
    // SAFETY: the caller guarantees gp is our G (8-byte words, mapped).
    let m = unsafe { NativeMem::new(Word::W8) }.field(gp, g::HOST);
    // SAFETY: HOST was set to a live, exclusively reachable Box<M> (above).
    unsafe { &mut *std::ptr::with_exposed_provenance_mut::<M>(m as usize) }
}

extern "C" fn rt_morestack(gp: u64) -> u64 {
    // SAFETY: called only by the morestack stub with r14 = our G, while
    // the executor is inside `enter` holding no reference to M.
    let m = unsafe { host(gp) };
    let r = m.th.morestack();
    m.th.answer(r)
}

extern "C" fn rt_lessstack(gp: u64) -> u64 {
    // SAFETY: as rt_morestack, from the lessstack stub.
    let m = unsafe { host(gp) };
    let r = m.th.lessstack();
    m.th.answer(r)
}

extern "C" fn rt_service(gp: u64, id: u32, args: u64) -> u64 {
    // SAFETY: as rt_morestack, from the runtime-call trampoline.
    let m = unsafe { host(gp) };
    let th = &mut m.th;
    // Services that report a run-time error as Stop::Panic: it becomes a
    // panic the program may recover.
    let raise = |th: &mut Thread, r: Result<(), Stop>| match r {
        Err(Stop::Panic(msg)) => th.runtime_panic(msg),
        r => r,
    };
    let r = if id == super::SIGPANIC {
        th.sigpanic()
    } else if let Some(s) = Service::from_id(id) {
        if s.is_executor() || s == Service::Panic {
            th.defer_service(s, args)
        } else if s.is_sched() {
            let r = th.sched_service(s, args);
            raise(th, r)
        } else {
            let r = th.plain_service(id, args);
            raise(th, r)
        }
    } else {
        let r = match NativeFn::from_id(id) {
            Some(n) if n.is_sched() => th.sched_native(n, args),
            Some(n) if n.is_stack() => th.stack_native(n, args),
            Some(n) if services::is_fmt(n) => th.fmt_native(n, args, Vec::new()),
            Some(NativeFn::FmtSetFormatHook) => {
                th.format_hook = th.mem.read_word(args);
                Ok(())
            }
            Some(NativeFn::DebugSetMaxStack) => {
                let r = th.plain_service(id, args);
                th.republish_stacks();
                r
            }
            _ => th.plain_service(id, args),
        };
        raise(th, r)
    };
    th.answer(r)
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
    /// recover like any run-time error (exec/defer.rs), or the `fault`
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

/// Debug settings read from `SPLITGO_DEBUG` (comma-separated `name` or
/// `name=value`).
fn debug_flag(name: &str) -> bool {
    std::env::var("SPLITGO_DEBUG").is_ok_and(|v| {
        v.split(',').any(|item| match item.split_once('=') {
            Some((k, val)) => k == name && val != "0",
            None => item == name,
        })
    })
}

/// Runs the program of `image` (with `args` as os.Args, the program's
/// name first) and returns its exit status: 0, os.Exit's code, or 2 after
/// a panic or a fatal error. Everything the program wrote is flushed
/// before anything of the runtime's is printed.
pub fn run(image: &Image<'_>, args: &[String]) -> i32 {
    let mut cfg = StackConfig::from_env(Word::W8);
    let badsplit = debug_flag("badsplit");
    let oldstackfault = debug_flag("oldstackfault");
    // These modes act inside newstack and oldstack: every crossing must
    // reach them. slowsplit turns the stubs' fast path off to measure it.
    cfg.fast_split = !(badsplit || oldstackfault || debug_flag("slowsplit"));
    crate::goroot::capture();
    // Segments grow in place before they split (stack/segment.rs:
    // EXTEND_TO), unless a debug mode wants every split, or the address
    // space is limited (ulimit -v): the room is reserved up front.
    let extend = !(badsplit || oldstackfault || debug_flag("noextend"))
        && crate::sysmem::address_space_unlimited();
    let extend_to = if extend { crate::stack::EXTEND_TO } else { 0 };
    // Goroutines of `go` statements start on 2 KiB pieces of shared slabs
    // (stack/segment.rs: SMALL_FIRST), unless SPLITGO_STACKMIN asks for
    // first segments of its size, or a debug mode for the split machinery
    // is on.
    let small = std::env::var_os("SPLITGO_STACKMIN").is_none()
        && !(badsplit || oldstackfault || debug_flag("nosmallfirst"));
    let cache = StackCache::new(cfg.stack_min, Placement::Anywhere)
        .with_extend_to(extend_to)
        .with_small_first(small);
    // SAFETY: the runtime accesses only its G records, stack segments
    // mapped by its cache, heap chunks and the program's own memory
    // (globals, data), all mapped read-write for the whole run; the code is
    // read only through `rewind`, within the code range.
    let mem = unsafe { NativeMem::new(Word::W8) };
    let code_lo = image.code.as_ptr().expose_provenance() as u64;
    let abi = SplitAbi {
        ret_addr_slot: true,
        sp_align: 8,
        lessstack_pc: image.lessstack,
    };
    let m = Box::new(M {
        sys_sp: 0,
        fast_splits: 0,
        fast_unsplits: 0,
        th: Thread {
            mem,
            cfg,
            cache,
            gs: Vec::new(),
            sched: Sched::new(),
            main: None,
            entries: image.entries.to_vec(),
            next_entry: 0,
            goexit: image.goexit,
            deferret: image.deferret,
            callret: image.callret,
            sigpanic: image.sigpanic,
            guest_g: std::ptr::null(),
            heap: Heap::new(),
            maps: Maps::new(),
            itabs: crate::itab::Itabs::default(),
            runtime_errors: image.runtime_errors.to_vec(),
            out: Output::new(),
            abi,
            code: (code_lo, code_lo + image.code.len() as u64),
            stop: None,
            badsplit,
            functab: image.functab.clone(),
            oldstackfault,
            all_traces: false,
            host: 0,
            time_slot: 0,
            format_hook: 0,
        },
    });
    let mp: *mut M = Box::into_raw(m);
    // SAFETY: mp comes from Box::into_raw above and is freed only at the
    // end of this function; no other reference exists while this one is.
    let th = unsafe { &mut (*mp).th };
    th.host = mp.expose_provenance() as u64;
    // The main goroutine, ready to run the first initializer.
    let main = match th.new_goroutine(0, false) {
        Ok(i) => i,
        Err(stop) => {
            th.stop = Some(stop);
            0
        }
    };
    th.main = Some(main);
    if th.stop.is_none() {
        th.start_next_entry();
        th.sched.queue(main);
    }
    let gp = th.gs.first().map_or(0, |g| g.gp);
    // Faults while the goroutine runs (runtime/src/signals/): the
    // handlers, a signal stack for this thread, and what the handler
    // needs to know, prepared now so that it only reads.
    let handlers = signals::Handlers::install();
    // Without our own signal stack the handler runs on whatever stack
    // this thread had, if any: worse reports, still correct panics.
    let altstack = signals::AltStack::new().ok();
    let guest = Box::new(signals::Guest {
        // SAFETY: as `mem` above.
        mem: unsafe { NativeMem::new(Word::W8) },
        functab: image.functab,
        lessstack: image.lessstack,
        goexit: image.goexit,
        sigpanic: image.sigpanic,
        g: Cell::new(gp),
        // SAFETY: mp is live (Box::into_raw above) until after `guest`
        // is dropped; the handler reads through this only while it runs.
        out: unsafe { std::ptr::addr_of_mut!((*mp).th.out) },
        cwd: std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        traceback: traceback_level(),
        running: Cell::new(false),
        fault: Cell::new(None),
    });
    th.guest_g = &guest.g;
    let registered = guest.register();
    let quit = signals::quit::Quit::install();
    let kill = signals::kill::Kill::install();
    if let Some(at) = image.os_args {
        if let Err(f) = set_os_args(th, at, args) {
            th.stop = Some(f.into());
        }
    }
    // SAFETY: G records live in `th.gs` until after sysmon is stopped
    // below; they are never freed while the program runs (a dead
    // goroutine's record is reused).
    let sysmon = unsafe {
        crate::sched::sysmon::Sysmon::start(
            std::sync::Arc::clone(&th.sched.shared),
            crate::abi::stack_preempt(Word::W8),
        )
    };

    // SAFETY: `image.enter` is the enter stub of the JIT's code, mapped
    // executable for the life of `image`; it follows the System V ABI as
    // `extern "C" fn(g, m) -> u64` (jit/src/x64/stubs.rs).
    let enter: extern "C" fn(u64, u64) -> u64 = unsafe {
        std::mem::transmute::<usize, extern "C" fn(u64, u64) -> u64>(image.enter as usize)
    };
    if th.stop.is_none() {
        let first = th.schedule();
        if first != LEAVE {
            guest.running.set(true);
            // Runs every goroutine until the program stops: each switch
            // happens inside, on the way back from a runtime entry.
            enter(first, mp.expose_provenance() as u64);
            guest.running.set(false);
        }
    }
    drop(sysmon);
    drop(quit);
    drop(kill);
    // A SIGHUP, SIGINT or SIGTERM that arrived as the program stopped
    // for another reason still ends it (gc would have died at once).
    if let Some(signo) = signals::kill::pending() {
        // SAFETY: no goroutine runs any more; mp is live until below.
        unsafe { (*mp).th.stop = Some(Stop::Signal(signo)) };
    }
    drop(registered);
    drop(guest);
    drop(altstack);
    drop(handlers);

    // SAFETY: no goroutine runs any more; this is the last use of mp.
    let m = unsafe { Box::from_raw(mp) };
    let (fast_splits, fast_unsplits) = (m.fast_splits, m.fast_unsplits);
    let mut th = m.th;
    th.guest_g = std::ptr::null();
    th.out.flush();
    let code = finish(&mut th, image);
    if debug_flag("stackstats") {
        // The stubs' crossings are splits and unsplits on the spare like
        // the runtime's own: the totals count both.
        let mut stats = th.cache.stats;
        stats.fast_splits = fast_splits;
        stats.fast_unsplits = fast_unsplits;
        stats.splits += fast_splits;
        stats.unsplits += fast_unsplits;
        stats.spare_hits += fast_splits;
        eprintln!("{stats}");
    }
    // The process ends when this returns (src/run.rs): the kernel takes
    // every segment back at once, where unmapping them one by one was half
    // of bench/programs/park100k.go's time (100 000 parked goroutines).
    for g in &mut th.gs {
        if let Some(gs) = g.stack.take() {
            std::mem::forget(gs);
        }
    }
    std::mem::forget(std::mem::replace(
        &mut th.cache,
        StackCache::new(th.cfg.stack_min, Placement::Anywhere),
    ));
    code
}

/// Prints why the program stopped, if it did not simply return, and says
/// with which status it exits.
fn finish(th: &mut Thread, image: &Image<'_>) -> i32 {
    let mut text = String::new();
    let fatal = match th.stop.take() {
        None => return 0,
        Some(Stop::Exit(code)) => return code,
        Some(Stop::Signal(signo)) => {
            // run() flushed the output: die as gc would have at once.
            th.out.flush();
            signals::kill::die_from_signal(signo)
        }
        Some(Stop::Panic(msg)) => {
            text.push_str(&format!("panic: {msg}\n"));
            false
        }
        Some(Stop::Fatal(f)) => {
            text.push_str(&f.render());
            true
        }
        Some(Stop::Quit) => {
            let pc = th.mem.field(th.g().gp, g::SCHED_PC);
            text.push_str(&format!("SIGQUIT: quit\nPC={pc:#x}\n"));
            false
        }
        Some(Stop::Breakpoint) => {
            // gc's int3 in runtime.breakpoint: SIGTRAP with the kernel's
            // si_code (SI_KERNEL), then every goroutine as after a throw.
            let pc = th.mem.field(th.g().gp, g::SCHED_PC);
            text.push_str(&format!(
                "SIGTRAP: trace trap\nPC={pc:#x} m=0 sigcode=128\n"
            ));
            true
        }
    };
    let unwind = Unwind {
        mem: &th.mem,
        functab: image.functab,
        lessstack: image.lessstack,
        goexit: image.goexit,
    };
    let level = traceback_level();
    let cur = th.sched.cur;
    let running = th.sched.cur_running();
    if running {
        // The signal line when the fault is what the trace starts at (the
        // site of the newest panic, or of the throw): not after a
        // recovered fault and a later, unrelated panic.
        let pc = th.mem.field(th.g().gp, g::SCHED_PC);
        if let Some(f) = th.g().sig.filter(|f| f.pc == pc) {
            text.push_str(&format!("{}\n", signals::signal_line(&f)));
        }
    }
    if level > 0 {
        // The goroutine that stopped the program first, then, after a throw
        // (or with GOTRACEBACK=all or more), every other one (Go:
        // tracebackothers).
        let others = fatal || traceback_all() || th.all_traces;
        let order = std::iter::once(cur)
            .filter(|_| running)
            .chain((0..th.gs.len()).filter(|&i| others && !(running && i == cur)));
        for i in order {
            th.write_goroutine(&mut text, &unwind, i, fatal, level);
            // One goroutine at a time into the buffered stderr: a throw
            // with a million goroutines (out of memory) must not need
            // memory for all their traces at once.
            th.out.stderr(text.as_bytes());
            text.clear();
        }
    }
    th.out.stderr(text.as_bytes());
    th.out.flush();
    2
}

/// GOTRACEBACK as Go reads it: `none` (0) prints no goroutine traces;
/// the default (`single`) and `all` (1) print Go frames; `system` (2, or
/// more) and `crash` add the runtime's own frames. See [`traceback_all`].
fn traceback_level() -> u8 {
    let set = crate::debugvars::traceback().map_or(0, |(l, _)| l);
    set.max(env_traceback_level())
}

/// GOTRACEBACK's level alone.
fn env_traceback_level() -> u8 {
    match std::env::var("GOTRACEBACK").as_deref() {
        Ok("none") => 0,
        Ok("single") | Ok("all") => 1,
        Ok("system") | Ok("crash") => 2,
        Ok(n) => n.parse::<u8>().map_or(1, |n| n.min(2)),
        Err(_) => 1,
    }
}

/// Whether GOTRACEBACK asks for every goroutine on a panic, not only the
/// panicking one (`all`, `system`, `crash`, or a number from 1); throws
/// print every goroutine anyway.
fn traceback_all() -> bool {
    crate::debugvars::traceback().is_some_and(|(_, all)| all) || env_traceback_all()
}

/// GOTRACEBACK's `all` alone.
fn env_traceback_all() -> bool {
    match std::env::var("GOTRACEBACK").as_deref() {
        Ok("all") | Ok("system") | Ok("crash") => true,
        Ok(n) => n.parse::<u8>().is_ok_and(|n| n >= 1),
        Err(_) => false,
    }
}

/// Stores `args` as os.Args (a `[]string`) at `at`.
fn set_os_args(th: &mut Thread, at: u64, args: &[String]) -> Result<(), Fatal> {
    let m = &th.mem;
    let arr = th.heap.alloc(16 * args.len() as u64, 8)?;
    for (i, a) in args.iter().enumerate() {
        let p = th.heap.alloc(a.len() as u64, 1)?;
        m.write_bytes(p, a.as_bytes());
        m.write_word(arr + 16 * i as u64, p);
        m.write_word(arr + 16 * i as u64 + 8, a.len() as u64);
    }
    m.write_word(at, arr);
    m.write_word(at + 8, args.len() as u64);
    m.write_word(at + 16, args.len() as u64);
    Ok(())
}
