//! Go functions the runtime calls: the `Error` and `String` methods fmt
//! formats values with (and package fmt's helper that calls a value's
//! `Format`), and those the panic printer turns panic values into text with (Go: fmt's handleMethods, the runtime's preprintpanics;
//! Go 1.2 ran such calls through reflect·call and newstackcall).
//!
//! Rust never runs Go code on its own stack, and never waits for it: a
//! service that needs a method's result records what it was doing in a
//! [`GoCall`] on the goroutine (its continuation, [`Then`]) and makes the
//! goroutine call the method, exactly as a panic runs a deferred call
//! (exec/native/defer.rs): on a segment of its own, by a `newstack` request whose
//! arguments come from a heap block and whose caller is the `callret` stub
//! at SP `site_sp - 8`, where the service's site left its return address
//! (so a trace through the method goes on through the site's frames). The
//! method returns into lessstack; oldstack copies its results back into the
//! heap block and resumes `callret`, which calls the CallReturn service:
//! the continuation takes the result and either makes the next call or
//! finishes its work and resumes the goroutine after the service call.
//!
//! The goroutine runs ordinary Go code meanwhile: it may split, be
//! preempted, block on a channel, or call fmt again (calls nest; the
//! goroutine keeps a stack of them). Since the state lives on the
//! goroutine and not on a Rust stack, other goroutines run freely.
//!
//! A panic inside the call stops at the call, as Go's fmt and
//! preprintpanics recover it: the deferred calls recorded by the frames
//! below the call are not run ([`GoCall::defer_mark`]); when the panic has
//! no deferred call of its own left, it is dropped, the call's segments
//! are released, and the continuation hears of it ([`Thread::call_panicked`]).
//! runtime.Goexit inside the call is not stopped: as in Go, it runs every
//! deferred call of the goroutine and ends it.

use super::Thread;
use crate::mem::Mem;
use crate::methods::{MethodCall, MethodResult};
use crate::services::{NativeFn, Stop};
use crate::stack::{newstack, unwindstack, Gobuf, MoreBuf, NewStack, SplitRequest};
use crate::throw::Fatal;
use crate::typedesc::TypeView;
use crate::value::read_string;

/// What a Go call's result is for.
#[derive(Debug)]
pub(super) enum Then {
    /// A fmt native at `args` needs method results: those gathered so far,
    /// in the order its formatting asks for them, and the calls still to
    /// make in this round, last first (methods.rs).
    Fmt {
        f: NativeFn,
        args: u64,
        results: Vec<MethodResult>,
        queue: Vec<MethodCall>,
    },
    /// The panic printer needs the text of panic `index` (Go:
    /// preprintpanics turns each error or Stringer into its text first).
    PanicText { index: usize },
}

/// A Go call the runtime made and waits for.
#[derive(Debug)]
pub(super) struct GoCall {
    then: Then,
    /// Where the string result lies in the call's argument block (heap:
    /// the argument words, a method's receiver pointer, then the result,
    /// copied back by oldstack).
    result: u64,
    /// Where the goroutine stood when the runtime needed the call: the
    /// service's site, resumed when the work is done.
    site_pc: u64,
    site_sp: u64,
    /// Deferred calls at this index and above were recorded inside the
    /// call; those below belong to the frames under it.
    pub(super) defer_mark: usize,
    /// Panics at this index and above started inside the call.
    panic_mark: usize,
}

/// Words of the string result that follows a call's arguments.
const RESULT_WORDS: u64 = 2;

impl Thread {
    /// A fmt native (`f`, arguments at `args`): formats with the method
    /// results gathered so far and finishes, or, if the formatting needs
    /// methods not yet called, starts calling them. The goroutine must
    /// stand at the native's site (`g.sched`).
    pub(super) fn fmt_native(
        &mut self,
        f: NativeFn,
        args: u64,
        results: Vec<MethodResult>,
    ) -> Result<(), Stop> {
        let (results, mut queue) = {
            let hook = self.format_hook;
            let mut cx = self.service_ctx();
            match crate::services::fmt_native(&mut cx, f, args, results, hook)? {
                None => return Ok(()),
                Some(more) => more,
            }
        };
        // Taken from the end: a slice of 10 000 Stringers is 10 000 calls.
        queue.reverse();
        let (site_pc, site_sp) = self.sched();
        self.next_fmt_call(f, args, results, queue, site_pc, site_sp)
    }

    /// Starts the next call of `queue` (its last) for the fmt native `f`.
    fn next_fmt_call(
        &mut self,
        f: NativeFn,
        args: u64,
        results: Vec<MethodResult>,
        mut queue: Vec<MethodCall>,
        site_pc: u64,
        site_sp: u64,
    ) -> Result<(), Stop> {
        let Some(call) = queue.pop() else {
            return Err(Fatal::new("runtime: no method call to make").into());
        };
        let then = Then::Fmt {
            f,
            args,
            results,
            queue,
        };
        let (func, words) = call.words();
        self.start_call(func, &words, then, site_pc, site_sp)
    }

    /// Makes the goroutine call the func value `func` with the argument
    /// words `args` and a string result (a `func() string` method: the
    /// receiver pointer), on a segment of its own above the site
    /// (`site_pc`, `site_sp`); `then` continues when it returns.
    pub(super) fn start_call(
        &mut self,
        func: u64,
        args: &[u64],
        then: Then,
        site_pc: u64,
        site_sp: u64,
    ) -> Result<(), Stop> {
        let m = &self.mem;
        let w = u64::from(m.word().0);
        let nargs = args.len() as u64;
        let argsize = (nargs + RESULT_WORDS) * w;
        // The called function's argument area, on no stack: while it runs
        // its own stack maps name the argument words that hold pointers
        // (as a caller's outgoing area is left to the callee), so the
        // area's own bits stay clear.
        let argp = self.heap.alloc_bytes(argsize, w)?;
        for (i, &a) in args.iter().enumerate() {
            m.write_word(argp + i as u64 * w, a);
        }
        m.write_word(argp + nargs * w, 0);
        m.write_word(argp + (nargs + 1) * w, 0);
        let code = m.read_word(func);
        let framesize = self
            .functab
            .find(code)
            .filter(|f| !f.runtime)
            .map_or(0, |f| f.frame_size);
        let base = site_sp - w;
        let req = SplitRequest {
            framesize,
            argsize,
            morebuf: MoreBuf {
                pc: self.callret,
                sp: base,
                lr: 0,
            },
            sched: Gobuf {
                pc: code,
                sp: base - w,
                lr: 0,
                ctxt: func,
            },
            argp,
            // A call the runtime makes: no function start to resume at,
            // so a preemption request waits for the next check.
            panicking: true,
        };
        let defers = &self.g().defers;
        let call = GoCall {
            then,
            result: argp + nargs * w,
            site_pc,
            site_sp,
            defer_mark: defers.recs_len(),
            panic_mark: defers.panics_len(),
        };
        let (cx, cache, gs) = self.split_parts();
        let next = match newstack(&cx, cache, gs, &req)? {
            NewStack::Grow(grow) => grow,
            NewStack::Preempted { .. } => {
                return Err(Fatal::new("runtime: a call made by the runtime was preempted").into())
            }
        };
        self.g_mut().defers.calls.push(call);
        self.set_sched(next.pc, next.sp, next.ctxt);
        Ok(())
    }

    /// CallReturn: the newest Go call returned into `callret`.
    pub(super) fn call_return(&mut self) -> Result<(), Stop> {
        let Some(call) = self.g_mut().defers.calls.pop() else {
            return Err(Fatal::new("runtime: callret without a call").into());
        };
        let text = read_string(&self.mem, call.result);
        self.call_done(call, MethodResult::Text(text))
    }

    /// A panic reached the newest Go call with no deferred call of its
    /// own left: it ends there (Go's fmt: catchPanic; preprintpanics'
    /// recover). The goroutine goes back to the call's site.
    pub(super) fn call_panicked(&mut self) -> Result<(), Stop> {
        let Some(call) = self.g_mut().defers.calls.pop() else {
            return Err(Fatal::new("runtime: no call to stop a panic").into());
        };
        let (panic_pc, panic_sp) = self.g().defers.newest_site();
        let p = self.g_mut().defers.take_panics(call.panic_mark);
        if matches!(call.then, Then::PanicText { .. }) {
            // The program dies of it: the trace starts where the method
            // panicked, as gc's goes through preprintpanics.
            self.set_sched(panic_pc, panic_sp, 0);
        } else {
            let (cx, cache, gs) = self.split_parts();
            unwindstack(&cx, cache, gs, call.site_sp)?;
            self.set_sched(call.site_pc, call.site_sp, 0);
        }
        let Some((desc, text)) = p else {
            return Err(Fatal::new("runtime: a call panicked without a panic").into());
        };
        let is_string = desc != 0
            && !crate::typedesc::is_runtime_error(&self.mem, desc)
            && TypeView {
                mem: &self.mem,
                addr: desc,
            }
            .kind()
                == Some(crate::typedesc::Kind::String)
            && TypeView {
                mem: &self.mem,
                addr: desc,
            }
            .is_predeclared();
        let type_name = if desc == crate::typedesc::runtime_error_desc() {
            crate::typedesc::RuntimeErrorType::of(&text)
                .name()
                .to_string()
        } else if desc == 0 {
            "nil".to_string()
        } else {
            TypeView {
                mem: &self.mem,
                addr: desc,
            }
            .name()
        };
        self.call_done(
            call,
            MethodResult::Panicked {
                text,
                is_string,
                type_name,
            },
        )
    }

    /// Hands a Go call's outcome to its continuation.
    fn call_done(&mut self, call: GoCall, r: MethodResult) -> Result<(), Stop> {
        match call.then {
            Then::Fmt {
                f,
                args,
                mut results,
                queue,
            } => {
                results.push(r);
                if !queue.is_empty() {
                    return self.next_fmt_call(f, args, results, queue, call.site_pc, call.site_sp);
                }
                self.set_sched(call.site_pc, call.site_sp, 0);
                self.fmt_native(f, args, results)
            }
            Then::PanicText { index } => match r {
                MethodResult::Text(text) => {
                    let text = String::from_utf8_lossy(&text).into_owned();
                    self.g_mut().defers.set_panic_text(index, text);
                    self.print_panics()
                }
                MethodResult::Panicked {
                    text,
                    is_string,
                    type_name,
                } => {
                    // Go 1.19 preprintpanics: a string panic value is
                    // shown, anything else by its type.
                    let detail = if is_string {
                        text
                    } else {
                        format!("type {type_name}")
                    };
                    let msg = format!("panic while printing panic value: {detail}");
                    // The message is built once, on the way to exit.
                    Err(Fatal::new(Box::leak(msg.into_boxed_str())).into())
                }
            },
        }
    }

    /// The panic printer: the text of each panic whose value has an Error
    /// or String method comes from that method, called on the goroutine
    /// (newest first, as Go's preprintpanics); then the chain is printed.
    pub(super) fn print_panics(&mut self) -> Result<(), Stop> {
        let gi = self.sched.cur;
        let Some((index, func, recv)) = self.gs[gi].defers.panic_needing_text(&self.mem) else {
            return Err(self.unrecovered());
        };
        let (site_pc, site_sp) = self.g().defers.newest_site();
        self.start_call(func, &[recv], Then::PanicText { index }, site_pc, site_sp)
    }
}
