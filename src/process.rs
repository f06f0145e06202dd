//! How the `splitgo` process starts and ends (docs/startup.md, "The
//! process").
//!
//! The binary has no Rust `fn main` (`#![no_main]` in main.rs): the C
//! runtime calls [`main`] here directly. Rust's own start-up, which a
//! Rust `main` would run first, costs a program that runs for a
//! millisecond a few percent of it, for things splitgo does not want:
//!
//! - it reads /proc/self/maps to find the main thread's stack and gives
//!   every thread an alternate signal stack, so that a Rust stack overflow
//!   is reported by name; the runtime installs its own handlers and signal
//!   stack where Go code runs (runtime/src/signals/), and elsewhere such an
//!   overflow still ends the process, by SIGSEGV;
//! - it sets SIGPIPE to "ignore", which main.rs had to undo;
//! - it opens /dev/null on a closed fd 0, 1 or 2, which gc 1.19 does not:
//!   a program started with a closed stdout now sees what it would see
//!   under gc.
//!
//! What it did that matters is done here: a panic on the main thread is
//! reported by the panic hook and ends with status 101, and Rust's buffered
//! stdout is flushed at exit ([`exit`], through `std::process::exit`).
//! `std::env::args` needs nothing: on Linux std reads the arguments from
//! glibc's initializers.

#[cfg(not(test))]
use std::ffi::{c_char, c_int};
use std::process::ExitCode;

/// The process's entry, called by the C runtime's start code.
#[cfg(not(test))]
#[no_mangle]
extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
    // Unwinding must not leave this function (it is called from C): a
    // panic on the main thread ends the process as Rust's own start-up
    // would, after the hook has printed it.
    let code = std::panic::catch_unwind(crate::splitgo_main).unwrap_or(ExitCode::from(101));
    exit(code)
}

/// Ends the process now with `code`, from any thread: Rust's stdout is
/// flushed, C's exit handlers run, other threads are not waited for.
pub fn exit(code: ExitCode) -> ! {
    std::process::exit(status(code))
}

/// The status an ExitCode stands for. std keeps it private; every value a
/// u8 makes is a distinct ExitCode, so the search finds it.
fn status(code: ExitCode) -> i32 {
    (0..=u8::MAX)
        .find(|&n| ExitCode::from(n) == code)
        .map_or(1, i32::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_come_back() {
        assert_eq!(status(ExitCode::SUCCESS), 0);
        assert_eq!(status(ExitCode::FAILURE), 1);
        for n in [2u8, 3, 101, 141, 255] {
            assert_eq!(status(ExitCode::from(n)), i32::from(n));
        }
    }
}
