//! `SPLITGO_DEBUG=stackmaps`: the stack maps checked against the running
//! program. At every service call (the points where the collector will
//! scan stacks) the running goroutine's newest [`FRAMES`] frames are
//! scanned (exec/native/stackscan.rs), and at every [`ALL_EVERY`]-th call
//! (and the calls numbered by powers of two, so that short programs get
//! some) every goroutine's whole stack: each word a frame's map names must hold
//! nil or an address the process has mapped. A word that is not a
//! pointer (a length, a float's bits, a stale integer in packed bytes)
//! almost never passes, and a frame the scan finds no map for fails too.
//! The full scans check the globals' pointer words as well.
//! A failure is a throw naming the function, the word and its value. The
//! corpus and Go's suite run clean under it (tests/stackmaps.rs).

use super::Thread;
use crate::mem::Mem;
use crate::sched::State;
use crate::throw::Fatal;

/// Frames checked per call: the whole stack each time would make a deep
/// recursion quadratic, and every frame is the newest at its own calls.
const FRAMES: usize = 100;

/// Every this many calls (and at powers of two), every goroutine's every
/// frame.
const ALL_EVERY: u64 = 1024;

/// Frames of one goroutine checked at most in a full scan.
const ALL_FRAMES: usize = 1 << 20;

impl Thread {
    /// Checks the mapped words of the running goroutine's frames, and at
    /// times of every goroutine's.
    pub(super) fn check_stack_maps(&mut self) -> Result<(), Fatal> {
        self.map_checks += 1;
        let cur = self.sched.cur;
        self.check_goroutine(cur, FRAMES)?;
        let n = self.map_checks;
        if n.is_power_of_two() || n.is_multiple_of(ALL_EVERY) {
            for i in 0..self.sched.gs.len() {
                if i != cur && self.sched.gs[i].state != State::Dead {
                    self.check_goroutine(i, ALL_FRAMES)?;
                }
            }
            self.check_globals()?;
        }
        Ok(())
    }

    /// Checks the globals' pointer words the same way.
    fn check_globals(&self) -> Result<(), Fatal> {
        let m = &self.mem;
        let mut bad = None;
        self.global_roots
            .for_each_word(u64::from(m.word().0), |at| {
                let v = m.read_word(at);
                if bad.is_none() && v != 0 && !crate::sysmem::is_mapped(v) {
                    bad = Some(format!("global word at {at:#x} holds {v:#x}"));
                }
            });
        bad.map_or(Ok(()), |e| {
            Err(Fatal::new("stack map check failed").line(format!("runtime: {e}")))
        })
    }

    fn check_goroutine(&self, i: crate::sched::GIdx, limit: usize) -> Result<(), Fatal> {
        let m = &self.mem;
        self.scan_stack(i, limit, &mut |w| {
            let v = m.read_word(w.sp + u64::from(w.off));
            if v != 0 && !crate::sysmem::is_mapped(v) {
                return Err(format!(
                    "{} pc={:#x} sp={:#x}: word sp+{:#x} holds {v:#x}",
                    w.f.name, w.pc, w.sp, w.off
                ));
            }
            Ok(())
        })
        .map_err(|e| Fatal::new("stack map check failed").line(format!("runtime: {e}")))
    }
}
