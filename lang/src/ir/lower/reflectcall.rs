//! reflect's call trampolines: package reflect declares
//! `func callN(fn, args *byte)` without a body for a few frame sizes N,
//! and the compiler makes each one a function that copies N bytes from
//! `args` into its outgoing area, calls the func value `fn` (a closure
//! word) with them, and copies the area back, results included. So
//! Value.Call is an ordinary Go call, whose panics, traces, stack
//! splits and preemption need nothing of their own (Go 1.2's
//! reflect·call did the same with a new stack segment instead).
//!
//! Likewise reflect's channel operations are bodyless functions that the
//! compiler makes into calls of the runtime services `<-`, `close`,
//! `make` and `select` use ([`service_forwarder`]): the goroutine may park inside them
//! as in any channel operation.

use super::*;

/// The frame size of the trampoline named `name` (`reflect.call64`), if
/// it is one.
pub(super) fn trampoline_size(name: &str) -> Option<u32> {
    let n: u32 = name.strip_prefix("reflect.call")?.parse().ok()?;
    (n.is_power_of_two() && (16..=1 << 20).contains(&n)).then_some(n)
}

/// The runtime service a reflect function named `name` forwards to, with
/// the words of its argument area (arguments and results; [`PTR`] or
/// [`INT`] each): the Go declaration in stdlib/go/reflect has that very
/// layout.
pub(super) fn service_forwarder(name: &str) -> Option<(Service, &'static [bool])> {
    Some(match name {
        // (c, p *byte)
        "reflect.chansend" => (Service::ChanSend, &[PTR, PTR]),
        // (c, p *byte) (ok bool)
        "reflect.chanrecv" => (Service::ChanRecv, &[PTR, PTR, INT]),
        // (c *byte)
        "reflect.chanclose" => (Service::ChanClose, &[PTR]),
        // (elemSize uintptr, elem *rtype, n int) *byte
        "reflect.makechan" => (Service::MakeChan, &[INT, PTR, INT, PTR]),
        // (n int, block uintptr, cases *selectCase) (chosen int, recvOK uintptr)
        "reflect.rselect" => (Service::Select, &[INT, INT, PTR, INT, INT]),
        _ => return None,
    })
}

/// reflect's MakeFunc entry: the code of every func value MakeFunc makes.
pub(super) const MAKE_FUNC_STUB: &str = "reflect.makeFuncStub";
/// The Go function it calls: `callReflect(ctx, frame *byte)`, declared
/// before the stub in stdlib/go/reflect/makefunc.go. Named by name, so it
/// is one of check/lazy.rs's `COMPILER_ROOTS` (its body always checked).
const CALL_REFLECT: &str = "reflect.callReflect";

impl ModuleBuilder<'_> {
    /// reflect.makeFuncStub: called as any func value, with the closure
    /// object MakeFunc made as its context, it passes that object and the
    /// address of its own incoming argument area (the caller's outgoing
    /// one, which holds the arguments and receives the results) to
    /// reflect.callReflect. It is nosplit and has no arguments of its own:
    /// it never moves to a new segment, so the address stays the
    /// caller's, whatever the size of the arguments (Go 1.2's
    /// makeFuncStub, written in assembly, did the same).
    pub(super) fn make_func_stub(&mut self, name: String, file: String) -> Option<FuncId> {
        let (pkg, func) = CALL_REFLECT.split_once('.')?;
        let target = self.find_func(pkg, func)?;
        let id = self.empty_func(name, file, 0);
        let w = self.p.target.ptr_size;
        let mut b = FnBuilder::new(self, id);
        // No arguments of its own: the ones it passes on are described by
        // the function MakeFunc was given.
        b.arg_size = 0;
        let ctx = b.ptr_temp();
        b.emit(Inst::ClosureContext { dst: ctx }, 0);
        b.mov(Loc::Out(0), ctx, w, 0);
        b.emit(
            Inst::Addr {
                dst: Loc::Out(w),
                what: AddrOf::Frame(Loc::Arg(0)),
            },
            0,
        );
        b.call(Callee::Func(target), 2 * w, 0);
        b.terminate(Term::Return, 0);
        let mut f = b.finish();
        f.nosplit = true;
        f.wrapper = true;
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The function `name` passing its whole argument area, of the words
    /// `words` ([`PTR`] or [`INT`] each), to the runtime service `s` and
    /// its results back.
    pub(super) fn reflect_forwarder(
        &mut self,
        name: String,
        file: String,
        s: Service,
        words: &[bool],
    ) -> FuncId {
        let id = self.empty_func(name, file, 0);
        let size = words.len() as u32 * self.p.target.ptr_size;
        let mut b = FnBuilder::new(self, id);
        b.arg_size = size;
        b.arg_ptrs = PtrMask::from_words(words);
        b.emit(
            Inst::Move {
                dst: Loc::Out(0),
                src: Loc::Arg(0),
                size,
            },
            0,
        );
        b.call(Callee::Runtime(s), size, 0);
        b.emit(
            Inst::Move {
                dst: Loc::Arg(0),
                src: Loc::Out(0),
                size,
            },
            0,
        );
        b.terminate(Term::Return, 0);
        let mut f = b.finish();
        // Left out of traces, as gc's assembly reflectcall is.
        f.wrapper = true;
        self.module.funcs[id.0 as usize] = f;
        id
    }

    /// The function `name` (a [`trampoline_size`] name) copying `size`
    /// bytes each way around its call.
    pub(super) fn reflect_trampoline(&mut self, name: String, file: String, size: u32) -> FuncId {
        let id = self.empty_func(name, file, 0);
        let w = self.p.target.ptr_size;
        let mut b = FnBuilder::new(self, id);
        // (fn, args *byte)
        b.arg_size = 2 * w;
        b.arg_ptrs = PtrMask::from_words(&[PTR, PTR]);
        let (fv, args) = (b.ptr_temp(), b.ptr_temp());
        b.mov(fv, Loc::Arg(0), w, 0);
        b.mov(args, Loc::Arg(w), w, 0);
        b.emit(
            Inst::Load {
                dst: Loc::Out(0),
                ptr: args,
                off: 0,
                size,
            },
            0,
        );
        b.call(Callee::Closure(fv), size, 0);
        b.emit(
            Inst::Store {
                ptr: args,
                off: 0,
                src: Loc::Out(0),
                size,
            },
            0,
        );
        b.terminate(Term::Return, 0);
        let mut f = b.finish();
        // Left out of traces, as gc's assembly reflectcall is.
        f.wrapper = true;
        self.module.funcs[id.0 as usize] = f;
        id
    }
}
