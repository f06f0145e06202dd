//! Segmented stacks: the segment cache, newstack and oldstack (Go 1.2:
//! src/pkg/runtime/stack.c; the contract they keep is [`crate::abi`] and
//! DESIGN §5).
//!
//! What lives here, one concept per file:
//! - [`segment`]: mapping a segment with an unmapped guard page below it
//!   (and room reserved beneath to grow in place), and the per-thread
//!   cache of segments by size class (Go 1.2: stackalloc, stackfree,
//!   stackcache), with the `stackstats` counters.
//! - [`split`]: [`newstack`] (grow: Stktop, argument copy, start the callee
//!   at its `start` returning into lessstack), its fast path
//!   [`newstack_fast`], growth in place, [`oldstack`] (shrink: results
//!   back, bounds restored, segment kept as the goroutine's spare or
//!   freed) and [`unwindstack`]; what G offers the stubs' own fast path
//!   and how the runtime catches up with it ([`GStack::sync`]).
//! - this file: the settings ([`StackConfig`]: `SPLITGO_STACKMIN`, the
//!   maximum stack of runtime/debug.SetMaxStack).
//!
//! Everything is pure logic over program memory ([`crate::mem::Mem`]): it
//! switches no registers. The morestack/lessstack stubs (jit) save the
//! goroutine's state in G, call in on the system stack, and then do what
//! the returned decision says. No function here prints or exits; throws
//! come back as [`crate::throw::Fatal`].
//!
//! A split, seen from newstack (x86: the return address is on the stack):
//!
//! ```text
//!   old segment                           new segment
//!                                         seg.hi ─► +--------------------+
//!                                                   | (alignment slack)  |
//!                                                   +--------------------+
//!                                                   | Stktop             |  old stackbase and
//!                                      stackbase ─► +--------------------+  stackguard, morebuf,
//!   | caller's frame     |                          | arguments (copy)   |  argp, argsize, free,
//!   | arguments          | ◄─ argp ── argsize ───►  +--------------------+  panic
//!   +--------------------+                          | lessstack          |  ◄─ new SP; the callee
//!   | return address     | ◄─ sched.sp              +--------------------+     runs from `start`
//!   +--------------------+                          | callee's frame ... |
//!   | morestack's return |  (the jmp start)         |                    |
//!                                      stackguard ─►+--------------------+
//!                                                   | StackGuard zone    |
//!                                          stack0 ─►+--------------------+
//!                                                   | guard page         |  PROT_NONE
//! ```
//!
//! On arm64 the return address is in the link register: the slot below the
//! arguments holds 0 (the caller's saved-LR slot) and the decision carries
//! `lr = lessstack` instead.

pub mod segment;
pub mod split;

#[cfg(test)]
mod extend_tests;
#[cfg(test)]
mod fast_tests;
#[cfg(test)]
mod tests;

pub use segment::{page_size, Placement, Segment, StackCache, StackStats, EXTEND_TO};
pub use split::{
    newstack, newstack_fast, oldstack, unwindstack, GStack, Gobuf, Grow, MoreBuf, NewStack,
    SplitAbi, SplitCtx, SplitRequest,
};

use crate::abi::{self, Word};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

/// The smallest `SPLITGO_STACKMIN` accepted: one 4 KiB page, which already
/// holds StackGuard + StackExtra + a Stktop (the relation abi/src/stack.rs asserts
/// for its own STACK_MIN).
pub const STACK_MIN_FLOOR: u64 = 4096;

/// The largest `SPLITGO_STACKMIN` accepted (256 MiB): a first segment of
/// that size per goroutine is already absurd.
pub const STACK_MIN_CEILING: u64 = 1 << 28;

/// Stack settings shared by every thread of one runtime.
#[derive(Debug)]
pub struct StackConfig {
    /// Size of first segments and smallest segment size, in bytes, before
    /// rounding to the page (Go 1.2: StackMin; `SPLITGO_STACKMIN`).
    pub stack_min: u64,
    /// Go 1.2: runtime·maxstacksize. Atomic so that SetMaxStack may run on
    /// any thread while another splits.
    max_stack: AtomicU64,
    /// Whether the morestack and lessstack stubs may move goroutines onto
    /// their spare segment and back by themselves (docs/codegen.md, "The
    /// hot split"). Off for the debug modes that need every split and
    /// unsplit in the runtime (badsplit, oldstackfault) and with
    /// `SPLITGO_DEBUG=slowsplit`, which measures the difference.
    pub fast_split: bool,
}

impl StackConfig {
    /// The defaults of the stack contract (abi/src/stack.rs) for a target with words of `w` bytes.
    pub fn new(w: Word) -> StackConfig {
        StackConfig {
            stack_min: abi::STACK_MIN,
            max_stack: AtomicU64::new(abi::default_max_stack(w)),
            fast_split: true,
        }
    }

    /// The defaults, with `SPLITGO_STACKMIN` and `SPLITGO_MAXSTACK` applied
    /// when set and valid. The environment is read once per process; an
    /// invalid value is ignored with one warning line on stderr.
    pub fn from_env(w: Word) -> StackConfig {
        let cfg = StackConfig::new(w);
        let cfg = match env_setting(&ENV_STACK_MIN, "SPLITGO_STACKMIN", parse_stack_min) {
            Some(n) => cfg.with_stack_min(n),
            None => cfg,
        };
        if let Some(n) = env_setting(&ENV_MAX_STACK, "SPLITGO_MAXSTACK", parse_max_stack) {
            cfg.set_max_stack(n);
        }
        cfg
    }

    /// The same settings with first/smallest segments of `n` bytes.
    pub fn with_stack_min(mut self, n: u64) -> StackConfig {
        self.stack_min = n;
        self
    }

    /// The largest total stack of one goroutine, in bytes.
    pub fn max_stack(&self) -> u64 {
        self.max_stack.load(Ordering::Relaxed)
    }

    /// runtime/debug.SetMaxStack: sets the limit and returns the previous
    /// one. It applies from the next split on; stacks already bigger are
    /// left alone, as in Go.
    pub fn set_max_stack(&self, n: u64) -> u64 {
        self.max_stack.swap(n, Ordering::Relaxed)
    }
}

static ENV_STACK_MIN: OnceLock<Option<u64>> = OnceLock::new();
static ENV_MAX_STACK: OnceLock<Option<u64>> = OnceLock::new();

/// Reads and parses `var` once per process, warning once if it is invalid.
fn env_setting(
    cell: &OnceLock<Option<u64>>,
    var: &str,
    parse: fn(&str) -> Result<u64, String>,
) -> Option<u64> {
    *cell.get_or_init(|| {
        let raw = std::env::var_os(var)?;
        let text = raw.to_string_lossy();
        match parse(&text) {
            Ok(n) => Some(n),
            Err(why) => {
                eprintln!("{}", ignored_warning(var, &text, &why));
                None
            }
        }
    })
}

/// The warning printed for an invalid setting.
pub fn ignored_warning(var: &str, value: &str, why: &str) -> String {
    format!("runtime: ignoring {var}={value:?}: {why}")
}

/// A byte count: decimal, or hexadecimal after `0x`.
fn parse_bytes(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let parsed = match s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => s.parse::<u64>(),
    };
    parsed.map_err(|_| "not a byte count".to_string())
}

/// Parses `SPLITGO_STACKMIN`: a byte count in
/// [`STACK_MIN_FLOOR`]..=[`STACK_MIN_CEILING`]. Segments are rounded up to
/// the page size when mapped, so any count in range is accepted.
pub fn parse_stack_min(s: &str) -> Result<u64, String> {
    let n = parse_bytes(s)?;
    if !(STACK_MIN_FLOOR..=STACK_MIN_CEILING).contains(&n) {
        return Err(format!(
            "must be between {STACK_MIN_FLOOR} and {STACK_MIN_CEILING} bytes"
        ));
    }
    Ok(n)
}

/// Parses `SPLITGO_MAXSTACK`: a positive byte count.
pub fn parse_max_stack(s: &str) -> Result<u64, String> {
    match parse_bytes(s)? {
        0 => Err("must be positive".to_string()),
        n => Ok(n),
    }
}
