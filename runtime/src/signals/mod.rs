//! Faults as Go sees them (DESIGN §6, §8; Go 1.2: src/pkg/runtime/
//! signal_unix.c, signal_amd64.c, panic.c's sigpanic). This file is the
//! portable part: the signal table (one row per signal), the decision
//! (is the faulting pc in generated code of the running goroutine), Go's
//! sigpanic messages and the crash printer. [`unix`] holds sigaction,
//! sigaltstack and the ucontext access.
//!
//! A fault while a goroutine runs on this thread ends one of three ways:
//!
//! ```text
//!   pc in a Go function of the code image, r14 = g, room on its stack
//!       -> the handler pushes pc as a return address and sets the pc to
//!          the sigpanic stub: the goroutine "calls" sigpanic, which goes
//!          through the runtime-call trampoline to rt_service, which
//!          panics:  panic: runtime error: invalid memory address or nil
//!          pointer dereference / [signal SIGSEGV: segmentation violation
//!          code=0x1 addr=0x0 pc=0x...]
//!   pc anywhere else (a stub, the runtime's Rust code)
//!       -> the handler flushes the program's output and prints, without
//!          allocating: `SIGSEGV: segmentation violation`, `PC=0x..`, the
//!          goroutine's trace from g.sched (with `fp=`), the registers;
//!          exit status 2
//!   no goroutine running on this thread, or a signal we do not own
//!       -> the handler that was installed before ours
//! ```
//!
//! The handler never allocates or locks (STYLE habit 8): everything it
//! reads was prepared by [`Guest::register`] before the goroutine ran.

use std::cell::Cell;
use std::fmt;

use crate::abi::{g, stktop, Status};
use crate::arch::Arch;
use crate::functab::FuncTab;
use crate::mem::Mem;
use crate::print::Output;
use crate::throw::Fatal;
use crate::traceback::{FrameOpts, Unwind};

pub mod kill;
pub mod quit;
#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub(crate) use unix::write_all;
#[cfg(unix)]
pub use unix::{debug_fault, out_of_memory, AltStack, Handlers};

/// One row of the signal table (Go: runtime·sigtab).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SigRow {
    pub signo: i32,
    /// `SIGSEGV`, as the `[signal ...]` line names it.
    pub name: &'static str,
    /// `segmentation violation`, Go's words after the name.
    pub desc: &'static str,
    /// A fault in Go code becomes a Go panic (Go: SigPanic); otherwise it
    /// is a crash.
    pub panics: bool,
}

/// The signals splitgo handles. Every one of them is synchronous: raised
/// by the faulting instruction, on the thread that ran it.
pub const SIGNALS: [SigRow; 3] = [
    SigRow {
        signo: libc::SIGBUS,
        name: "SIGBUS",
        desc: "bus error",
        panics: true,
    },
    SigRow {
        signo: libc::SIGFPE,
        name: "SIGFPE",
        desc: "floating-point exception",
        panics: true,
    },
    SigRow {
        signo: libc::SIGSEGV,
        name: "SIGSEGV",
        desc: "segmentation violation",
        panics: true,
    },
];

/// The row of `signo`, if it is one of ours.
pub fn row(signo: i32) -> Option<&'static SigRow> {
    SIGNALS.iter().find(|r| r.signo == signo)
}

/// What the handler learnt from the kernel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fault {
    pub signo: i32,
    /// `si_code` (SEGV_MAPERR = 1, ...).
    pub code: i32,
    /// `si_addr`: the faulting address (the instruction's for SIGFPE).
    pub addr: u64,
    pub pc: u64,
    pub sp: u64,
}

/// What the handler does with a fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Continue in the sigpanic stub, as if the faulting code had called it.
    SigPanic,
    /// A fault in the runtime while a goroutine runs: print and exit 2.
    Crash,
    /// Not ours: the previous handler's business.
    Forward,
}

/// The state of this thread's goroutine as the handler needs it.
#[derive(Clone, Copy, Debug)]
pub struct Running {
    /// The goroutine's G.
    pub g: u64,
    /// The `g` register (r14) at the fault.
    pub g_reg: u64,
    /// The lowest usable address of its current segment (G's STACK0) and
    /// its top (STACKBASE): sigpanic's return address is pushed in there.
    pub stack0: u64,
    pub stackbase: u64,
}

/// The decision (Go: sighandler's `if(t->flags & SigPanic)`): `running`
/// is `None` when no goroutine runs on this thread.
pub fn decide(tab: &FuncTab, row: &SigRow, fault: &Fault, running: Option<&Running>) -> Action {
    let Some(r) = running else {
        return Action::Forward;
    };
    let in_go = tab.find(fault.pc).is_some_and(|f| !f.runtime);
    // The pushed return address must land inside the segment: a fault
    // with SP outside it (an overrun) cannot be made into a call.
    let room = fault.sp >= r.stack0 + 8 && fault.sp <= r.stackbase;
    if in_go && row.panics && r.g_reg == r.g && room {
        Action::SigPanic
    } else {
        Action::Crash
    }
}

/// Faults below this address are nil dereferences: nothing is ever mapped
/// there (the ABI crate's value, which the compiler relies on to leave out
/// nil checks).
pub const NIL_GUARD: u64 = splitgo_abi::NIL_GUARD;

/// The run-time error of a nil dereference (and of calling a nil func).
pub const NIL_DEREF: &str = "runtime error: invalid memory address or nil pointer dereference";

/// Go's sigpanic: the runtime error a fault in Go code panics with, or the
/// throw when it is no nil dereference (`unexpected fault address`).
pub fn panic_error(f: &Fault) -> Result<&'static str, Fatal> {
    const NIL: &str = NIL_DEREF;
    // Linux si_code values (asm-generic/siginfo.h).
    const SEGV_MAPERR: i32 = 1;
    const SEGV_ACCERR: i32 = 2;
    const BUS_ADRERR: i32 = 2;
    const FPE_INTDIV: i32 = 1;
    const FPE_INTOVF: i32 = 2;
    match f.signo {
        libc::SIGSEGV if matches!(f.code, 0 | SEGV_MAPERR | SEGV_ACCERR) && f.addr < NIL_GUARD => {
            Ok(NIL)
        }
        libc::SIGBUS if f.code == BUS_ADRERR && f.addr < NIL_GUARD => Ok(NIL),
        libc::SIGFPE => Ok(match f.code {
            FPE_INTDIV => "runtime error: integer divide by zero",
            FPE_INTOVF => "runtime error: integer overflow",
            _ => "runtime error: floating point error",
        }),
        _ => Err(Fatal::new("fault").line(format!("unexpected fault address {:#x}", f.addr))),
    }
}

/// The line Go prints after a panic or throw that a signal caused:
/// `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a2b]`.
pub fn signal_line(f: &Fault) -> impl fmt::Display + '_ {
    struct Line<'a>(&'a Fault);
    impl fmt::Display for Line<'_> {
        fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
            let f = self.0;
            match row(f.signo) {
                Some(r) => write!(out, "[signal {}: {}", r.name, r.desc)?,
                None => write!(out, "[signal {:#x}", f.signo)?,
            }
            write!(
                out,
                " code={:#x} addr={:#x} pc={:#x}]",
                f.code, f.addr, f.pc
            )
        }
    }
    Line(f)
}

/// What the handler knows of the goroutine running on this thread, set up
/// before it runs ([`Guest::register`]) so the handler reads, never builds.
pub struct Guest<'a, M: Mem> {
    pub mem: M,
    pub functab: &'a FuncTab,
    pub lessstack: u64,
    pub goexit: u64,
    /// The sigpanic stub (`mov eax, SIGPANIC; jmp trampoline`).
    pub sigpanic: u64,
    /// The G running (the executor updates it at each switch).
    pub g: Cell<u64>,
    /// The program's buffered output, flushed before a crash is printed.
    pub out: *mut Output,
    /// The working directory, for absolute file names in traces.
    pub cwd: String,
    /// GOTRACEBACK as a level (0: no traces and no registers).
    pub traceback: u8,
    /// Whether the goroutine is on the CPU (between enter and leave).
    pub running: Cell<bool>,
    /// The last fault turned into a sigpanic, for the panic's message.
    pub fault: Cell<Option<Fault>>,
}

impl<M: Mem> Guest<'_, M> {
    /// The handler's view of the goroutine when it runs.
    pub fn running(&self, g_reg: u64) -> Option<Running> {
        if !self.running.get() {
            return None;
        }
        let gp = self.g.get();
        Some(Running {
            g: gp,
            g_reg,
            stack0: self.mem.field(gp, g::STACK0),
            stackbase: self.mem.field(gp, g::STACKBASE),
        })
    }

    /// The crash report of a fault outside Go code (Go 1.2: sighandler's
    /// tail), written to `out` without allocating: the signal, `PC=`, then
    /// the goroutine from `g.sched` with `fp=`, then `regs` (in
    /// [`Arch::dump_regs`] order).
    pub fn write_crash<W: fmt::Write + ?Sized>(
        &self,
        out: &mut W,
        fault: &Fault,
        arch: Arch,
        regs: &[u64],
    ) -> fmt::Result {
        match row(fault.signo) {
            Some(r) => writeln!(out, "{}: {}", r.name, r.desc)?,
            None => writeln!(out, "Signal {}", fault.signo)?,
        }
        writeln!(out, "PC={:#x}", fault.pc)?;
        out.write_char('\n')?;
        if self.traceback == 0 {
            return Ok(());
        }
        self.write_goroutine(out)?;
        out.write_char('\n')?;
        for (name, v) in arch.dump_regs().iter().zip(regs) {
            writeln!(out, "{name:<8}{v:#x}")?;
        }
        Ok(())
    }

    /// The running goroutine's trace from `g.sched` (the state its last
    /// runtime entry saved), with `fp=`, without allocating: after a
    /// crash, or when the runtime's own memory ran out
    /// ([`out_of_memory`]).
    pub fn write_goroutine<W: fmt::Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
        let m = &self.mem;
        let gp = self.g.get();
        let status = match m.field(gp, g::STATUS) {
            7 => Status::StackSplit,
            8 => Status::StackUnsplit,
            _ => Status::Running,
        };
        let (pc, sp) = (m.field(gp, g::SCHED_PC), m.field(gp, g::SCHED_SP));
        let mut base = m.field(gp, g::STACKBASE);
        if status == Status::StackUnsplit {
            // oldstack has pointed g.sched at the caller on the segment
            // below, and not yet popped the segment: unwind from that one.
            base = m.field(base, stktop::STACKBASE);
        }
        writeln!(
            out,
            "goroutine {} [{}]:",
            m.field(gp, g::GOID),
            status.trace_word()
        )?;
        let unwind = Unwind {
            mem: m,
            functab: self.functab,
            lessstack: self.lessstack,
            goexit: self.goexit,
        };
        let opts = FrameOpts {
            fp: true,
            fault_pc: false,
            cwd: Some(&self.cwd),
            runtime: self.traceback >= 2,
        };
        unwind.write_frames(out, pc, sp, base, opts)
    }
}

thread_local! {
    /// The guest registered on this thread (type-erased `*const Guest`).
    /// A const initialiser and a `Copy` type: reading it is a plain TLS
    /// load, safe in a signal handler.
    static CURRENT: Cell<*const ()> = const { Cell::new(std::ptr::null()) };
}

/// Keeps a [`Guest`] registered on this thread; unregisters on drop.
pub struct Registered {
    prev: *const (),
}

impl<M: Mem> Guest<'_, M> {
    /// Makes `self` what this thread's handler consults until the guard is
    /// dropped. `self` must not move meanwhile (box it).
    pub fn register(&self) -> Registered {
        let prev = CURRENT.with(|c| c.replace(self as *const Self as *const ()));
        Registered { prev }
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.prev));
    }
}

/// The guest of this thread, if any. The native executor registers a
/// `Guest<NativeMem>`, the only kind the handler knows.
fn current<'a>() -> Option<&'a Guest<'a, crate::mem::NativeMem>> {
    let p = CURRENT.with(|c| c.get());
    // SAFETY: CURRENT holds a pointer to a live Guest<NativeMem> between
    // `register` and the guard's drop (native.rs keeps it boxed and
    // registers nothing else); null otherwise.
    unsafe { p.cast::<Guest<'a, crate::mem::NativeMem>>().as_ref() }
}

/// The fault that sent this thread's goroutine into sigpanic (taken once).
pub fn take_fault() -> Option<Fault> {
    current().and_then(|g| g.fault.take())
}

#[cfg(test)]
mod tests;
