//! The pointers of goroutine stacks, as the collector will find them:
//! each frame of each goroutine, newest first and through every segment
//! (the Stktop chain), with the stack map of the pc it stopped at
//! (jit/src/stackmap.rs; docs/codegen.md "Stack maps").
//!
//! Which map a frame takes:
//! - its pc is a safepoint's return address (it called something, or
//!   yields in a preemption check): that safepoint's map;
//! - its pc is before the body (stopped in its split check, rewound to
//!   its entry by newstack, or never run): the arguments' map, stored at
//!   the entry and at the split check's return address;
//! - its pc is anywhere else in the body: it faulted there (the signal
//!   handler pushes the faulting pc as a return address), and takes the
//!   function's fault map.
//!
//! Runtime stubs (lessstack, deferret, callret, goexit, the thunks) hold
//! no Go values and are passed over.

use super::Thread;
use crate::abi::g;
use crate::functab::FuncInfo;
use crate::mem::Mem;
use crate::sched::GIdx;
use crate::traceback::{FrameOpts, Step};

/// One mapped word of a frame: at `sp + off` in the frame of `f`,
/// stopped at `pc`.
pub(super) struct FrameWord<'a> {
    pub f: &'a FuncInfo,
    pub pc: u64,
    pub sp: u64,
    pub off: u32,
}

impl Thread {
    /// Calls `visit` with each word holding a live pointer of goroutine
    /// `i`'s newest `limit` frames. An error (the visitor's, or a frame
    /// with no map) stops the scan and is returned.
    pub(super) fn scan_stack(
        &self,
        i: GIdx,
        limit: usize,
        visit: &mut dyn FnMut(FrameWord<'_>) -> Result<(), String>,
    ) -> Result<(), String> {
        let m = &self.mem;
        let gp = self.gs[i].gp;
        let (pc, sp) = (m.field(gp, g::SCHED_PC), m.field(gp, g::SCHED_SP));
        let base = m.field(gp, g::STACKBASE);
        let w = u64::from(m.word().0);
        let opts = FrameOpts {
            runtime: true,
            ..FrameOpts::default()
        };
        let mut stop = None;
        let mut left = limit;
        let _ = self.unwinder().walk(pc, sp, base, opts, &mut |step| {
            let Step::Frame { f, pc, argp, exact } = step else {
                return Ok(());
            };
            if left == 0 {
                return Err(std::fmt::Error);
            }
            left -= 1;
            let frame_sp = argp - w - f.sp_delta(pc);
            let words = match f.stack_maps.at(pc) {
                Some(words) if !exact => words,
                _ if pc >= f.body => f.stack_maps.fault(),
                _ => {
                    stop = Some(format!(
                        "{} pc={pc:#x}: stopped in its prologue with no map",
                        f.name
                    ));
                    return Err(std::fmt::Error);
                }
            };
            for &off in words {
                let word = FrameWord {
                    f,
                    pc,
                    sp: frame_sp,
                    off,
                };
                if let Err(e) = visit(word) {
                    stop = Some(e);
                    return Err(std::fmt::Error);
                }
            }
            Ok(())
        });
        stop.map_or(Ok(()), Err)
    }
}
