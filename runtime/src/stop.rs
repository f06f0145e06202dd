//! [`Stop`]: why a runtime service or native stopped the goroutine instead
//! of returning to it, for the executor to act on. A leaf: the service
//! implementations all return it, and it depends on none of them.

use crate::throw::Fatal;

/// Why a service stopped the goroutine instead of returning to it.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    /// `os.Exit(code)`: output flushed, no deferred calls.
    Exit(i32),
    /// A Go panic; the text printed after `panic: `.
    Panic(String),
    /// A throw (`fatal error: ...`).
    Fatal(Fatal),
    /// SIGQUIT: every goroutine's trace, exit status 2.
    Quit,
    /// runtime.Breakpoint: gc's SIGTRAP, printed as a crash (exit 2).
    Breakpoint,
    /// SIGHUP, SIGINT or SIGTERM: the output is flushed and the process
    /// dies by the signal, printing nothing (runtime/src/signals/kill.rs).
    Signal(i32),
}

impl From<Fatal> for Stop {
    fn from(f: Fatal) -> Stop {
        Stop::Fatal(f)
    }
}
