//! Wrapper functions the lowering generates: an itab's method wrappers
//! (through a boxed receiver or an embedded interface), the wrappers that
//! let `defer` and `go` call builtins, and the functions behind method
//! values and method expressions.

use super::*;
use crate::source::Span;
use crate::types::{NamedId, Type, TypeId};

impl<'p> ModuleBuilder<'p> {
    /// The argument layout of a method called through an itab: its
    /// receiver is the interface's data word, laid out as a `uintptr` (no
    /// Go type names it) but marked as the pointer it is.
    pub(super) fn data_word_layout(&self, msig: &crate::types::Signature) -> ArgLayout {
        let uintptr = self
            .p
            .types
            .basic_kind_type(crate::types::BasicKind::Uintptr);
        let mut layout = self.frame_layout(Some(uintptr), msig);
        let word = self.p.target.ptr_size;
        layout.ptrs.set(layout.params[0] / word);
        layout
    }

    /// The wrapper `T.m·i` through which an interface calls method `m` of a
    /// value of type `t` boxed in it: its receiver is the data word (a
    /// pointer to the boxed `t`).
    pub(super) fn method_wrapper(
        &mut self,
        t: TypeId,
        name: &str,
        pkg: crate::types::PkgId,
        span: Span,
    ) -> Option<FuncId> {
        let res = self.p.types.lookup_field_or_method(t, name, pkg);
        if let crate::types::lookup::LookupResult::Method {
            named: None,
            from_interface: true,
            index_path,
            method_index,
            sig,
            ..
        } = res
        {
            return self.embedded_iface_wrapper(t, name, &index_path, method_index, sig);
        }
        let crate::types::lookup::LookupResult::Method {
            named: Some(n),
            index_path,
            sig,
            pointer_recv,
            ..
        } = res
        else {
            self.unsupported(span, "this interface method");
            return None;
        };
        let (fref, _) = *self.methods.get(&(n, name.to_string()))?;
        let msig = self.p.types.signature(sig).cloned()?;
        let named_t = self.p.types.named_type_id(n)?;
        let t_is_ptr = matches!(self.p.types.under(t), Type::Pointer(_));
        let word = self.p.target.ptr_size;
        // The method's own receiver type and the wrapper's layouts.
        let recv_t = if pointer_recv {
            self.p.types.pointer_type_id(named_t)?
        } else {
            named_t
        };
        let inner = self.frame_layout(Some(recv_t), &msig);
        let outer = self.data_word_layout(&msig);
        let id = self.wrapper_record(fref, "·i");
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        b.arg_ptrs = outer.ptrs.clone();
        // The receiver: the boxed value, or (boxed pointer) the pointer or
        // what it points at.
        let data = Loc::Arg(outer.params[0]);
        let recv_size = b.m.size_of(recv_t);
        // The boxed value: `t` itself, or what a boxed pointer points at;
        // then through embedded fields for a promoted method.
        let boxed = if t_is_ptr {
            let p = b.ptr_temp();
            b.emit(
                Inst::Load {
                    dst: p,
                    ptr: data,
                    off: 0,
                    size: word,
                },
                0,
            );
            if !pointer_recv && index_path.is_empty() {
                // A value method called through a nil *T: gc's wrapper
                // panics (runtime.panicwrap) rather than fault.
                let n = b.m.p.types.named(n);
                let pkg = b.m.p.types.pkg_paths[n.pkg.0 as usize].clone();
                let msg = format!(
                    "value method {pkg}.{t}.{name} called using nil *{t} pointer",
                    t = n.name
                );
                b.panic_if_nil(p, &msg, 0);
            }
            place::Place::deref(p)
        } else {
            place::Place::at(data)
        };
        let base_t = match self_types_under(b.m, t) {
            Type::Pointer(p) => p,
            _ => t,
        };
        let (base, direct) = b.walk_embedded(boxed, base_t, &index_path, 0)?;
        let recv = if pointer_recv && direct {
            // The (embedded) pointer itself, nil or not.
            b.raw_addr(base, 0)
        } else if pointer_recv {
            b.place_addr(base, 0)
        } else {
            b.read(base, named_t, 0)
        };
        b.mov(Loc::Out(inner.params[0]), recv, recv_size, 0);
        b.forward(fref.callee(), &inner, &outer, &msig, 1);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The itab entry `S.m·i` for a method `t` has from an interface it
    /// embeds (`type S struct{ R }`): the wrapper reads the embedded
    /// interface out of the boxed value (through the fields of `path`) and
    /// calls its method `method_index` through its own itab, with its own
    /// data word as the receiver; a nil embedded interface faults there,
    /// as in Go.
    fn embedded_iface_wrapper(
        &mut self,
        t: TypeId,
        name: &str,
        path: &[usize],
        method_index: usize,
        sig: TypeId,
    ) -> Option<FuncId> {
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        // The interface's method takes a data word too: one layout.
        let layout = self.data_word_layout(&msig);
        let tname = self.p.types.type_string(t, crate::types::PkgId(0));
        // In the file of the type's declaration: a function without a file
        // is the runtime's, and a fault in it (a nil embedded interface)
        // would be a crash instead of a panic.
        let base = match self.p.types.under(t) {
            Type::Pointer(p) => *p,
            _ => t,
        };
        let (file, line) = self
            .p
            .types
            .as_named(base)
            .and_then(|n| self.p.types.named(n).span)
            .map_or((String::new(), 0), |sp| {
                (self.map.get(sp.file).name.clone(), self.line(sp))
            });
        let id = self.empty_func(format!("{tname}.{name}·i"), file, line);
        self.module.funcs[id.0 as usize].wrapper = true;
        let mut b = FnBuilder::new(self, id);
        b.arg_size = layout.total;
        b.arg_ptrs = layout.ptrs.clone();
        let data = Loc::Arg(layout.params[0]);
        let (boxed, base_t) = match self_types_under(b.m, t) {
            Type::Pointer(p) => {
                let ptr = b.ptr_temp();
                b.emit(
                    Inst::Load {
                        dst: ptr,
                        ptr: data,
                        off: 0,
                        size: word,
                    },
                    0,
                );
                (place::Place::deref(ptr), p)
            }
            _ => (place::Place::at(data), t),
        };
        let (field, it, _) = b.walk_embedded_to(boxed, base_t, path, 0)?;
        let iv = b.read(field, it, 0);
        let itab = b.ptr_temp();
        b.mov(itab, iv, word, 0);
        let fv = b.ptr_temp();
        b.emit(
            Inst::Load {
                dst: fv,
                ptr: itab,
                off: ((1 + method_index) as u32 * word) as i32,
                size: word,
            },
            0,
        );
        b.mov(Loc::Out(layout.params[0]), iv.plus(word), word, 0);
        b.forward(Callee::Closure(fv), &layout, &layout, &msig, 1);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The function that performs builtin `b` on its arguments, for
    /// `defer`/`go` of a builtin call (created on first use): `close(c)`
    /// takes the channel word, `panic(v)` an `interface{}`.
    pub(super) fn builtin_wrapper(&mut self, b: BuiltinWrapper) -> FuncId {
        if let Some(&id) = self.builtin_wrappers.get(&b) {
            return id;
        }
        let word = self.p.target.ptr_size;
        // The arguments' words: the channel, the interface{} value, none.
        let (name, args, svc): (_, &[bool], _) = match b {
            BuiltinWrapper::Close => ("runtime.closechan", &[PTR], Some(Service::ChanClose)),
            BuiltinWrapper::Panic => ("runtime.gopanic", &IFACE_WORDS, Some(Service::Panic)),
            BuiltinWrapper::Recover => ("runtime.gorecover", &[], Some(Service::RecoverOfCaller)),
        };
        let arg_size = args.len() as u32 * word;
        let id = self.empty_func(name.into(), String::new(), 0);
        self.builtin_wrappers.insert(b, id);
        let mut fb = FnBuilder::new(self, id);
        fb.arg_size = arg_size;
        fb.arg_ptrs = PtrMask::from_words(args);
        match svc {
            // Its results (the value recovered) are dropped.
            Some(Service::RecoverOfCaller) => fb.call_service(Service::RecoverOfCaller, 0),
            Some(svc) => {
                fb.mov(Loc::Out(0), Loc::Arg(0), arg_size, 0);
                fb.call(Callee::Runtime(svc), arg_size, 0);
            }
            None => {}
        }
        let end = if b == BuiltinWrapper::Panic {
            Term::Unreachable
        } else {
            Term::Return
        };
        fb.terminate(end, 0);
        let f = fb.finish();
        self.module.funcs[id.0 as usize] = f;
        id
    }

    /// A new, empty function record for a wrapper around `fref`, named
    /// after it with `suffix` (`·i` for an itab entry, `-fm` for a method
    /// value), in its file; the builder fills in the rest.
    fn wrapper_record(&mut self, fref: FnRef, suffix: &str) -> FuncId {
        let (base, file) = match fref {
            FnRef::Func(f) => {
                self.name_func(f);
                (
                    self.module.funcs[f.0 as usize].name.clone(),
                    self.module.funcs[f.0 as usize].file.clone(),
                )
            }
            FnRef::Native(nid) => (
                self.module.natives[nid.0 as usize].name.clone(),
                String::new(),
            ),
        };
        let id = self.empty_func(format!("{base}{suffix}"), file, 0);
        self.module.funcs[id.0 as usize].wrapper = true;
        id
    }

    /// A new function record with no body yet (a builder fills it in).
    pub(super) fn empty_func(&mut self, name: String, file: String, line: u32) -> FuncId {
        let id = FuncId(self.module.funcs.len() as u32);
        self.module.funcs.push(Func {
            name,
            file,
            line,
            arg_size: 0,
            locals_size: 0,
            slots: Vec::new(),
            arg_ptrs: PtrMask::none(),
            out_size: 0,
            blocks: Vec::new(),
            nosplit: false,
            noinline: false,
            wrapper: false,
            recover_block: None,
            inlined: Default::default(),
        });
        id
    }

    /// `T.m-fm`: the function a method value's closure calls; its receiver
    /// (of type `recv_t`) is stored in the closure object after the code word.
    pub(super) fn method_value_func(
        &mut self,
        n: NamedId,
        name: &str,
        recv_t: TypeId,
        sig: TypeId,
    ) -> Option<FuncId> {
        let (fref, _) = *self.methods.get(&(n, name.to_string()))?;
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        let inner = self.frame_layout(Some(recv_t), &msig);
        let outer = self.frame_layout(None, &msig);
        let id = self.wrapper_record(fref, "-fm");
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        b.arg_ptrs = outer.ptrs.clone();
        let ctx = b.ptr_temp();
        b.emit(Inst::ClosureContext { dst: ctx }, 0);
        let size = b.m.size_of(recv_t);
        let ptrs = b.m.pointer_mask(recv_t);
        let recv = b.alloc_slot(size, word, ptrs);
        b.emit(
            Inst::Load {
                dst: recv,
                ptr: ctx,
                off: word as i32,
                size,
            },
            0,
        );
        b.emit(
            Inst::Move {
                dst: Loc::Out(inner.params[0]),
                src: recv,
                size,
            },
            0,
        );
        b.forward(fref.callee(), &inner, &outer, &msig, 0);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The method expression `X.m` as a function of its own, for when it
    /// is not the method itself: `func(x X, params) results`, which finds
    /// the receiver from `x` as a call `x.m(...)` would (through embedded
    /// fields, taking the address or a copy) and calls the method, or, for
    /// a method of an interface (`X`'s own or one it embeds), calls
    /// through that interface's itab. Created once per (X, m).
    pub(super) fn method_expr_func(
        &mut self,
        xt: TypeId,
        name: &str,
        pkg: crate::types::PkgId,
        span: Span,
    ) -> Option<FuncId> {
        use crate::types::lookup::LookupResult;
        if let Some(&id) = self.method_exprs.get(&(xt, name.to_string())) {
            return Some(id);
        }
        let res = self.p.types.lookup_field_or_method(xt, name, pkg);
        let LookupResult::Method { sig, .. } = res else {
            self.unsupported(span, "this method expression");
            return None;
        };
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        let outer = self.frame_layout(Some(xt), &msig);
        let tname = self.p.types.type_string(xt, crate::types::PkgId(0));
        // In the file being lowered: a function without a file is the
        // runtime's (a fault in it would crash instead of panicking).
        let file = self.map.get(span.file).name.clone();
        let line = self.line(span);
        let id = self.empty_func(format!("{tname}.{name}"), file, line);
        self.module.funcs[id.0 as usize].wrapper = true;
        self.method_exprs.insert((xt, name.to_string()), id);
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        b.arg_ptrs = outer.ptrs.clone();
        let arg = Loc::Arg(outer.params[0]);
        let x_ptr = matches!(self_types_under(b.m, xt), Type::Pointer(_));
        let (start, base_t) = match self_types_under(b.m, xt) {
            Type::Pointer(p) => (place::Place::deref(arg), p),
            _ => (place::Place::Frame(arg), xt),
        };
        match res {
            LookupResult::Method {
                named: Some(n),
                index_path,
                pointer_recv,
                ..
            } => {
                let (fref, _) = *b.m.methods.get(&(n, name.to_string()))?;
                if let FnRef::Func(f) = fref {
                    b.m.enqueue(f);
                }
                let named_t = b.m.p.types.named_type_id(n)?;
                let recv_t = if pointer_recv {
                    b.m.p.types.pointer_type_id(named_t)?
                } else {
                    named_t
                };
                let inner = b.m.frame_layout(Some(recv_t), &msig);
                let (base, direct) = b.walk_embedded(start, base_t, &index_path, line)?;
                let recv = if pointer_recv {
                    // As method_receiver: an embedded pointer (or `x`
                    // itself) is passed as it is, nil included.
                    if direct && (x_ptr || !index_path.is_empty()) {
                        b.raw_addr(base, line)
                    } else {
                        b.place_addr(base, line)
                    }
                } else {
                    b.read(base, named_t, line)
                };
                let size = b.m.size_of(recv_t);
                b.mov(Loc::Out(inner.params[0]), recv, size, line);
                b.forward(fref.callee(), &inner, &outer, &msig, 1);
            }
            LookupResult::Method {
                index_path,
                method_index,
                ..
            } => {
                let inner = b.m.data_word_layout(&msig);
                let (field, it, _) = b.walk_embedded_to(start, base_t, &index_path, line)?;
                let iv = b.read(field, it, line);
                let itab = b.ptr_temp();
                b.mov(itab, iv, word, line);
                let fv = b.ptr_temp();
                b.emit(
                    Inst::Load {
                        dst: fv,
                        ptr: itab,
                        off: ((1 + method_index) as u32 * word) as i32,
                        size: word,
                    },
                    line,
                );
                b.mov(Loc::Out(inner.params[0]), iv.plus(word), word, line);
                b.forward(Callee::Closure(fv), &inner, &outer, &msig, 1);
            }
            _ => return None,
        }
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }

    /// The code of a method value made from the method expression
    /// function `mexpr` (of receiver type `recv_t`): `X.m-fm` passes the
    /// receiver kept in its closure object, then its own arguments.
    pub(super) fn bound_method_func(
        &mut self,
        mexpr: FuncId,
        recv_t: TypeId,
        sig: TypeId,
    ) -> Option<FuncId> {
        let msig = self.p.types.signature(sig).cloned()?;
        let word = self.p.target.ptr_size;
        let inner = self.frame_layout(Some(recv_t), &msig);
        let outer = self.frame_layout(None, &msig);
        let id = self.wrapper_record(FnRef::Func(mexpr), "-fm");
        let mut b = FnBuilder::new(self, id);
        b.arg_size = outer.total;
        b.arg_ptrs = outer.ptrs.clone();
        let ctx = b.ptr_temp();
        b.emit(Inst::ClosureContext { dst: ctx }, 0);
        let size = b.m.size_of(recv_t);
        let ptrs = b.m.pointer_mask(recv_t);
        let recv = b.alloc_slot(size, word, ptrs);
        b.emit(
            Inst::Load {
                dst: recv,
                ptr: ctx,
                off: word as i32,
                size,
            },
            0,
        );
        b.mov(Loc::Out(inner.params[0]), recv, size, 0);
        b.forward(Callee::Func(mexpr), &inner, &outer, &msig, 0);
        let f = b.finish();
        self.module.funcs[id.0 as usize] = f;
        Some(id)
    }
}

/// Builtins that `defer` and `go` may call, through a wrapper function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum BuiltinWrapper {
    Close,
    Panic,
    /// `defer recover()`: recover runs as if called by the function that
    /// deferred it (gc's ORECOVERFP): when that function is a deferred call
    /// of a panic and returns normally, it recovers; when the panic itself
    /// runs the wrapper, it stops nothing.
    Recover,
}

/// The structure of `t`'s underlying type.
pub(super) fn self_types_under(m: &ModuleBuilder<'_>, t: TypeId) -> Type {
    m.p.types.under(t).clone()
}

impl<'m, 'p> FnBuilder<'m, 'p> {
    /// The body of a wrapper whose receiver is already in place: passes
    /// its own parameters on (from `first`, the wrapper's first parameter
    /// that is one of the method's), calls `fref`, hands the results back
    /// and returns.
    fn forward(
        &mut self,
        callee: Callee,
        inner: &ArgLayout,
        outer: &ArgLayout,
        msig: &crate::types::Signature,
        first: usize,
    ) {
        for (k, &pt) in msig.params.iter().enumerate() {
            let size = self.m.size_of(pt);
            self.emit(
                Inst::Move {
                    dst: Loc::Out(inner.params[k + 1]),
                    src: Loc::Arg(outer.params[k + first]),
                    size,
                },
                0,
            );
        }
        self.call(callee, inner.total, 0);
        for (k, &rt) in msig.results.iter().enumerate() {
            let size = self.m.size_of(rt);
            self.emit(
                Inst::Move {
                    dst: Loc::Arg(outer.results[k]),
                    src: Loc::Out(inner.results[k]),
                    size,
                },
                0,
            );
        }
        self.terminate(Term::Return, 0);
    }
}
