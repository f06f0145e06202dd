//! The settings the executor reads from the environment:
//! `SPLITGO_DEBUG` (DESIGN §8's debugging modes, `stackstats`) and
//! `GOTRACEBACK` (how much a trace shows).

pub(super) use crate::debugvars::splitgo_debug as debug_flag;

/// GOTRACEBACK as Go reads it: `none` (0) prints no goroutine traces;
/// the default (`single`) and `all` (1) print Go frames; `system` (2, or
/// more) and `crash` add the runtime's own frames. See [`traceback_all`].
pub(super) fn traceback_level() -> u8 {
    let set = crate::debugvars::traceback().map_or(0, |(l, _)| l);
    set.max(env_traceback_level())
}

/// GOTRACEBACK's level alone.
pub(super) fn env_traceback_level() -> u8 {
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
pub(super) fn traceback_all() -> bool {
    crate::debugvars::traceback().is_some_and(|(_, all)| all) || env_traceback_all()
}

/// GOTRACEBACK's `all` alone.
pub(super) fn env_traceback_all() -> bool {
    match std::env::var("GOTRACEBACK").as_deref() {
        Ok("all") | Ok("system") | Ok("crash") => true,
        Ok(n) => n.parse::<u8>().is_ok_and(|n| n >= 1),
        Err(_) => false,
    }
}
