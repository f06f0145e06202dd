//! The natives that look at the calling goroutine's stack (runtime.Caller,
//! Callers, Stack, the helpers of FuncForPC and CallersFrames, Breakpoint,
//! GoroutineProfile's records of every goroutine), and runtime/debug's
//! settings. The pcs and their meaning are
//! runtime/src/callers.rs's; the trace text is the trace printer's
//! (traceback.rs), as a panic prints it.
//!
//! Each runs at the trampoline: `g.sched` is the caller's return address
//! and SP, so the walk starts at the function that called the native (gc's
//! Caller(0)).

use super::Thread;
use crate::abi::g;
use crate::callers::{self, Goroutine, Unwinding, Virtual};
use crate::debugvars;
use crate::mem::Mem;
use crate::sched::{GIdx, State};
use crate::service_ctx::write_string;
use crate::services::{NativeFn, Stop};
use crate::throw::Fatal;
use crate::traceback::{FrameOpts, Unwind};
use crate::value::read_string;

/// The pcs a runtime.StackRecord holds (its Stack0 array).
const STACK_RECORD_PCS: u64 = 32;

impl Thread {
    /// The natives of [`NativeFn::is_stack`].
    pub(super) fn stack_native(&mut self, n: NativeFn, args: u64) -> Result<(), Stop> {
        let w = 8;
        match n {
            NativeFn::RuntimeCaller => {
                let skip = self.mem.read_word(args) as i64;
                let pcs = self.caller_pcs();
                let found = usize::try_from(skip).ok().and_then(|i| pcs.get(i).copied());
                let info = found.and_then(|pc| {
                    // A return address: the call is the instruction before,
                    // and that is the pc gc's Caller returns (its Frame's
                    // PC), so FuncForPC(pc).FileLine(pc) names the call.
                    let at = callers::pc_info(&self.functab, pc)
                        .filter(|i| pc > i.entry)
                        .map_or(pc, |_| pc - 1);
                    callers::pc_info(&self.functab, at).map(|i| (at, i))
                });
                let (pc, file, line, ok) = match info {
                    Some((pc, i)) => (pc, i.file, u64::from(i.line), true),
                    None => (0, String::new(), 0, false),
                };
                self.mem.write_word(args + w, pc);
                self.put_string(args + 2 * w, file.as_bytes())?;
                self.mem.write_word(args + 4 * w, line);
                self.mem.write_bytes(args + 5 * w, &[u8::from(ok)]);
            }
            NativeFn::RuntimeCallers => {
                let m = &self.mem;
                let skip = m.read_word(args) as i64;
                let (p, len) = (m.read_word(args + w), m.read_word(args + 2 * w));
                // Callers' own frame first (gc's skip 0).
                let mut pcs = vec![Virtual::Callers.pc()];
                pcs.extend(self.caller_pcs());
                let skip = usize::try_from(skip.max(0)).unwrap_or(usize::MAX);
                let mut n = 0u64;
                for pc in pcs.into_iter().skip(skip).take(len as usize) {
                    m.write_word(p + n * w, pc);
                    n += 1;
                }
                m.write_word(args + 4 * w, n);
            }
            NativeFn::RuntimeFuncAt => {
                let pc = self.mem.read_word(args);
                let (name, entry, inlined, ok) = match callers::pc_info(&self.functab, pc) {
                    Some(i) => (i.name, i.entry, i.inlined, true),
                    None => (String::new(), 0, false, false),
                };
                self.put_string(args + w, name.as_bytes())?;
                self.mem.write_word(args + 3 * w, entry);
                self.mem
                    .write_bytes(args + 4 * w, &[u8::from(inlined), u8::from(ok)]);
            }
            NativeFn::RuntimeLineAt => {
                let pc = self.mem.read_word(args);
                // gc's answer for a pc in no function.
                let (file, line) = match callers::pc_info(&self.functab, pc) {
                    Some(i) => (i.file, u64::from(i.line)),
                    None => ("?".to_string(), 0),
                };
                self.put_string(args + w, file.as_bytes())?;
                self.mem.write_word(args + 3 * w, line);
            }
            NativeFn::RuntimeStack => {
                let m = &self.mem;
                let (p, len) = (m.read_word(args), m.read_word(args + w));
                let mut all = [0u8];
                m.read_bytes(args + 3 * w, &mut all);
                let all = all[0] != 0;
                let text = self.stack_text(all);
                let n = text.len().min(len as usize);
                m.write_bytes(p, &text.as_bytes()[..n]);
                m.write_word(args + 4 * w, n as u64);
            }
            NativeFn::RuntimeGoroutineStacks => {
                let m = &self.mem;
                let (p, len) = (m.read_word(args), m.read_word(args + w));
                let records = self.goroutine_records();
                let n = records.len().min(len as usize);
                for (k, pcs) in records.iter().take(n).enumerate() {
                    let rec = p + k as u64 * STACK_RECORD_PCS * w;
                    for j in 0..STACK_RECORD_PCS {
                        let pc = pcs.get(j as usize).copied().unwrap_or(0);
                        m.write_word(rec + j * w, pc);
                    }
                }
                m.write_word(args + 3 * w, n as u64);
            }
            NativeFn::RuntimeBreakpoint => return Err(Stop::Breakpoint),
            NativeFn::DebugSetMaxThreads => {
                let n = self.mem.read_word(args) as i64;
                let old = debugvars::set_max_threads(n);
                self.mem.write_word(args + w, old as u64);
            }
            NativeFn::DebugSetGCPercent => {
                let n = self.mem.read_word(args) as i64;
                let old = debugvars::set_gc_percent(n);
                self.mem.write_word(args + w, old as u64);
            }
            NativeFn::DebugSetTraceback => {
                let level = read_string(&self.mem, args);
                debugvars::set_traceback(&String::from_utf8_lossy(&level));
            }
            _ => return Err(Fatal::new("runtime: not a stack native").into()),
        }
        Ok(())
    }

    /// Stores a copy of `bytes` as a Go string at `at`.
    fn put_string(&mut self, at: u64, bytes: &[u8]) -> Result<(), Stop> {
        let mut cx = self.service_ctx();
        write_string(&mut cx, at, bytes)
    }

    /// The return pcs of the running goroutine from the function that
    /// called the native, as gc's Callers(1) lists them.
    fn caller_pcs(&self) -> Vec<u64> {
        self.goroutine_pcs(self.sched.cur)
    }

    /// GoroutineProfile's stacks: the caller's first, below gc's
    /// goroutineProfileWithLabels, then every other live goroutine's in
    /// creation order. A parked goroutine's starts at runtime.gopark, as
    /// under gc; the runtime functions gc shows between gopark and the Go
    /// code (chanrecv, selectgo, ...) are not there. One that never ran is
    /// its first function.
    fn goroutine_records(&self) -> Vec<Vec<u64>> {
        let cur = self.sched.cur;
        let mut first = vec![Virtual::GoroutineProfile.pc()];
        first.extend(self.caller_pcs());
        let mut out = vec![first];
        for (i, info) in self.sched.gs.iter().enumerate() {
            if i == cur || info.state == State::Dead {
                continue;
            }
            let mut pcs = Vec::new();
            if matches!(info.state, State::Waiting(_)) {
                pcs.push(Virtual::Gopark.pc());
            }
            pcs.extend(self.goroutine_pcs(i));
            out.push(pcs);
        }
        out
    }

    /// The return pcs of goroutine `i` from where it stopped (for the
    /// running one, the function that called the native).
    fn goroutine_pcs(&self, i: GIdx) -> Vec<u64> {
        let gp = self.sched.gs[i].gp;
        let m = &self.mem;
        let (pc, sp) = (m.field(gp, g::SCHED_PC), m.field(gp, g::SCHED_SP));
        let base = m.field(gp, g::STACKBASE);
        let unwind = self.unwinder();
        let cur = &self.gs[i];
        let unwinding = |sp: u64| {
            let (goexit, site_pc, runtime_error) = cur.defers.unwinding_at(sp)?;
            Some(if goexit {
                Unwinding::Goexit
            } else {
                let fault = cur.sig.is_some_and(|f| f.pc == site_pc);
                Unwinding::Panic {
                    runtime_error: runtime_error.filter(|_| !fault),
                    fault,
                }
            })
        };
        let info = Goroutine {
            main: self.main == Some(i),
            unwinding: &unwinding,
        };
        callers::stack_pcs(&unwind, pc, sp, base, &info)
    }

    pub(super) fn unwinder(&self) -> Unwind<'_, crate::mem::NativeMem> {
        Unwind {
            mem: &self.mem,
            functab: &self.functab,
            lessstack: self.abi.lessstack_pc,
            goexit: self.goexit,
        }
    }

    /// runtime.Stack's text: the running goroutine's trace from its
    /// caller, then, with `all`, every other goroutine's, as a panic with
    /// GOTRACEBACK=all prints them.
    fn stack_text(&self, all: bool) -> String {
        let unwind = self.unwinder();
        let gp = self.g().gp;
        let m = &self.mem;
        let (pc, sp) = (m.field(gp, g::SCHED_PC), m.field(gp, g::SCHED_SP));
        let base = m.field(gp, g::STACKBASE);
        let info = &self.sched.gs[self.sched.cur];
        let mut out = format!("goroutine {} [running]:\n", info.goid);
        let opts = FrameOpts {
            runtime: super::traceback_level() >= 2,
            ..FrameOpts::default()
        };
        let _ = unwind.write_frames(&mut out, pc, sp, base, opts);
        if self.main != Some(self.sched.cur) && info.created_by != 0 {
            let _ = unwind.write_created_by(&mut out, info.created_by, None);
        }
        if all {
            let level = super::traceback_level();
            for i in (0..self.gs.len()).filter(|&i| i != self.sched.cur) {
                self.write_goroutine(&mut out, &unwind, i, false, level);
            }
        }
        out
    }
}
