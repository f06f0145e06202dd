//! Interfaces whose itab is only known at run time: type assertions to
//! interface types (`x.(fmt.Stringer)`, `v, ok := x.(error)`), interface
//! cases of type switches, and conversions from one interface type to
//! another. Each calls [`Service::AssertIface`], which builds the itab
//! of (interface, dynamic type) from the two type descriptors' method
//! tables and caches it (runtime/src/itab.rs), as Go's getitab does.
//!
//! This module also fills those method tables: an interface's descriptor
//! lists its methods in itab order; a concrete type's lists, with their
//! itab wrappers, the methods of its method set that some interface of the
//! program (one that has a descriptor, which every assertion or conversion
//! target has) or the runtime itself (`Error`, `String`, `GoString`) may
//! ask for. Descriptors and interfaces appear while functions are lowered
//! and wrappers reach new functions, so the tables are completed by a
//! fixpoint once everything else is lowered ([`ModuleBuilder::complete_method_tables`]).

use super::*;
use crate::types::{PkgId, Signature};

/// A method as descriptors identify it: name, package (0 when exported,
/// else the package's id plus one) and signature type id.
type MethodKey = (String, u32, u32);

impl<'p> ModuleBuilder<'p> {
    /// The id of the interned signature `func() results`, if the program
    /// has that type at all (no method can have it otherwise).
    fn niladic_sig(&self, results: Vec<TypeId>) -> Option<TypeId> {
        self.p.types.find(&Type::Func(Signature {
            params: vec![],
            results,
            variadic: false,
        }))
    }

    fn string_sig(&self) -> Option<TypeId> {
        let string = self
            .p
            .types
            .basic_kind_type(crate::types::BasicKind::String);
        self.niladic_sig(vec![string])
    }

    /// fmt.Formatter's `Format(State, rune)` as descriptors identify it,
    /// when the program loads package fmt: fmt's printer calls it on every
    /// value whose type has it (runtime/src/methods.rs).
    fn formatter_key(&self) -> Option<MethodKey> {
        let t = self.p.types.find_named("fmt", "Formatter")?;
        let Type::Interface(ms) = self.p.types.under(t) else {
            return None;
        };
        let m = ms.iter().find(|m| m.name == "Format")?;
        Some((m.name.clone(), 0, m.sig.0))
    }

    /// The method records of interface type `t`'s descriptor: its methods
    /// in itab order (the order of `Type::Interface`), without functions.
    /// Each becomes a method concrete descriptors must list if they have it.
    pub(super) fn iface_method_recs(&mut self, t: TypeId) -> Vec<MethodRec> {
        let Type::Interface(ms) = self.p.types.under(t).clone() else {
            return vec![];
        };
        let string_sig = self.string_sig();
        ms.iter()
            .map(|m| {
                let pkg = if crate::types::lookup::is_exported(&m.name) {
                    0
                } else {
                    m.pkg.0 + 1
                };
                self.wanted_methods.insert((m.name.clone(), pkg, m.sig.0));
                MethodRec {
                    name: m.name.clone(),
                    pkg,
                    sig: m.sig.0,
                    stringer: Some(m.sig) == string_sig,
                    formatter: false,
                    func: None,
                    ty: None,
                }
            })
            .collect()
    }

    /// Completes the method table of every concrete type's descriptor with
    /// the wanted methods its method set has, lowering their wrappers and
    /// what they reach, until nothing new appears. Without package reflect
    /// only the types whose values become interface values, and their
    /// components, need tables: a value reaches an interface call, fmt or
    /// the runtime's printing only that way (check/lazy.rs relies on the
    /// same rule to leave other methods unchecked).
    pub(super) fn complete_method_tables(&mut self) {
        let boxed_only = crate::check::lazy::methods_of_boxed_only(&self.p.packages);
        if let Some(sig) = self.string_sig() {
            for name in crate::ir::RUNTIME_METHODS {
                self.wanted_methods.insert((name.to_string(), 0, sig.0));
            }
        }
        let string_sig = self.string_sig();
        let format_key = self.formatter_key();
        if let Some(k) = &format_key {
            self.wanted_methods.insert(k.clone());
        }
        loop {
            let mut changed = self.reflect_method_types();
            self.reflect_wanted_methods();
            let descs_before = self.module.type_descs.len();
            let mut descs: Vec<(TypeDescId, TypeId)> =
                self.type_descs.iter().map(|(&t, &d)| (d, t)).collect();
            descs.sort();
            let wanted: Vec<MethodKey> = self.wanted_methods.iter().cloned().collect();
            let with_tables = boxed_only.then(|| self.boxed_and_parts());
            for (d, t) in descs {
                if !self.may_have_methods(t) {
                    continue;
                }
                if with_tables.as_ref().is_some_and(|set| !set.contains(&t)) {
                    continue;
                }
                for (name, pkg, sig) in &wanted {
                    let has = self.module.type_descs[d.0 as usize]
                        .methods
                        .iter()
                        .any(|r| &r.name == name && r.pkg == *pkg && r.sig == *sig);
                    if has {
                        continue;
                    }
                    let lookup_pkg = PkgId(pkg.saturating_sub(1));
                    let found = self.p.types.method_set_method(t, name, lookup_pkg);
                    if found.map(|s| s.0) != Some(*sig) {
                        continue;
                    }
                    let span = self.current_span;
                    let Some(f) = self.method_wrapper(t, name, lookup_pkg, span) else {
                        continue;
                    };
                    self.module.type_descs[d.0 as usize]
                        .methods
                        .push(MethodRec {
                            name: name.clone(),
                            pkg: *pkg,
                            sig: *sig,
                            stringer: string_sig.map(|s| s.0) == Some(*sig),
                            formatter: format_key.as_ref() == Some(&(name.clone(), *pkg, *sig)),
                            func: Some(f),
                            ty: None,
                        });
                    changed = true;
                }
            }
            while let Some(f) = self.pending.pop() {
                changed = true;
                if let Some(fd) = self.bodies.get(&f).copied() {
                    self.lower_func(f, fd);
                }
            }
            if !changed && self.module.type_descs.len() == descs_before {
                break;
            }
        }
        for d in &mut self.module.type_descs {
            d.methods.sort();
        }
    }

    /// The boxed types and their components (elements, keys, fields,
    /// parameters, results, underlying types), recursively.
    fn boxed_and_parts(&self) -> HashSet<TypeId> {
        let types = &self.p.types;
        let mut out = HashSet::default();
        let mut stack: Vec<TypeId> = self.boxed.iter().copied().collect();
        while let Some(t) = stack.pop() {
            if out.insert(t) {
                types.parts(t, &mut stack);
            }
        }
        out
    }

    /// Whether `t` can have methods at all: a defined type, a pointer to
    /// one, or a struct (promoted methods of embedded fields).
    fn may_have_methods(&self, t: TypeId) -> bool {
        match self.p.types.get(t) {
            Type::Named(_) => !matches!(self.p.types.under(t), Type::Interface(_)),
            Type::Pointer(e) => {
                matches!(self.p.types.get(*e), Type::Named(_))
                    || matches!(self.p.types.under(*e), Type::Struct(_))
            }
            Type::Struct(_) => true,
            _ => false,
        }
    }

    /// The descriptor of package runtime's `*TypeAssertionError`, when the
    /// program holds that package (made before the bodies are lowered, so
    /// that its methods are queued with theirs). Named by name, so it is one
    /// of check/lazy.rs's `COMPILER_ROOTS` (its methods always checked).
    pub(super) fn runtime_assertion_error_desc(&mut self) -> Option<TypeDescId> {
        let types = &self.p.types;
        let t = types.find_named("runtime", "TypeAssertionError")?;
        let ptr = types.find(&Type::Pointer(t))?;
        // The runtime makes interface values of it.
        self.boxed.insert(ptr);
        Some(self.type_desc(ptr))
    }

    /// The descriptors of the values run-time errors panic with
    /// ([`crate::ir::RUNTIME_ERROR_TYPES`]): strings (the data word points
    /// at the message's header) with the methods of Go's runtime.Error
    /// interface, `Error() string` (the message) and `RuntimeError()`, so
    /// that `recover().(error)` and `.(runtime.Error)` hold.
    ///
    /// A failed assertion panics with a `*runtime.TypeAssertionError`: when
    /// the program holds package runtime, its value is the Go type declared
    /// there (`assertion_error`, a pointer to a struct whose one field is
    /// the message, so the data word is the same), which `x.(*T)` and
    /// errors.As can name.
    pub(super) fn runtime_error_types(&mut self, assertion_error: Option<TypeDescId>) {
        let word = self.p.target.ptr_size;
        let mut methods = Vec::new();
        if let Some(sig) = self.string_sig() {
            let id = self.empty_func("runtime.errorString.Error".into(), String::new(), 0);
            self.module.funcs[id.0 as usize].wrapper = true;
            let mut b = FnBuilder::new(self, id);
            // The receiver (the data word: the message's header), then
            // the string result.
            b.arg_size = 3 * word;
            b.arg_ptrs = PtrMask::from_words(&[PTR, PTR, INT]);
            let s = b.words_temp(&STRING_WORDS);
            b.emit(
                Inst::Load {
                    dst: s,
                    ptr: Loc::Arg(0),
                    off: 0,
                    size: 2 * word,
                },
                0,
            );
            b.mov(Loc::Arg(word), s, 2 * word, 0);
            b.terminate(Term::Return, 0);
            let f = b.finish();
            self.module.funcs[id.0 as usize] = f;
            methods.push(MethodRec {
                name: "Error".into(),
                pkg: 0,
                sig: sig.0,
                stringer: true,
                formatter: false,
                func: Some(id),
                ty: None,
            });
        }
        if let Some(sig) = self.niladic_sig(vec![]) {
            let id = self.empty_func("runtime.errorString.RuntimeError".into(), String::new(), 0);
            self.module.funcs[id.0 as usize].wrapper = true;
            let mut b = FnBuilder::new(self, id);
            b.arg_size = word;
            b.arg_ptrs = PtrMask::from_words(&[PTR]);
            b.terminate(Term::Return, 0);
            let f = b.finish();
            self.module.funcs[id.0 as usize] = f;
            methods.push(MethodRec {
                name: "RuntimeError".into(),
                pkg: 0,
                sig: sig.0,
                stringer: false,
                formatter: false,
                func: Some(id),
                ty: None,
            });
        }
        for name in crate::ir::RUNTIME_ERROR_TYPES {
            if let Some(id) = assertion_error.filter(|_| name == "*runtime.TypeAssertionError") {
                self.module.type_descs[id.0 as usize].info.flags |=
                    crate::ir::typeinfo::flag::RUNTIME_ERROR;
                self.module.runtime_errors.push(id);
                continue;
            }
            let id = TypeDescId(self.module.type_descs.len() as u32);
            self.module.type_descs.push(TypeDesc {
                name: name.into(),
                kind: TypeKind::String,
                size: 2 * word,
                align: word,
                elem: None,
                key: None,
                len: 0,
                fields: vec![],
                methods: methods.clone(),
                // As the runtime's own: a named, comparable string type
                // whose one pointer is the message's data.
                info: crate::ir::typeinfo::TypeInfo {
                    pkg_path: "runtime".into(),
                    flags: crate::ir::typeinfo::flag::NAMED
                        | crate::ir::typeinfo::flag::COMPARABLE
                        | crate::ir::typeinfo::flag::RUNTIME_ERROR,
                    ptrdata: u64::from(word),
                    ptrmask: vec![1],
                    ..Default::default()
                },
            });
            self.module.runtime_errors.push(id);
        }
    }
}

/// Entries of a site's inline cache of itabs ([`FnBuilder::runtime_itab`]).
const ITAB_CACHE_WAYS: u32 = 4;

impl FnBuilder<'_, '_> {
    /// The first word of an interface value of type `iface` holding a value
    /// whose type's descriptor is at `desc` (0 for nil): the run-time itab
    /// (the descriptor itself for an empty interface), or 0 when the value
    /// is nil or lacks a method. With `panics`, a failure panics instead,
    /// with gc's message naming `static_t`, the asserted value's type.
    ///
    /// Each site keeps the last [`ITAB_CACHE_WAYS`] (descriptor, itab)
    /// pairs it got, newest first, 0 for a type lacking a method, in a
    /// global of its own (an inline cache: a loop over values of a few
    /// types, a type switch over them, calls the service once per type);
    /// the itabs are the runtime's (itab.rs), roots like its table.
    pub(super) fn runtime_itab(
        &mut self,
        desc: Loc,
        iface: TypeId,
        static_t: TypeId,
        panics: bool,
        line: u32,
    ) -> Loc {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let itab = self.ptr_temp();
        let zero = self.word_imm(0, line);
        let join = self.new_block();
        let slow = self.new_block();
        if self.is_empty_iface(iface) {
            // The type word itself; only nil fails.
            self.mov(itab, desc, w, line);
            if !panics {
                return itab;
            }
            let nonnil = self.scalar_temp(1, 1);
            self.cmp(CmpOp::Ne, ws, nonnil, desc, zero, line);
            self.terminate(
                Term::Branch {
                    cond: nonnil,
                    then: join,
                    els: slow,
                },
                line,
            );
            self.switch_to(slow);
            self.itab_service(desc, iface, static_t, panics, line);
            self.terminate(Term::Unreachable, line);
            self.switch_to(join);
            return itab;
        }
        let g = GlobalId(self.m.module.globals.len() as u32);
        self.m.module.globals.push(Global {
            name: format!("go:itabcache.{}", g.0),
            size: 2 * w * ITAB_CACHE_WAYS,
            align: w,
            // (descriptor, itab) pairs; itabs built at run time are in
            // the heap.
            ptrs: PtrMask::from_words(&[PTR; 2 * ITAB_CACHE_WAYS as usize]),
        });
        let cache = self.ptr_temp();
        self.addr_to(cache, AddrOf::Global(g), line);
        let nonnil = self.scalar_temp(1, 1);
        self.cmp(CmpOp::Ne, ws, nonnil, desc, zero, line);
        // Each entry in turn: a hit is the entry's type being this one (and
        // not an empty entry's 0).
        for k in 0..ITAB_CACHE_WAYS {
            let off = (2 * w * k) as i32;
            let cached = self.ptr_temp();
            self.emit(
                Inst::Load {
                    dst: cached,
                    ptr: cache,
                    off,
                    size: w,
                },
                line,
            );
            let same = self.scalar_temp(1, 1);
            self.cmp(CmpOp::Eq, ws, same, cached, desc, line);
            let hit = self.scalar_temp(1, 1);
            self.bin(BinOp::And, Scalar::U8, hit, same, nonnil, line);
            let hit_b = self.new_block();
            let next = if k + 1 < ITAB_CACHE_WAYS {
                self.new_block()
            } else {
                slow
            };
            self.terminate(
                Term::Branch {
                    cond: hit,
                    then: hit_b,
                    els: next,
                },
                line,
            );
            self.switch_to(hit_b);
            self.emit(
                Inst::Load {
                    dst: itab,
                    ptr: cache,
                    off: off + w as i32,
                    size: w,
                },
                line,
            );
            if panics {
                // A cached failure: the service panics with the message.
                let ok = self.scalar_temp(1, 1);
                self.cmp(CmpOp::Ne, ws, ok, itab, zero, line);
                self.terminate(
                    Term::Branch {
                        cond: ok,
                        then: join,
                        els: slow,
                    },
                    line,
                );
            } else {
                self.jump(join, line);
            }
            if next != slow {
                self.switch_to(next);
            }
        }
        self.switch_to(slow);
        let got = self.itab_service(desc, iface, static_t, panics, line);
        self.mov(itab, got, w, line);
        let store = self.new_block();
        self.terminate(
            Term::Branch {
                cond: nonnil,
                then: store,
                els: join,
            },
            line,
        );
        // A miss: the entries move down one (the last is dropped) and the
        // new pair goes first.
        self.switch_to(store);
        // A (descriptor, itab) entry.
        let pair = self.words_temp(&IFACE_WORDS);
        for k in (1..ITAB_CACHE_WAYS).rev() {
            self.emit(
                Inst::Load {
                    dst: pair,
                    ptr: cache,
                    off: (2 * w * (k - 1)) as i32,
                    size: 2 * w,
                },
                line,
            );
            self.emit(
                Inst::Store {
                    ptr: cache,
                    off: (2 * w * k) as i32,
                    src: pair,
                    size: 2 * w,
                },
                line,
            );
        }
        self.emit(
            Inst::Store {
                ptr: cache,
                off: 0,
                src: desc,
                size: w,
            },
            line,
        );
        self.emit(
            Inst::Store {
                ptr: cache,
                off: w as i32,
                src: itab,
                size: w,
            },
            line,
        );
        self.jump(join, line);
        self.switch_to(join);
        itab
    }

    /// The call of [`Service::AssertIface`] behind [`Self::runtime_itab`]:
    /// the word it returns.
    fn itab_service(
        &mut self,
        desc: Loc,
        iface: TypeId,
        static_t: TypeId,
        panics: bool,
        line: u32,
    ) -> Loc {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let (id, sd) = (self.m.type_desc(iface), self.m.type_desc(static_t));
        self.mov(Loc::Out(0), desc, w, line);
        self.addr_to(Loc::Out(w), AddrOf::TypeDesc(id), line);
        self.addr_to(Loc::Out(2 * w), AddrOf::TypeDesc(sd), line);
        self.emit(
            Inst::Imm {
                dst: Loc::Out(3 * w),
                ty: ws,
                bits: u64::from(panics),
            },
            line,
        );
        self.call_service(Service::AssertIface, line);
        let got = self.ptr_temp();
        self.mov(got, self.service_result(Service::AssertIface, 0), w, line);
        got
    }

    /// `x.(T)` for an interface type `T`, `x` (of type `xt`) at `v`: the
    /// value (zero when it fails) and the ok flag (u8); without
    /// `comma_ok`, a failure panics.
    pub(super) fn assert_to_iface(
        &mut self,
        v: Loc,
        xt: TypeId,
        t: TypeId,
        comma_ok: bool,
        line: u32,
    ) -> (Loc, Loc) {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let desc = self.dyn_desc(v, xt, line);
        let itab = self.runtime_itab(desc, t, xt, !comma_ok, line);
        let zero = self.word_imm(0, line);
        let ok = self.scalar_temp(1, 1);
        self.cmp(CmpOp::Ne, ws, ok, itab, zero, line);
        let val = self.temp(t);
        self.emit(
            Inst::Zero {
                dst: val,
                size: 2 * w,
            },
            line,
        );
        self.mov(val, itab, w, line);
        let good = self.new_block();
        let join = self.new_block();
        self.terminate(
            Term::Branch {
                cond: ok,
                then: good,
                els: join,
            },
            line,
        );
        self.switch_to(good);
        self.mov(val.plus(w), v.plus(w), w, line);
        self.jump(join, line);
        self.switch_to(join);
        (val, ok)
    }

    /// Panics with the run-time error `msg` when the pointer at `p` is nil.
    pub(super) fn panic_if_nil(&mut self, p: Loc, msg: &str, line: u32) {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let zero = self.word_imm(0, line);
        let nonnil = self.scalar_temp(1, 1);
        self.cmp(CmpOp::Ne, ws, nonnil, p, zero, line);
        let good = self.new_block();
        let bad = self.new_block();
        self.terminate(
            Term::Branch {
                cond: nonnil,
                then: good,
                els: bad,
            },
            line,
        );
        self.switch_to(bad);
        let d = self.m.string_data(msg.as_bytes());
        self.addr_to(Loc::Out(0), AddrOf::Data(d), line);
        self.emit(
            Inst::Imm {
                dst: Loc::Out(w),
                ty: ws,
                bits: msg.len() as u64,
            },
            line,
        );
        self.call_service(Service::PanicWrap, line);
        self.terminate(Term::Unreachable, line);
        self.switch_to(good);
    }

    /// The value at `v` of interface type `from` as one of interface type
    /// `to` (which the checker found it implements): the same data word
    /// with the run-time itab of its dynamic type; nil stays nil.
    pub(super) fn convert_iface(&mut self, v: Loc, from: TypeId, to: TypeId, line: u32) -> Loc {
        let w = self.word();
        let desc = self.dyn_desc(v, from, line);
        let itab = self.runtime_itab(desc, to, from, false, line);
        let dst = self.temp(to);
        self.mov(dst, itab, w, line);
        self.mov(dst.plus(w), v.plus(w), w, line);
        dst
    }
}
