//! runtime/debug's settings that are plain values (SetGCPercent,
//! SetMaxThreads, SetTraceback); SetMaxStack's limit is the stack
//! configuration's (stack/mod.rs). Process-wide, as in Go. Also
//! `SPLITGO_DEBUG`, splitgo's own debugging switches, which the JIT reads
//! too ([`splitgo_debug`]).
//!
//! There is no collector yet: the GC percentage is only stored and given
//! back. Nor does the runtime start threads for goroutines, so the thread
//! limit is stored and never reached.

use std::sync::atomic::{AtomicI64, AtomicU8, Ordering};

/// Whether `SPLITGO_DEBUG` (comma-separated `name` or `name=value`) turns
/// `name` on (a value other than `0`).
pub fn splitgo_debug(name: &str) -> bool {
    std::env::var("SPLITGO_DEBUG").is_ok_and(|v| {
        v.split(',').any(|item| match item.split_once('=') {
            Some((k, val)) => k == name && val != "0",
            None => item == name,
        })
    })
}

/// GOGC's default (Go: readGOGC).
const DEFAULT_GC_PERCENT: i64 = 100;
/// Go's default thread limit (sched.maxmcount).
const DEFAULT_MAX_THREADS: i64 = 10000;

static GC_PERCENT: AtomicI64 = AtomicI64::new(i64::MIN);
static MAX_THREADS: AtomicI64 = AtomicI64::new(DEFAULT_MAX_THREADS);
/// SetTraceback's level plus one (0: never called): 1 none, 2 single,
/// 3 all, 4 system or crash.
static TRACEBACK: AtomicU8 = AtomicU8::new(0);

/// debug.SetGCPercent: stores `n` (a negative value is -1, "off", as Go
/// keeps it) and returns the previous setting, GOGC's at start.
pub fn set_gc_percent(n: i64) -> i64 {
    let old = GC_PERCENT.swap(n.max(-1), Ordering::Relaxed);
    if old == i64::MIN {
        gogc()
    } else {
        old
    }
}

/// The initial percentage: GOGC as Go reads it (`off` is -1; a number;
/// anything else the default).
fn gogc() -> i64 {
    match std::env::var("GOGC").as_deref() {
        Ok("off") => -1,
        Ok(s) => s.parse::<i64>().map_or(DEFAULT_GC_PERCENT, |n| n.max(-1)),
        Err(_) => DEFAULT_GC_PERCENT,
    }
}

/// debug.SetMaxThreads: stores `n` and returns the previous limit.
pub fn set_max_threads(n: i64) -> i64 {
    MAX_THREADS.swap(n, Ordering::Relaxed)
}

/// debug.SetTraceback: `none`, `single`, `all`, `system`, `crash`, or a
/// number (0 none, 1 all, 2 system); anything else is `single`, as Go's
/// setTraceback reads it.
pub fn set_traceback(level: &str) {
    let v = match level {
        "none" => 1,
        "single" | "" => 2,
        "all" => 3,
        "system" | "crash" => 4,
        n => match n.parse::<u32>() {
            Ok(0) => 1,
            Ok(1) => 3,
            Ok(_) => 4,
            Err(_) => 2,
        },
    };
    TRACEBACK.store(v, Ordering::Relaxed);
}

/// SetTraceback's setting, if the program made one: (level, all), with
/// the levels of GOTRACEBACK (0 none, 1 Go frames, 2 runtime frames too).
/// It cannot lower what GOTRACEBACK asks for (Go ORs the two).
pub fn traceback() -> Option<(u8, bool)> {
    match TRACEBACK.load(Ordering::Relaxed) {
        0 => None,
        1 => Some((0, false)),
        2 => Some((1, false)),
        3 => Some((1, true)),
        _ => Some((2, true)),
    }
}
