//! Executors: what runs goroutines (DESIGN §6). [`native`] runs code for
//! the host machine (amd64) directly; an emulated executor for the other
//! targets comes later and shares everything but the context switches.
//!
//! The contract with the JIT's stubs (jit/src/x64/stubs.rs):
//! - `g` (r14) points at the goroutine's G; its HOST word points at the
//!   thread's host record, whose word [`m::SYS_SP`] is the system stack
//!   pointer the stubs switch to before calling into Rust.
//! - The stubs call the [`EntryPoints`] with the System V ABI on that
//!   stack. Each returns the address of the G to continue ([`resume`]:
//!   the stub makes it `g` and loads its `g.sched`: `gogo`) or [`LEAVE`]
//!   (return to the executor, which finds out why in its own state).
//!   Answering with a G rather than a flag is what lets the scheduler
//!   switch goroutines on the way back from any entry.

pub mod native;

pub use native::{entry_points, run, EntryPoints, Image};

const _: () = assert!(SIGPANIC < crate::services::NATIVE_BASE);

/// The host record of a thread (Go: M) as the stubs see it, in words.
pub mod m {
    /// The system stack pointer: where the stubs switch to call Rust. Set
    /// by the `enter` stub each time the executor starts a goroutine.
    pub const SYS_SP: u32 = 0;
    /// Splits and unsplits the stubs made by themselves, on the spare
    /// segment (their fast path): counted here, in the one record the
    /// stubs reach from any G, and added to `SPLITGO_DEBUG=stackstats`.
    pub const FAST_SPLITS: u32 = 1;
    pub const FAST_UNSPLITS: u32 = 2;
}

/// The runtime-call number of the sigpanic stub (`mov eax, SIGPANIC; jmp
/// trampoline`): reserved here, between the services and the natives
/// ([`crate::services::NATIVE_BASE`]), and handled by the executor itself.
pub const SIGPANIC: u32 = 0x0800;

/// A runtime entry point's answer: continue goroutine `gp` (a G's
/// address, never 0) from its `g.sched`.
pub fn resume(gp: u64) -> u64 {
    debug_assert_ne!(gp, LEAVE, "a G's address is never 0");
    gp
}

/// A runtime entry point's answer: return to the executor.
pub const LEAVE: u64 = 0;
