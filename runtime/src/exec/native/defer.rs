//! defer, panic and recover on the native executor (Go 1.2: runtime·
//! deferproc, deferreturn, panic, recover and recovery in panic.c).
//!
//! The state is host-side, per goroutine ([`Defers`]): the defer chain (one
//! LIFO list of records for every frame, as Go's g->defer) and the panics
//! in progress (Go's g->panic chain, newest last). A frame is identified by
//! its SP in its body (the `sched.sp` the trampoline saved when the frame
//! called Defer): unique among live frames, since each frame's records are
//! all consumed (by DeferReturn or by a panic) before the frame is gone.
//!
//! **DeferReturn** (a return of a function that defers; Go 1.2's
//! deferreturn + jmpdefer): if the newest record belongs to the calling
//! frame (SP `S`, return address `R` after `call trampoline`), it is popped,
//! its argument bytes are copied into the frame's outgoing area at `S`
//! (always big enough: the frame passed the same bytes to Defer from there),
//! `R - 10` (the `mov eax, DeferReturn`) is stored at `S - 8`, and the
//! goroutine continues at the deferred function with SP = `S - 8` and the
//! closure in rbx, exactly as if the frame had called it: the callee's
//! prologue checks the stack (and may split), and its `ret` lands on the
//! DeferReturn call again with SP = `S`, which runs the next record or
//! returns to the frame.
//!
//! **Panics** (Service::Panic, and every run-time error a service reports
//! as `Stop::Panic`): a [`PanicRec`] is pushed with the value (a runtime
//! error is a `runtime.Error` string, typedesc::runtime_error_desc) and the
//! panic site (`sched`). Then the newest record is popped and run as Go 1.2
//! runs it (reflect·call through newstackcall): always on a segment of its
//! own, by a `newstack` request made here, whose arguments come from a heap
//! copy and whose caller is the `deferret` stub at SP `B = site_sp - 8`
//! (where the trampoline call at the site left the site's return address,
//! so a traceback goes on through the site's frames). The call returns into
//! lessstack, oldstack resumes `deferret`, which calls PanicContinue: the
//! next record runs, or, if the call recovered, the recovery: the panic is
//! dropped (with any older panic whose deferred call it unwound through),
//! `unwindstack` releases the segments above the frame that deferred the
//! call and restores G's bounds, and the frame resumes at its function's
//! recover block with SP = its SP; that block runs the frame's remaining
//! records (DeferReturn) and returns normally. With no record left, the
//! panic chain is printed (`panic: a [recovered]` / `\tpanic: b`) and the
//! trace starts at the newest panic's site.
//!
//! **Recover** returns the value of the newest panic, once, when called by
//! the deferred function itself: the caller's frame SP plus its frame size
//! is the entry SP of the deferred call this panic started (Go's rule).

use super::Thread;
use crate::abi::g;
use crate::heap::Layout;
use crate::mem::Mem;
use crate::services::{panic_value, Service, Stop};
use crate::stack::{newstack, unwindstack, Gobuf, MoreBuf, NewStack, SplitRequest};
use crate::throw::Fatal;
use crate::typedesc::{is_runtime_error, runtime_error_desc, Kind, TypeView};
// The bytes of `mov eax, imm32; call rel32`, the code generator's runtime call.
use splitgo_abi::amd64::RUNTIME_CALL_LEN;

/// One deferred call: the frame that recorded it (its SP, and the pc of
/// its Defer call, for its function), the closure and the argument bytes.
#[derive(Debug)]
struct DeferRec {
    sp: u64,
    pc: u64,
    clo: u64,
    args: Vec<u8>,
}

/// A panic in progress.
#[derive(Debug)]
struct PanicRec {
    desc: u64,
    data: u64,
    text: String,
    /// `text` is final: the value's Error or String method gave it, or it
    /// has none (exec/native/gocall.rs: print_panics).
    texted: bool,
    recovered: bool,
    /// Not a panic: runtime.Goexit running the deferred calls before the
    /// goroutine ends. recover() does not see it; it is never printed.
    goexit: bool,
    /// A newer panic ran a deferred call recorded before this panic's
    /// running call: this panic's call will never return.
    aborted: bool,
    site_pc: u64,
    site_sp: u64,
    /// Records at this index and above were made during this panic's
    /// running deferred call.
    mark: usize,
    /// The frame whose deferred call runs (SP, and a pc in its function).
    frame_sp: u64,
    frame_pc: u64,
    /// The entry SP of the running deferred call.
    call_sp: u64,
    /// The value is a run-time error (typedesc::is_runtime_error).
    runtime_error: bool,
}

/// The defer chain and the panics of one goroutine.
#[derive(Debug, Default)]
pub(super) struct Defers {
    recs: Vec<DeferRec>,
    panics: Vec<PanicRec>,
    /// The `deferret` stub.
    deferret: u64,
    /// Go calls the runtime made and waits for, newest last
    /// (exec/native/gocall.rs).
    pub(super) calls: Vec<super::gocall::GoCall>,
}

impl Defers {
    pub(super) fn new(deferret: u64) -> Defers {
        Defers {
            deferret,
            ..Defers::default()
        }
    }

    /// Whether any deferred call is recorded.
    pub(super) fn pending(&self) -> bool {
        !self.recs.is_empty()
    }

    pub(super) fn recs_len(&self) -> usize {
        self.recs.len()
    }

    pub(super) fn panics_len(&self) -> usize {
        self.panics.len()
    }

    /// Drops the panics from index `mark` on (they ended at a Go call the
    /// runtime made), giving the newest one's type and text.
    pub(super) fn take_panics(&mut self, mark: usize) -> Option<(u64, String)> {
        let newest = self
            .panics
            .get(mark..)?
            .last()
            .map(|p| (p.desc, p.text.clone()));
        self.panics.truncate(mark);
        newest
    }

    /// The panic (or Goexit) whose deferred call was started with the
    /// `deferret` stub's frame at `sp` (`site_sp - 8`): whether it is a
    /// Goexit, its site's pc, and its text if it is a run-time error
    /// (runtime/src/callers.rs names the runtime function gc raises it
    /// from).
    pub(super) fn unwinding_at(&self, sp: u64) -> Option<(bool, u64, Option<String>)> {
        let p = self
            .panics
            .iter()
            .rev()
            .find(|p| p.site_sp.wrapping_sub(8) == sp)?;
        let runtime_error = p.runtime_error.then(|| p.text.clone());
        Some((p.goexit, p.site_pc, runtime_error))
    }

    /// Panic `index`'s value printed as `text` (its method's result).
    pub(super) fn set_panic_text(&mut self, index: usize, text: String) {
        if let Some(p) = self.panics.get_mut(index) {
            p.text = text;
            p.texted = true;
        }
    }

    /// The newest panic (not a Goexit) whose value's text must come from
    /// its Error or String method: its index, the method and the value's
    /// address. Marks those without such a method as done on the way.
    pub(super) fn panic_needing_text<M: Mem + ?Sized>(
        &mut self,
        m: &M,
    ) -> Option<(usize, u64, u64)> {
        for (i, p) in self.panics.iter_mut().enumerate().rev() {
            if p.texted || p.goexit {
                continue;
            }
            let tv = crate::typedesc::TypeView {
                mem: m,
                addr: p.desc,
            };
            let method = (p.desc != 0 && !is_runtime_error(m, p.desc))
                .then(|| tv.method("Error").or_else(|| tv.method("String")))
                .flatten();
            match method {
                Some(f) => return Some((i, f, p.data)),
                None => p.texted = true,
            }
        }
        None
    }

    /// The site of the newest panic: where the runtime's calls for it run.
    pub(super) fn newest_site(&self) -> (u64, u64) {
        self.panics
            .last()
            .map_or((0, 0), |p| (p.site_pc, p.site_sp))
    }
}

impl Thread {
    pub(super) fn sched(&self) -> (u64, u64) {
        let m = &self.mem;
        (
            m.field(self.g().gp, g::SCHED_PC),
            m.field(self.g().gp, g::SCHED_SP),
        )
    }

    pub(super) fn set_sched(&self, pc: u64, sp: u64, ctxt: u64) {
        let m = &self.mem;
        m.set_field(self.g().gp, g::SCHED_PC, pc);
        m.set_field(self.g().gp, g::SCHED_SP, sp);
        m.set_field(self.g().gp, g::SCHED_CTXT, ctxt);
    }

    /// The services that change where the goroutine runs (see the module
    /// documentation), `s.is_executor()` or Panic.
    /// The frame (pc, sp) that called the frame at (`pc`, `sp`) of the
    /// running goroutine, across a segment boundary if there is one, as
    /// the unwinder steps (traceback.rs).
    fn caller_frame(&self, pc: u64, sp: u64) -> Option<(u64, u64)> {
        let m = &self.mem;
        let w = u64::from(m.word().0);
        let f = self.functab.find(pc)?;
        let ret_at = sp + f.sp_delta(pc);
        let ret = m.read_word(ret_at);
        if ret == self.abi.lessstack_pc {
            let base = m.field(self.g().gp, g::STACKBASE);
            if base == 0 {
                return None;
            }
            return Some((
                m.field(base, crate::abi::stktop::GOBUF_PC),
                m.field(base, crate::abi::stktop::GOBUF_SP),
            ));
        }
        Some((ret, ret_at + w))
    }

    /// Whether the frame at (`pc`, `sp`) is the deferred call a panic
    /// started, whose entry SP is `call_sp`: itself, or through callers
    /// that are all autogenerated wrappers (an itab or method-value
    /// wrapper deferred by `defer i.M()` passes the right to recover on
    /// to the method it calls, as gc's wrappers do).
    fn called_by_panic(&self, pc: u64, sp: u64, call_sp: u64) -> bool {
        let (mut pc, mut sp) = (pc, sp);
        for _ in 0..8 {
            let Some(f) = self.functab.find(pc) else {
                return false;
            };
            if sp + f.frame_size == call_sp {
                return true;
            }
            match self.caller_frame(pc, sp) {
                Some((p, s)) if self.functab.find(p).is_some_and(|g| g.wrapper) => {
                    (pc, sp) = (p, s)
                }
                _ => return false,
            }
        }
        false
    }

    pub(super) fn defer_service(&mut self, s: Service, args: u64) -> Result<(), Stop> {
        let (pc, sp) = self.sched();
        let m = &self.mem;
        let w = 8;
        match s {
            Service::Defer => {
                let size = m.read_word(args) as usize;
                let clo = m.read_word(args + w);
                let mut bytes = vec![0u8; size];
                m.read_bytes(args + 2 * w, &mut bytes);
                self.gs[self.sched.cur].defers.recs.push(DeferRec {
                    sp,
                    pc,
                    clo,
                    args: bytes,
                });
                Ok(())
            }
            Service::DeferReturn => {
                if self.gs[self.sched.cur]
                    .defers
                    .recs
                    .last()
                    .is_none_or(|d| d.sp != sp)
                {
                    return Ok(());
                }
                let d = self.gs[self.sched.cur]
                    .defers
                    .recs
                    .pop()
                    .expect("checked above");
                if d.clo == 0 {
                    // `defer f()` with f nil: the call faults, as in Go.
                    return self.runtime_panic(crate::signals::NIL_DEREF.into());
                }
                if !d.args.is_empty() {
                    m.write_bytes(sp, &d.args);
                }
                m.write_word(sp - w, pc - RUNTIME_CALL_LEN);
                let code = m.read_word(d.clo);
                self.set_sched(code, sp - w, d.clo);
                Ok(())
            }
            Service::Recover | Service::RecoverOfCaller => {
                let (mut pc, mut sp) = (pc, sp);
                if s == Service::RecoverOfCaller {
                    // Up one frame, from the wrapper to its caller.
                    match self.caller_frame(pc, sp) {
                        Some(up) => (pc, sp) = up,
                        None => (pc, sp) = (0, 0),
                    }
                }
                let call_sp = self.gs[self.sched.cur]
                    .defers
                    .panics
                    .last()
                    .map_or(0, |p| p.call_sp);
                let direct = self.called_by_panic(pc, sp, call_sp);
                let (mut desc, mut data) = (0, 0);
                if let Some(p) = self.gs[self.sched.cur].defers.panics.last_mut() {
                    if direct && !p.recovered && !p.aborted && !p.goexit {
                        p.recovered = true;
                        (desc, data) = (p.desc, p.data);
                    }
                }
                m.write_word(args, desc);
                m.write_word(args + w, data);
                Ok(())
            }
            Service::Panic => {
                let (desc, data) = (m.read_word(args), m.read_word(args + w));
                if desc == 0 {
                    return self.runtime_panic(
                        "panic called with nil argument (use runtime.PanicNilError)".into(),
                    );
                }
                let text = panic_value(m, desc, data);
                self.push_panic(desc, data, text, pc, sp, false);
                self.panic_next()
            }
            Service::PanicContinue => self.panic_continue(),
            Service::CallReturn => self.call_return(),
            _ => Err(Fatal::new("runtime: not an executor service").into()),
        }
    }

    /// A run-time error (`Stop::Panic(msg)` from a service) becomes a panic
    /// whose value is a `runtime.Error` with that message.
    pub(super) fn runtime_panic(&mut self, msg: String) -> Result<(), Stop> {
        let (pc, sp) = self.sched();
        let m = &self.mem;
        let p = self.heap.alloc_bytes(msg.len() as u64, 1)?;
        m.write_bytes(p, msg.as_bytes());
        // A string header: its first word points at the bytes.
        let hdr = self.heap.alloc(16, 8, &Layout::Word(1))?;
        m.write_word(hdr, p);
        m.write_word(hdr + 8, msg.len() as u64);
        let desc = self
            .runtime_errors
            .get(crate::typedesc::RuntimeErrorType::of(&msg) as usize)
            .copied()
            .unwrap_or_else(runtime_error_desc);
        // The value is boxed as every interface's: a pointer type's box
        // holds the pointer (typedesc::runtime_error_message).
        let data = if (TypeView { mem: m, addr: desc }).kind() == Some(Kind::Pointer) {
            let b = self.heap.alloc(8, 8, &Layout::Word(1))?;
            m.write_word(b, hdr);
            b
        } else {
            hdr
        };
        self.push_panic(desc, data, msg, pc, sp, false);
        self.panic_next()
    }

    /// runtime.Goexit with deferred calls recorded: they run, last first,
    /// as a panic's would (recover returns nil in them), then the goroutine
    /// ends (Go 1.2: runtime·Goexit).
    pub(super) fn start_goexit(&mut self) -> Result<(), Stop> {
        let (pc, sp) = self.sched();
        self.push_panic(0, 0, String::new(), pc, sp, true);
        self.panic_next()
    }

    /// Starts a panic (or, with `goexit`, runtime.Goexit's run of the
    /// deferred calls) from the site (`site_pc`, `site_sp`); panic_next
    /// then runs the newest deferred call.
    fn push_panic(
        &mut self,
        desc: u64,
        data: u64,
        text: String,
        site_pc: u64,
        site_sp: u64,
        goexit: bool,
    ) {
        let runtime_error = is_runtime_error(&self.mem, desc);
        self.gs[self.sched.cur].defers.panics.push(PanicRec {
            runtime_error,
            desc,
            data,
            text,
            texted: false,
            recovered: false,
            goexit,
            aborted: false,
            site_pc,
            site_sp,
            mark: usize::MAX,
            frame_sp: 0,
            frame_pc: 0,
            call_sp: 0,
        });
    }

    /// A deferred call of the newest panic returned.
    fn panic_continue(&mut self) -> Result<(), Stop> {
        let recovered = self.gs[self.sched.cur]
            .defers
            .panics
            .last()
            .is_some_and(|p| p.recovered);
        if !recovered {
            return self.panic_next();
        }
        let p = self.gs[self.sched.cur]
            .defers
            .panics
            .pop()
            .expect("checked above");
        while self.gs[self.sched.cur]
            .defers
            .panics
            .last()
            .is_some_and(|q| q.aborted)
        {
            self.gs[self.sched.cur].defers.panics.pop();
        }
        let (cx, cache, gs) = self.split_parts();
        unwindstack(&cx, cache, gs, p.frame_sp)?;
        let Some(resume) = self.functab.find(p.frame_pc).and_then(|f| f.recover) else {
            return Err(Fatal::new("recovery failed")
                .line(format!(
                    "runtime: no recover block for the frame at pc={:#x}",
                    p.frame_pc
                ))
                .into());
        };
        self.set_sched(resume, p.frame_sp, 0);
        Ok(())
    }

    /// Runs the newest deferred call for the newest panic, or, when none is
    /// left, stops the goroutine with the panic chain.
    fn panic_next(&mut self) -> Result<(), Stop> {
        let defers = &mut self.gs[self.sched.cur].defers;
        let goexit = defers.panics.last().is_some_and(|p| p.goexit);
        if let Some(call) = defers.calls.last() {
            // A panic stops at a Go call the runtime made (gocall.rs);
            // Goexit goes on through it and ends the goroutine.
            if defers.recs.len() <= call.defer_mark {
                if !goexit {
                    return self.call_panicked();
                }
                defers.calls.clear();
            }
        }
        let Some(d) = defers.recs.pop() else {
            let panics = &mut self.gs[self.sched.cur].defers.panics;
            if panics.last().is_some_and(|p| p.goexit) {
                // Goexit ran every deferred call: the goroutine ends.
                panics.pop();
                return self.exit_goroutine();
            }
            return self.print_panics();
        };
        let n = self.gs[self.sched.cur].defers.recs.len();
        let top = self.gs[self.sched.cur].defers.panics.len() - 1;
        let (older, newest) = self.gs[self.sched.cur].defers.panics.split_at_mut(top);
        for q in older {
            if n < q.mark {
                q.aborted = true;
            }
        }
        let p = &mut newest[0];
        p.mark = n;
        p.frame_sp = d.sp;
        p.frame_pc = d.pc;
        if d.clo == 0 {
            // A nil deferred func: its call faults at once, a new panic
            // that aborts this one (its deferred call never returns).
            return self.runtime_panic(crate::signals::NIL_DEREF.into());
        }
        let base = p.site_sp - 8;

        let m = &self.mem;
        let code = m.read_word(d.clo);
        let framesize = self
            .functab
            .find(code)
            .filter(|f| !f.runtime)
            .map_or(0, |f| f.frame_size);
        let argsize = (d.args.len() as u64).div_ceil(8) * 8;
        // The deferred call's argument area: as for the runtime's calls of
        // Go (gocall.rs), the callee's stack maps cover its words.
        let argp = self.heap.alloc_bytes(argsize.max(8), 8)?;
        m.write_bytes(argp, &d.args);
        let req = SplitRequest {
            framesize,
            argsize,
            morebuf: MoreBuf {
                pc: self.g().defers.deferret,
                sp: base,
                lr: 0,
            },
            sched: Gobuf {
                pc: code,
                sp: base - 8,
                lr: 0,
                ctxt: d.clo,
            },
            argp,
            panicking: true,
        };
        let (cx, cache, gs) = self.split_parts();
        let next = match newstack(&cx, cache, gs, &req)? {
            NewStack::Grow(grow) => Gobuf {
                pc: grow.pc,
                sp: grow.sp,
                lr: 0,
                ctxt: grow.ctxt,
            },
            // newstack drops preemption requests for runtime calls.
            NewStack::Preempted { .. } => {
                return Err(
                    Fatal::new("runtime: a deferred call run by a panic was preempted").into(),
                )
            }
        };
        if let Some(p) = self.gs[self.sched.cur].defers.panics.last_mut() {
            p.call_sp = next.sp;
        }
        self.set_sched(next.pc, next.sp, next.ctxt);
        Ok(())
    }

    /// No deferred call recovered: Go prints every panic of the chain,
    /// oldest first, and the trace from the newest one's site.
    pub(super) fn unrecovered(&mut self) -> Stop {
        let mut text = String::new();
        let chain = self.gs[self.sched.cur].defers.panics.iter();
        for (i, p) in chain.filter(|p| !p.goexit).enumerate() {
            if i > 0 {
                text.push_str("\n\tpanic: ");
            }
            text.push_str(&p.text);
            if p.recovered {
                text.push_str(" [recovered]");
            }
        }
        if let Some(p) = self.gs[self.sched.cur].defers.panics.last() {
            self.set_sched(p.site_pc, p.site_sp, 0);
        }
        Stop::Panic(text)
    }
}
