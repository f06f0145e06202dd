//! The executor's entry points: what the JIT hands it ([`Image`]), and
//! the Rust functions the stubs call on the system stack
//! ([`EntryPoints`]: newstack, oldstack, a service or native), each
//! reaching the thread's state through G's HOST word.

use super::*;

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
    /// Where deferred calls run by a panic return (exec/native/defer.rs).
    pub deferret: u64,
    /// Where Go functions called by the runtime return (exec/native/gocall.rs).
    pub callret: u64,
    /// The sigpanic stub: `mov eax, SIGPANIC; jmp trampoline`, where the
    /// signal handler sends a goroutine that faulted in Go code.
    pub sigpanic: u64,
    /// Package initializers in order, then `main.main`.
    pub entries: &'a [u64],
    pub functab: &'a FuncTab,
    /// The globals' pointer words.
    pub global_roots: &'a crate::roots::GlobalRoots,
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

/// The host record of the goroutine `gp`.
///
/// # Safety
///
/// `gp` must be the G the executor created, whose HOST word points at its
/// live `M`, and no other reference to that `M` may be in use: the
/// executor holds only a raw pointer while the goroutine runs, and the
/// stubs call one entry at a time.
pub(super) unsafe fn host<'a>(gp: u64) -> &'a mut M {
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
    if th.check_maps && id != super::super::SIGPANIC {
        if let Err(f) = th.check_stack_maps() {
            return th.answer(Err(f.into()));
        }
    }
    if th.check_heap && id != super::super::SIGPANIC {
        if let Err(f) = th.check_heap_maps() {
            return th.answer(Err(f.into()));
        }
    }
    let r = if id == super::super::SIGPANIC {
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
