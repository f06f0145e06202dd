//! Running the front end safely: on a thread with a big stack, with panics
//! caught and turned into an "internal compiler error" instead of Rust's
//! default panic report.
//!
//! The parser and checker recurse over the syntax tree, so deeply nested
//! input needs stack in proportion to its depth; the parser bounds that depth
//! (`splitgo_lang::parse::MAX_EXPR_DEPTH`), and [`STACK_SIZE`] leaves a wide
//! margin above it. A panic is a bug in splitgo, never the user's fault: the
//! caller prints it as `splitgo: internal compiler error: ...` (exit 3).

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

/// Stack of the compiler thread, in bytes. 512 MiB is address space, not
/// memory: only the pages the recursion touches are ever committed. It bounds
/// how deep the parser and checker may recurse before the process dies of a
/// stack overflow, which no handler can turn into a diagnostic.
pub const STACK_SIZE: usize = 512 << 20;

thread_local! {
    /// Message and place of the last panic on this thread, recorded by the
    /// hook that [`catch`] installs.
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether this thread is inside [`catch`]; panics elsewhere get the
    /// previous hook's (normally Rust's default) report.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` on a new thread with a [`STACK_SIZE`] stack and waits for it.
/// `Err` holds the text of an internal compiler error: a panic in `f`, or the
/// thread could not be started.
pub fn run<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> Result<T, String> {
    let handle = std::thread::Builder::new()
        .name("splitgo-compiler".into())
        .stack_size(STACK_SIZE)
        .spawn(move || catch(f))
        .map_err(|e| format!("cannot start the compiler thread: {e}"))?;
    match handle.join() {
        Ok(result) => result,
        // catch() already caught any panic of f; only the unwinding machinery
        // itself can end up here.
        Err(payload) => Err(payload_text(payload.as_ref())),
    }
}

/// Runs `f`, turning a panic into `Err(message at file:line:col)`. The
/// default panic output is suppressed while `f` runs on this thread, so the
/// caller decides how (and whether) to print it.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    LAST_PANIC.with(|p| p.borrow_mut().take());
    let outer = CATCHING.replace(true);
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CATCHING.set(outer);
    result.map_err(|payload| {
        LAST_PANIC
            .with(|p| p.borrow_mut().take())
            .unwrap_or_else(|| payload_text(payload.as_ref()))
    })
}

/// Wraps the panic hook, once per process: inside [`catch`] it records the
/// message in [`LAST_PANIC`] instead of printing it (with `RUST_BACKTRACE`
/// set, a backtrace is still printed, for debugging); elsewhere it defers to
/// the hook that was there before.
fn install_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !CATCHING.get() {
                return previous(info);
            }
            let mut text = payload_text(info.payload());
            if let Some(loc) = info.location() {
                text.push_str(&format!(
                    " at {}:{}:{}",
                    loc.file(),
                    loc.line(),
                    loc.column()
                ));
            }
            if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
                eprintln!("{}", std::backtrace::Backtrace::force_capture());
            }
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(text));
        }));
    });
}

/// The message of a panic payload (`panic!` gives `&str` or `String`).
fn payload_text(payload: &(dyn Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "panic with a non-string payload".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_comes_back() {
        assert_eq!(run(|| 6 * 7), Ok(42));
    }

    #[test]
    fn panic_becomes_message_with_place() {
        let err = run(|| -> u32 { panic!("boom {}", 1) }).unwrap_err();
        assert!(err.starts_with("boom 1 at "), "{err}");
        assert!(err.contains("bigstack.rs"), "{err}");
    }

    #[test]
    fn deep_recursion_fits() {
        fn depth(n: u32) -> u32 {
            // A frame of a few hundred bytes, as a checker's would be.
            let pad = [n; 64];
            std::hint::black_box(&pad);
            if n == 0 {
                0
            } else {
                1 + depth(n - 1)
            }
        }
        assert_eq!(run(|| depth(200_000)), Ok(200_000));
    }
}
