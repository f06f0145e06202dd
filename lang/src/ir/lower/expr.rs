//! Lowering of expressions: each is evaluated into frame slots, and the
//! slot holding its value is returned. Addressable expressions also lower to
//! a [`Place`], which can be read, written or have its address taken.

use super::*;
use crate::ast::{Expr, ExprKind};
use crate::check::scope::Builtin;
use crate::constant::ConstVal;
use crate::types::BasicKind;

/// Where an addressable value is.
#[derive(Clone, Copy, Debug)]
pub(super) enum Place {
    Frame(Loc),
    /// `*(ptr + off)`: `ptr` is a frame word holding an address.
    Mem {
        ptr: Loc,
        off: i32,
        /// `ptr` is a pointer value of the program (or an address computed
        /// from one), which may be nil: an access at `ptr + off` relies on
        /// the fault for its nil check only while `off` is below
        /// [`NIL_GUARD`]; taking the address checks explicitly
        /// ([`FnBuilder::nil_check`]). False for the cells of variables, map
        /// slots and checked pointers, which are never nil.
        nilable: bool,
    },
}

impl Place {
    /// What the pointer value `ptr` points at (`*ptr`): maybe nil.
    pub(super) fn deref(ptr: Loc) -> Place {
        Place::Mem {
            ptr,
            off: 0,
            nilable: true,
        }
    }

    /// The memory at `ptr`, an address known not to be nil (a variable's
    /// cell, a map slot, a checked pointer).
    pub(super) fn at(ptr: Loc) -> Place {
        Place::Mem {
            ptr,
            off: 0,
            nilable: false,
        }
    }
}

/// Kinds of values `print`/`println` know, as the runtime's PrintValue
/// service reads them from its first argument word (the ABI crate's codes).
pub use splitgo_abi::print_kind;

impl FnBuilder<'_, '_> {
    /// The scalar an integer, float, boolean or pointer-shaped type is
    /// stored as; `None` for strings and aggregates.
    pub(super) fn scalar(&self, t: TypeId) -> Option<Scalar> {
        let target = &self.m.p.target;
        Some(match self.under(t) {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => Scalar::U8,
                BasicKind::Int8 => Scalar::I8,
                BasicKind::Uint8 => Scalar::U8,
                BasicKind::Int16 => Scalar::I16,
                BasicKind::Uint16 => Scalar::U16,
                BasicKind::Int32 | BasicKind::UntypedRune => Scalar::I32,
                BasicKind::Uint32 => Scalar::U32,
                BasicKind::Int64 => Scalar::I64,
                BasicKind::Uint64 => Scalar::U64,
                BasicKind::Int | BasicKind::UntypedInt => {
                    if target.int_size == 8 {
                        Scalar::I64
                    } else {
                        Scalar::I32
                    }
                }
                BasicKind::Uint => {
                    if target.int_size == 8 {
                        Scalar::U64
                    } else {
                        Scalar::U32
                    }
                }
                BasicKind::Uintptr | BasicKind::UnsafePointer | BasicKind::UntypedNil => {
                    Scalar::word(target)
                }
                BasicKind::Float32 => Scalar::F32,
                BasicKind::Float64 | BasicKind::UntypedFloat => Scalar::F64,
                BasicKind::String | BasicKind::UntypedString => return None,
                BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex => {
                    return None
                }
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                Scalar::word(target)
            }
            _ => return None,
        })
    }

    fn is_string(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Basic(k) if k.is_string())
    }

    /// Evaluates `e` (a single value) and returns the slot holding it. The
    /// slot may be a variable's own: callers copy before changing it.
    pub(super) fn expr(&mut self, e: &Expr) -> Option<Loc> {
        if let Some(&l) = self.bound.get(&e.id) {
            return Some(l);
        }
        let t = self.expr_type(e.id);
        let line = self.expr_line(e);
        // Constants first: the checker folded them.
        if let Some(v) = self
            .m
            .p
            .exprs
            .get(e.id.0 as usize)
            .and_then(|i| i.as_ref())
            .and_then(|i| i.value.clone())
        {
            return self.constant(&v, t, line);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => {
                let o = *self.m.p.uses.get(&e.id)?;
                match self.m.p.objects[o.0 as usize].kind {
                    ObjKind::Nil => {
                        let dst = self.temp(t);
                        let size = self.m.size_of(t);
                        self.emit(Inst::Zero { dst, size }, line);
                        Some(dst)
                    }
                    ObjKind::Func { .. } => self.func_value(o, line),
                    _ => {
                        let p = self.place(e)?;
                        Some(self.read(p, t, line))
                    }
                }
            }
            ExprKind::Selector(..)
                if self.m.p.uses.get(&e.id).is_some_and(|o| {
                    matches!(self.m.p.objects[o.0 as usize].kind, ObjKind::Func { .. })
                }) =>
            {
                // A qualified function used as a value: pkg.F.
                self.func_value(self.m.p.uses[&e.id], line)
            }
            ExprKind::Selector(..) | ExprKind::Index(..) | ExprKind::Star(_) => {
                // A qualified identifier, a field, an element, a dereference.
                if let ExprKind::Index(x, i) = &e.kind {
                    if self.is_string(self.expr_type(x.id)) {
                        return self.string_index(x, i, line);
                    }
                    if matches!(self.under(self.expr_type(x.id)), Type::Map(..)) {
                        return self.map_index(x, i, line).map(|v| v.0);
                    }
                }
                if let ExprKind::Selector(x, sel) = &e.kind {
                    let x_is_type = self
                        .m
                        .p
                        .exprs
                        .get(x.id.0 as usize)
                        .and_then(|i| i.as_ref())
                        .is_some_and(|i| i.is_type);
                    if x_is_type {
                        return self.method_expr(e, x, sel, line);
                    }
                    if self.is_method_value(e, x, sel) {
                        return self.method_value(e, x, sel, line);
                    }
                }
                let p = self.place(e)?;
                Some(self.read(p, t, line))
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, t, line, e.span),
            ExprKind::Binary(op @ (ast::BinOp::Shl | ast::BinOp::Shr), l, r)
                if self.m.p.types.is_untyped(t) =>
            {
                // A shift of an untyped float constant keeps the constant's
                // kind in the checker; one inside parentheses is left so
                // when its context made the parenthesized shift an integer
                // (the checker rejects any other). It shifts as an int.
                let int = self.m.p.types.basic_kind_type(crate::types::BasicKind::Int);
                self.binary(*op, l, r, int, line, e.span)
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, t, line, e.span),
            ExprKind::Call { .. } => {
                let vals = self.call_expr(e)?;
                match vals.len() {
                    1 => Some(vals[0].0),
                    0 => None,
                    _ => {
                        self.m.unsupported(e.span, "multiple values here");
                        None
                    }
                }
            }
            ExprKind::Composite { .. } => {
                let dst = self.temp(t);
                self.composite_into(e, t, Place::Frame(dst), line)?;
                Some(dst)
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body, line),
            ExprKind::Slice { .. } => self.slice_expr(e, line),
            ExprKind::TypeAssert(..) => self.type_assert(e, false, line).map(|v| v.0),
            _ => {
                self.m.unsupported(e.span, "this expression");
                None
            }
        }
    }

    /// The static func value of a declared function or native.
    fn func_value(&mut self, o: ObjId, line: u32) -> Option<Loc> {
        let what = match self.m.funcs.get(&o).copied()? {
            FnRef::Func(f) => {
                self.m.enqueue(f);
                AddrOf::FuncValue(f)
            }
            FnRef::Native(n) => AddrOf::NativeValue(n),
        };
        let dst = self.word_temp();
        self.emit(Inst::Addr { dst, what }, line);
        Some(dst)
    }

    fn is_method_value(&self, e: &Expr, x: &Expr, sel: &ast::Ident) -> bool {
        if self.m.p.uses.contains_key(&e.id) {
            return false;
        }
        let xt = self.expr_type(x.id);
        matches!(
            self.m
                .p
                .types
                .lookup_field_or_method(xt, &sel.name, self.pkg_of(e)),
            crate::types::lookup::LookupResult::Method { .. }
        )
    }

    /// `T.m` / `(*T).m`: the method itself, whose receiver is its first
    /// parameter, as a func value.
    fn method_expr(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident, line: u32) -> Option<Loc> {
        let xt = self.expr_type(x.id);
        let res = self
            .m
            .p
            .types
            .lookup_field_or_method(xt, &sel.name, self.pkg_of(e));
        let x_ptr = matches!(self.under(xt), Type::Pointer(_));
        let what = match res {
            // The method itself: its receiver is the expression's first
            // parameter as it is.
            crate::types::lookup::LookupResult::Method {
                named: Some(n),
                ref index_path,
                pointer_recv,
                ..
            } if index_path.is_empty() && x_ptr == pointer_recv => {
                match self.m.methods.get(&(n, sel.name.clone()))?.0 {
                    FnRef::Func(f) => {
                        self.m.enqueue(f);
                        AddrOf::FuncValue(f)
                    }
                    FnRef::Native(nid) => AddrOf::NativeValue(nid),
                }
            }
            // A wrapper: `(*T).m` of a value method, a promoted method,
            // an interface's method.
            _ => {
                let pkg = self.pkg_of(e);
                AddrOf::FuncValue(self.m.method_expr_func(xt, &sel.name, pkg, e.span)?)
            }
        };
        let dst = self.word_temp();
        self.emit(Inst::Addr { dst, what }, line);
        Some(dst)
    }

    /// The receiver for calling method `m` of named type `n` on `x`, and
    /// its type (`n` or `*n`): `x` itself or what it points to, through the
    /// embedded fields on `path` for a promoted method, then its address
    /// for a pointer receiver or a copy for a value receiver.
    pub(super) fn method_receiver(
        &mut self,
        x: &Expr,
        n: NamedId,
        path: &[usize],
        pointer_recv: bool,
        line: u32,
    ) -> Option<(Loc, TypeId)> {
        let named_t = self.named_type(n)?;
        let xt = self.expr_type(x.id);
        let x_ptr = matches!(self.under(xt), Type::Pointer(_));
        let (start, base_t) = self.receiver_base(x, line)?;
        let (base, direct) = self.walk_embedded(start, base_t, path, line)?;
        Some(if pointer_recv {
            // A pointer receiver is the pointer itself when it is one (nil
            // included, as Go calls methods on nil pointers); the address
            // of a field through a pointer is nil-checked.
            let addr = if direct && (x_ptr || !path.is_empty()) {
                self.raw_addr(base, line)
            } else {
                self.place_addr(base, line)
            };
            (addr, self.pointer_to(named_t))
        } else {
            (self.read(base, named_t, line), named_t)
        })
    }

    /// Where the value a method is selected from starts, and its type:
    /// what `x` points at, `x` itself when addressable, else a copy of it
    /// in the frame (a constant such as `B.Name()` with `const B D = 1`, a
    /// call's result, a map element).
    fn receiver_base(&mut self, x: &Expr, line: u32) -> Option<(Place, TypeId)> {
        let xt = self.expr_type(x.id);
        if let Type::Pointer(p) = self.under(xt).clone() {
            let ptr = self.expr(x)?;
            return Some((Place::deref(ptr), p));
        }
        if self.addressable(x) {
            return Some((self.place(x)?, xt));
        }
        let v = self.expr(x)?;
        let tmp = self.temp(xt);
        let size = self.m.size_of(xt);
        self.mov(tmp, v, size, line);
        Some((Place::Frame(tmp), xt))
    }

    /// Whether `x` is addressable (Go spec, "Address operators"): a
    /// variable, a pointer indirection, a slice index, a field or an index
    /// of an addressable struct or array. Constants, calls, map elements
    /// and composite literals are not.
    pub(super) fn addressable(&self, x: &Expr) -> bool {
        let p = self.m.p;
        match &x.kind {
            ExprKind::Paren(i) => self.addressable(i),
            ExprKind::Ident(_) => p
                .uses
                .get(&x.id)
                .is_some_and(|o| matches!(p.objects[o.0 as usize].kind, ObjKind::Var { .. })),
            ExprKind::Selector(b, _) => match p.uses.get(&x.id) {
                // A qualified identifier: pkg.V.
                Some(o) => matches!(p.objects[o.0 as usize].kind, ObjKind::Var { .. }),
                None => {
                    matches!(self.under(self.expr_type(b.id)), Type::Pointer(_))
                        || self.addressable(b)
                }
            },
            ExprKind::Index(b, _) => match self.under(self.expr_type(b.id)) {
                Type::Slice(_) | Type::Pointer(_) => true,
                Type::Array(..) => self.addressable(b),
                _ => false,
            },
            ExprKind::Star(_) => true,
            _ => false,
        }
    }

    /// `x.m` as a value: a closure object holding the code of `T.m-fm` and
    /// a copy of the receiver (evaluated now, as Go does).
    fn method_value(&mut self, e: &Expr, x: &Expr, sel: &ast::Ident, line: u32) -> Option<Loc> {
        let xt = self.expr_type(x.id);
        let res = self
            .m
            .p
            .types
            .lookup_field_or_method(xt, &sel.name, self.pkg_of(e));
        let (val, rt, wrapper) = match res {
            crate::types::lookup::LookupResult::Method {
                named: Some(n),
                index_path,
                pointer_recv,
                sig,
                ..
            } => {
                let (val, rt) = self.method_receiver(x, n, &index_path, pointer_recv, line)?;
                (val, rt, self.m.method_value_func(n, &sel.name, rt, sig)?)
            }
            crate::types::lookup::LookupResult::Method { sig, .. } => {
                // From an interface (x's own, or one x embeds): the
                // closure keeps x and calls the method expression `X.m`.
                // A nil interface panics now, as in Go.
                let v = self.expr(x)?;
                let size = self.m.size_of(xt);
                let keep = self.temp(xt);
                self.mov(keep, v, size, line);
                if matches!(self.under(xt), Type::Interface(_)) {
                    self.nil_probe(keep, 0, line);
                }
                let pkg = self.pkg_of(e);
                let mexpr = self.m.method_expr_func(xt, &sel.name, pkg, e.span)?;
                (keep, xt, self.m.bound_method_func(mexpr, xt, sig)?)
            }
            _ => {
                self.m.unsupported(e.span, "this method value");
                return None;
            }
        };
        let w = self.word();
        let size = self.m.size_of(rt);
        let obj = self.closure_object(wrapper, size, line);
        self.emit(
            Inst::Store {
                ptr: obj,
                off: w as i32,
                src: val,
                size,
            },
            line,
        );
        Some(obj)
    }

    /// Materializes a constant of type `t`.
    fn constant(&mut self, v: &ConstVal, t: TypeId, line: u32) -> Option<Loc> {
        if let ConstVal::String(s) = v {
            let w = self.word();
            let ws = Scalar::word(&self.m.p.target);
            let dst = self.alloc(2 * w, w);
            let d = self.m.string_data(s);
            self.emit(
                Inst::Addr {
                    dst,
                    what: AddrOf::Data(d),
                },
                line,
            );
            self.emit(
                Inst::Imm {
                    dst: dst.plus(w),
                    ty: ws,
                    bits: s.len() as u64,
                },
                line,
            );
            return Some(dst);
        }
        if let Some(fs) = self.complex_part(t) {
            return Some(self.complex_constant(v, fs, line));
        }
        let Some(sc) = self.scalar(t) else {
            // A constant of interface type (e.g. an argument to print of an
            // untyped constant already has its default type, so this is rare).
            return None;
        };
        let bits = match v {
            ConstVal::Bool(b) => *b as u64,
            ConstVal::Int(_) | ConstVal::Float(_) | ConstVal::Complex(..) => match sc {
                Scalar::F64 => v.to_f64().to_bits(),
                Scalar::F32 => (v.to_f64() as f32).to_bits() as u64,
                _ => v.to_i128().map_or(0, |i| i as u64),
            },
            ConstVal::String(_) => 0,
        };
        let dst = self.alloc(sc.size(), sc.size());
        self.emit(Inst::Imm { dst, ty: sc, bits }, line);
        Some(dst)
    }

    /// Copies the value at `p` into a fresh slot (or returns the frame slot).
    pub(super) fn read(&mut self, p: Place, t: TypeId, line: u32) -> Loc {
        let size = self.m.size_of(t);
        match p {
            Place::Frame(l) => l,
            Place::Mem { ptr, off, nilable } => {
                self.guard_access(ptr, off, nilable, size, line);
                let dst = self.temp(t);
                self.emit(
                    Inst::Load {
                        dst,
                        ptr,
                        off,
                        size,
                    },
                    line,
                );
                dst
            }
        }
    }

    pub(super) fn write(&mut self, p: Place, src: Loc, t: TypeId, line: u32) {
        let size = self.m.size_of(t);
        match p {
            Place::Frame(l) => {
                if l != src {
                    self.emit(Inst::Move { dst: l, src, size }, line);
                }
            }
            Place::Mem { ptr, off, nilable } => {
                self.guard_access(ptr, off, nilable, size, line);
                self.emit(
                    Inst::Store {
                        ptr,
                        off,
                        src,
                        size,
                    },
                    line,
                )
            }
        }
    }

    /// The nil check an access of `size` bytes at `ptr + off` needs
    /// before it. Near the pointer (`off` below [`NIL_GUARD`]) the access
    /// itself faults when `ptr` is nil, except for a zero-size value, which
    /// touches no memory and is probed; farther, the access would reach
    /// mapped memory, so a maybe-nil pointer is checked first.
    fn guard_access(&mut self, ptr: Loc, off: i32, nilable: bool, size: u32, line: u32) {
        if nilable && off as u64 >= NIL_GUARD {
            self.nil_check(ptr, line);
        } else if size == 0 {
            self.nil_probe(ptr, off, line);
        }
    }

    /// Go's explicit nil check (gc's `TESTB AX, (AX)`): reads the byte at
    /// `ptr`, so that a nil `ptr` faults at address 0 and panics with the
    /// nil-dereference error. For the accesses whose offset may pass
    /// [`NIL_GUARD`] and the address-taking ones that touch no memory.
    pub(super) fn nil_check(&mut self, ptr: Loc, line: u32) {
        self.nil_probe(ptr, 0, line);
    }

    /// Reads one byte at `ptr + off`, for an access of a zero-size value
    /// that touches no memory: Go's nil check, so that `*p` with p nil
    /// faults (and panics) as it would for any other type.
    fn nil_probe(&mut self, ptr: Loc, off: i32, line: u32) {
        let probe = self.alloc(1, 1);
        self.emit(
            Inst::Load {
                dst: probe,
                ptr,
                off,
                size: 1,
            },
            line,
        );
    }

    /// The place an addressable (or variable-like) expression denotes.
    pub(super) fn place(&mut self, e: &Expr) -> Option<Place> {
        if let Some(&l) = self.bound.get(&e.id) {
            return Some(Place::Frame(l));
        }
        let line = self.expr_line(e);
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(_) | ExprKind::Selector(..) if self.m.p.uses.contains_key(&e.id) => {
                let o = self.m.p.uses[&e.id];
                if let Some((v, _)) = self.vars.get(&o).copied() {
                    return Some(self.var_place(v, line));
                }
                if let Some(&g) = self.m.globals.get(&o) {
                    return Some(self.var_place(VarLoc::Global(g), line));
                }
                self.m.unsupported(e.span, "this variable");
                None
            }
            ExprKind::Selector(x, sel) => {
                let xt = self.expr_type(x.id);
                let res = self
                    .m
                    .p
                    .types
                    .lookup_field_or_method(xt, &sel.name, self.pkg_of(e));
                let crate::types::lookup::LookupResult::Field { index_path, .. } = res else {
                    self.m.unsupported(e.span, "this selector");
                    return None;
                };
                // Walk the path: through pointers (explicit or embedded) to
                // the field's offset.
                let mut cur_t = xt;
                let mut place = if let Type::Pointer(_) = self.under(xt) {
                    let ptr = self.expr(x)?;
                    Place::deref(ptr)
                } else {
                    self.place_or_temp(x)?
                };
                if let Type::Pointer(p) = self.under(cur_t).clone() {
                    cur_t = p;
                }
                for (depth, &i) in index_path.iter().enumerate() {
                    let Type::Struct(fields) = self.under(cur_t).clone() else {
                        return None;
                    };
                    let offs = self.m.p.types.field_offsets(cur_t, &self.m.p.target);
                    place = self.offset_place(place, offs[i], line);
                    cur_t = fields[i].ty;
                    if depth + 1 < index_path.len() {
                        if let Type::Pointer(p) = self.under(cur_t).clone() {
                            let ptr = self.read(place, cur_t, line);
                            place = Place::deref(ptr);
                            cur_t = p;
                        }
                    }
                }
                Some(place)
            }
            ExprKind::Star(x) => {
                let ptr = self.expr(x)?;
                Some(Place::deref(ptr))
            }
            ExprKind::Index(x, i) => {
                let xt = self.expr_type(x.id);
                let w = self.word();
                match self.under(xt).clone() {
                    Type::Array(n, el) => {
                        let base = self.place_or_temp(x)?;
                        let len = self.word_imm(n, line);
                        let idx = self.index(i, len, line)?;
                        let (ptr, nilable) = self.array_base(base, n, el, line);
                        Some(self.element(ptr, idx, el, nilable, line))
                    }
                    Type::Pointer(p) => {
                        let Type::Array(n, el) = self.under(p).clone() else {
                            return None;
                        };
                        let ptr = self.expr(x)?;
                        let len = self.word_imm(n, line);
                        let idx = self.index(i, len, line)?;
                        let (ptr, nilable) = self.array_base(Place::deref(ptr), n, el, line);
                        Some(self.element(ptr, idx, el, nilable, line))
                    }
                    Type::Slice(el) => {
                        let s = self.expr(x)?;
                        let idx = self.index(i, s.plus(w), line)?;
                        Some(self.element(s, idx, el, false, line))
                    }
                    Type::Map(..) => self.map_slot(x, i, line),
                    _ => {
                        self.m.unsupported(e.span, "indexing this type");
                        None
                    }
                }
            }
            _ => {
                // Not addressable: evaluate into a temporary.
                let l = self.expr(e)?;
                Some(Place::Frame(l))
            }
        }
    }

    pub(super) fn pkg_of(&self, _e: &Expr) -> crate::types::PkgId {
        // Field lookups only need the package for unexported names; the
        // checker already verified access, so the declaring package of the
        // current function works: find it from the function's name.
        let name = &self.m.module.funcs[self.id.0 as usize].name;
        let pkg = name.split('.').next().unwrap_or("main");
        let idx = self
            .m
            .p
            .types
            .pkg_paths
            .iter()
            .position(|p| p == pkg)
            .unwrap_or(0);
        crate::types::PkgId(idx as u32)
    }

    fn place_or_temp(&mut self, x: &Expr) -> Option<Place> {
        self.place(x)
    }

    /// The place of a variable: its frame slot, its heap cell or the
    /// package variable.
    pub(super) fn var_place(&mut self, v: VarLoc, line: u32) -> Place {
        match v {
            VarLoc::Frame(l) => Place::Frame(l),
            VarLoc::Heap(cell) => Place::at(cell),
            VarLoc::Global(g) => {
                let ptr = self.word_temp();
                self.addr_to(ptr, AddrOf::Global(g), line);
                Place::at(ptr)
            }
        }
    }

    /// The place `off` bytes into the value at `p` (a field). An offset
    /// that a memory operand cannot hold (an `i32`) is added to the
    /// pointer, after its nil check.
    pub(super) fn offset_place(&mut self, p: Place, off: u64, line: u32) -> Place {
        match p {
            Place::Frame(l) => Place::Frame(l.plus(off as u32)),
            Place::Mem {
                ptr,
                off: o,
                nilable,
            } => match i32::try_from(o as u64 + off) {
                Ok(sum) => Place::Mem {
                    ptr,
                    off: sum,
                    nilable,
                },
                Err(_) => {
                    let ptr = self.place_addr(p, line);
                    let o = self.word_imm(off, line);
                    let dst = self.word_temp();
                    let ws = Scalar::word(&self.m.p.target);
                    self.bin(BinOp::Add, ws, dst, ptr, o, line);
                    Place::at(dst)
                }
            },
        }
    }

    /// The address of the first element of an array of `n` elements of
    /// type `el` at `p`, for indexing it, and whether it may be nil-derived
    /// (so the element's access or address is the nil check). When the last
    /// element lies at or past [`NIL_GUARD`] from a maybe-nil pointer, a
    /// faulting index could reach mapped memory: the pointer is checked
    /// first, as gc does for every indexing through a pointer.
    fn array_base(&mut self, p: Place, n: u64, el: TypeId, line: u32) -> (Loc, bool) {
        let es = self.m.size_of(el) as u64;
        match p {
            Place::Mem {
                ptr,
                off,
                nilable: true,
            } => {
                let last = (off as u64).saturating_add(n.saturating_sub(1).saturating_mul(es));
                if last >= NIL_GUARD {
                    return (self.place_addr(p, line), false);
                }
                let raw = Place::Mem {
                    ptr,
                    off,
                    nilable: false,
                };
                (self.place_addr(raw, line), true)
            }
            _ => (self.place_addr(p, line), false),
        }
    }

    /// The address of a place, in a fresh word. A maybe-nil pointer's
    /// place is nil-checked first (taking `&p.f` or slicing `p[:]` touches
    /// no memory, and Go panics there when `p` is nil).
    pub(super) fn place_addr(&mut self, p: Place, line: u32) -> Loc {
        if let Place::Mem {
            ptr, nilable: true, ..
        } = p
        {
            self.nil_check(ptr, line);
        }
        self.raw_addr(p, line)
    }

    /// The address of a place without a nil check: for a method's pointer
    /// receiver, which may be nil (`p.M()` with p nil calls M).
    pub(super) fn raw_addr(&mut self, p: Place, line: u32) -> Loc {
        let ws = Scalar::word(&self.m.p.target);
        match p {
            Place::Frame(l) => {
                let dst = self.word_temp();
                self.emit(
                    Inst::Addr {
                        dst,
                        what: AddrOf::Frame(l),
                    },
                    line,
                );
                dst
            }
            Place::Mem { ptr, off: 0, .. } => ptr,
            Place::Mem { ptr, off, .. } => {
                let o = self.word_imm(off as u64, line);
                let dst = self.word_temp();
                self.emit(
                    Inst::Bin {
                        op: BinOp::Add,
                        ty: ws,
                        dst,
                        a: ptr,
                        b: o,
                    },
                    line,
                );
                dst
            }
        }
    }

    /// An integer expression as a word (for sizes and indexes).
    pub(super) fn int_word(&mut self, e: &Expr, line: u32) -> Option<Loc> {
        let t = self.expr_type(e.id);
        let v = self.expr(e)?;
        let ws = Scalar::word(&self.m.p.target);
        let from = self.scalar(t).unwrap_or(ws);
        if from == ws {
            return Some(v);
        }
        let dst = self.word_temp();
        self.emit(
            Inst::Conv {
                from,
                to: ws,
                dst,
                a: v,
            },
            line,
        );
        Some(dst)
    }

    /// `x[lo:hi:max]` on a string, slice, array or pointer to array.
    fn slice_expr(&mut self, e: &Expr, line: u32) -> Option<Loc> {
        let ExprKind::Slice { x, lo, hi, max, .. } = &e.kind else {
            return None;
        };
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let xt = self.expr_type(x.id);
        // base pointer, length and capacity of what is sliced.
        let (base, len, cap, es, string) = match self.under(xt).clone() {
            Type::Basic(_) => {
                let s = self.expr(x)?;
                (s, s.plus(w), s.plus(w), 1u64, true)
            }
            Type::Slice(el) => {
                let s = self.expr(x)?;
                (
                    s,
                    s.plus(w),
                    s.plus(2 * w),
                    self.m.size_of(el) as u64,
                    false,
                )
            }
            Type::Array(n, el) => {
                let p = self.place(x)?;
                let a = self.place_addr(p, line);
                let n = self.word_imm(n, line);
                (a, n, n, self.m.size_of(el) as u64, false)
            }
            Type::Pointer(pt) => {
                let Type::Array(n, el) = self.under(pt).clone() else {
                    return None;
                };
                // Slicing touches no memory: a nil pointer is checked
                // (Go panics even for p[0:0]).
                let a = self.expr(x)?;
                self.nil_check(a, line);
                let n = self.word_imm(n, line);
                (a, n, n, self.m.size_of(el) as u64, false)
            }
            _ => return None,
        };
        let is_slice = matches!(self.under(xt), Type::Slice(_));
        let zero = self.word_imm(0, line);
        let (lo_v, lo_signed) = match lo {
            Some(l) => self.bound_word(l, line)?,
            None => (zero, true),
        };
        let hi_v = match hi {
            Some(h) => Some(self.bound_word(h, line)?),
            None => None,
        };
        // 0 <= lo <= hi <= max <= cap, checked from the top as gc does
        // (each check then compares with a bound known not negative), each
        // failure with gc's message for it (runtime/error.go boundsError).
        let hi_v = match (max, hi_v) {
            (Some(m), Some((hi_v, hi_signed))) => {
                let (max_v, max_signed) = self.bound_word(m, line)?;
                let code = if is_slice {
                    bounds::SLICE3_ACAP
                } else {
                    bounds::SLICE3_ALEN
                };
                self.bound_check(max_v, cap, code, max_signed, line);
                self.bound_check(hi_v, max_v, bounds::SLICE3_B, hi_signed, line);
                self.bound_check(lo_v, hi_v, bounds::SLICE3_C, lo_signed, line);
                let _ = len;
                (hi_v, max_v)
            }
            (_, hi_v) => {
                // `s[i:]` of a slice needs no check of len <= cap.
                let hi_v = match hi_v {
                    Some((hi_v, hi_signed)) => {
                        let code = if is_slice {
                            bounds::SLICE_ACAP
                        } else {
                            bounds::SLICE_ALEN
                        };
                        self.bound_check(hi_v, cap, code, hi_signed, line);
                        hi_v
                    }
                    None => len,
                };
                self.bound_check(lo_v, hi_v, bounds::SLICE_B, lo_signed, line);
                (hi_v, cap)
            }
        };
        let (hi_v, max_v) = hi_v;
        let dst = self.alloc(if string { 2 * w } else { 3 * w }, w);
        let esz = self.word_imm(es, line);
        let off = self.word_temp();
        self.bin(BinOp::Mul, ws, off, lo_v, esz, line);
        if lo.is_some() {
            // A result with no capacity (a string: no length) keeps the
            // base pointer, as gc's does, so that it never points past the
            // end of the object (unsafe code can see the difference).
            let room = self.word_temp();
            let top = if string { hi_v } else { max_v };
            self.bin(BinOp::Sub, ws, room, top, lo_v, line);
            let some = self.alloc(1, 1);
            self.emit(
                Inst::Cmp {
                    op: CmpOp::Ne,
                    ty: ws,
                    dst: some,
                    a: room,
                    b: zero,
                },
                line,
            );
            let mask = self.word_temp();
            self.emit(
                Inst::Conv {
                    from: Scalar::U8,
                    to: ws,
                    dst: mask,
                    a: some,
                },
                line,
            );
            self.emit(
                Inst::Un {
                    op: UnOp::Neg,
                    ty: ws,
                    dst: mask,
                    a: mask,
                },
                line,
            );
            self.bin(BinOp::And, ws, off, off, mask, line);
        }
        self.emit(
            Inst::Bin {
                op: BinOp::Add,
                ty: ws,
                dst,
                a: base,
                b: off,
            },
            line,
        );
        self.bin(BinOp::Sub, ws, dst.plus(w), hi_v, lo_v, line);
        if !string {
            self.bin(BinOp::Sub, ws, dst.plus(2 * w), max_v, lo_v, line);
        }
        Some(dst)
    }

    /// A slice bound as a word, and whether its type is signed (a negative
    /// one is reported as such).
    fn bound_word(&mut self, e: &Expr, line: u32) -> Option<(Loc, bool)> {
        let t = self.expr_type(e.id);
        let signed = self.scalar(t).is_some_and(Scalar::is_signed);
        Some((self.int_word(e, line)?, signed))
    }

    /// Panics with `slice bounds out of range` (the form of `code`) unless
    /// `v <= limit` (unsigned, so a negative `v` fails too).
    fn bound_check(&mut self, v: Loc, limit: Loc, code: u64, signed: bool, line: u32) {
        self.check_or_panic(CmpOp::Le, v, limit, code, signed, line);
    }

    /// Goes on when the unsigned `v op limit` holds; otherwise calls the
    /// runtime's PanicBounds service with (v, limit, code), which does not
    /// return; `signed` when `v` is of a signed type.
    pub(super) fn check_or_panic(
        &mut self,
        op: CmpOp,
        v: Loc,
        limit: Loc,
        code: u64,
        signed: bool,
        line: u32,
    ) {
        let ws = Scalar::word(&self.m.p.target);
        let w = self.word();
        let ok = self.alloc(1, 1);
        self.emit(
            Inst::Cmp {
                op,
                ty: ws,
                dst: ok,
                a: v,
                b: limit,
            },
            line,
        );
        let good = self.new_block();
        let bad = self.new_block();
        self.terminate(
            Term::Branch {
                cond: ok,
                then: good,
                els: bad,
            },
            line,
        );
        self.switch_to(bad);
        self.mov(Loc::Out(0), v, w, line);
        self.mov(Loc::Out(w), limit, w, line);
        let code = code | if signed { bounds::SIGNED } else { 0 };
        self.emit(
            Inst::Imm {
                dst: Loc::Out(2 * w),
                ty: ws,
                bits: code,
            },
            line,
        );
        self.call_service(Service::PanicBounds, line);
        self.terminate(Term::Unreachable, line);
        self.switch_to(good);
    }

    pub(super) fn word_imm(&mut self, v: u64, line: u32) -> Loc {
        let ws = Scalar::word(&self.m.p.target);
        let dst = self.word_temp();
        self.emit(
            Inst::Imm {
                dst,
                ty: ws,
                bits: v,
            },
            line,
        );
        dst
    }

    /// Evaluates an index and checks it against `len` (a word): panics with
    /// `index out of range [i] with length n` when it is not below.
    fn index(&mut self, i: &Expr, len: Loc, line: u32) -> Option<Loc> {
        let it = self.expr_type(i.id);
        let v = self.expr(i)?;
        let ws = Scalar::word(&self.m.p.target);
        let from = self.scalar(it).unwrap_or(ws);
        let idx = if from == ws {
            v
        } else {
            let dst = self.word_temp();
            self.emit(
                Inst::Conv {
                    from,
                    to: ws,
                    dst,
                    a: v,
                },
                line,
            );
            dst
        };
        // One unsigned compare also catches negative indexes.
        self.check_or_panic(CmpOp::Lt, idx, len, bounds::INDEX, from.is_signed(), line);
        Some(idx)
    }

    /// `*(base + idx * sizeof(el))`, where `base` holds the first element's
    /// address; `nilable` when `base` may come from a nil pointer (and the
    /// elements lie below [`NIL_GUARD`]: see `array_base`).
    pub(super) fn element(
        &mut self,
        base: Loc,
        idx: Loc,
        el: TypeId,
        nilable: bool,
        line: u32,
    ) -> Place {
        let ws = Scalar::word(&self.m.p.target);
        let size = self.m.size_of(el) as u64;
        let sz = self.word_imm(size, line);
        let off = self.word_temp();
        self.bin(BinOp::Mul, ws, off, idx, sz, line);
        let ptr = self.word_temp();
        self.bin(BinOp::Add, ws, ptr, base, off, line);
        Place::Mem {
            ptr,
            off: 0,
            nilable,
        }
    }

    fn string_index(&mut self, x: &Expr, i: &Expr, line: u32) -> Option<Loc> {
        let s = self.expr(x)?;
        let w = self.word();
        let idx = self.index(i, s.plus(w), line)?;
        let u8t = self.m.p.types.basic_kind_type(BasicKind::Uint8);
        let p = self.element(s, idx, u8t, false, line);
        Some(self.read(p, u8t, line))
    }

    fn unary(&mut self, op: ast::UnOp, x: &Expr, t: TypeId, line: u32, span: Span) -> Option<Loc> {
        match op {
            ast::UnOp::Addr => {
                let inner = crate::check::expr::strip_parens(x);
                if let ExprKind::Composite { .. } = inner.kind {
                    // &T{...}: build it in a heap cell.
                    let et = self.expr_type(inner.id);
                    let cell = self.heap_alloc(et, line);
                    self.composite_into(inner, et, Place::at(cell), line)?;
                    return Some(cell);
                }
                let p = self.place(x)?;
                Some(self.place_addr(p, line))
            }
            ast::UnOp::Recv => {
                let _ = span;
                Some(self.recv(x, line)?.0)
            }
            ast::UnOp::Pos => self.expr(x),
            ast::UnOp::Neg | ast::UnOp::Xor | ast::UnOp::Not => {
                let a = self.expr(x)?;
                if let Some(fs) = self.complex_part(t) {
                    return Some(self.complex_neg(a, fs, line));
                }
                let sc = self.scalar(t)?;
                let dst = self.alloc(sc.size(), sc.size());
                match op {
                    ast::UnOp::Neg => self.emit(
                        Inst::Un {
                            op: UnOp::Neg,
                            ty: sc,
                            dst,
                            a,
                        },
                        line,
                    ),
                    ast::UnOp::Xor => self.emit(
                        Inst::Un {
                            op: UnOp::Not,
                            ty: sc,
                            dst,
                            a,
                        },
                        line,
                    ),
                    _ => {
                        // !b == b ^ 1 on a 0/1 byte.
                        let one = self.alloc(1, 1);
                        self.emit(
                            Inst::Imm {
                                dst: one,
                                ty: Scalar::U8,
                                bits: 1,
                            },
                            line,
                        );
                        self.emit(
                            Inst::Bin {
                                op: BinOp::Xor,
                                ty: Scalar::U8,
                                dst,
                                a,
                                b: one,
                            },
                            line,
                        );
                    }
                }
                Some(dst)
            }
        }
    }

    fn binary(
        &mut self,
        op: ast::BinOp,
        l: &Expr,
        r: &Expr,
        t: TypeId,
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        use ast::BinOp as B;
        if op == B::LAnd || op == B::LOr {
            // Short circuit: the result slot is written on both paths.
            let dst = self.alloc(1, 1);
            let a = self.expr(l)?;
            self.emit(
                Inst::Move {
                    dst,
                    src: a,
                    size: 1,
                },
                line,
            );
            let rhs = self.new_block();
            let join = self.new_block();
            let (then, els) = if op == B::LAnd {
                (rhs, join)
            } else {
                (join, rhs)
            };
            self.terminate(
                Term::Branch {
                    cond: dst,
                    then,
                    els,
                },
                line,
            );
            self.switch_to(rhs);
            let b = self.expr(r)?;
            self.emit(
                Inst::Move {
                    dst,
                    src: b,
                    size: 1,
                },
                line,
            );
            self.jump(join, line);
            self.switch_to(join);
            return Some(dst);
        }
        let lt = self.expr_type(l.id);
        if op.is_comparison() {
            return self.compare(op, l, r, lt, line, span);
        }
        let a = self.expr(l)?;
        self.binary_values(op, a, r, t, line, span)
    }

    /// `a op r` for an arithmetic or concatenation operator, with the left
    /// operand already evaluated into `a` (also used by `x op= y`).
    pub(super) fn binary_values(
        &mut self,
        op: ast::BinOp,
        a: Loc,
        r: &Expr,
        t: TypeId,
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        use ast::BinOp as B;
        let _ = span;
        if self.is_string(t) {
            // Concatenation.
            let b = self.expr(r)?;
            let w = self.word();
            self.mov(Loc::Out(0), a, 2 * w, line);
            self.mov(Loc::Out(2 * w), b, 2 * w, line);
            self.call_service(Service::Concat, line);
            let dst = self.alloc(2 * w, w);
            self.emit(
                Inst::Move {
                    dst,
                    src: self.service_result(Service::Concat, 0),
                    size: 2 * w,
                },
                line,
            );
            return Some(dst);
        }
        if let Some(fs) = self.complex_part(t) {
            let b = self.expr(r)?;
            return self.complex_arith(op, a, b, fs, line);
        }
        let sc = self.scalar(t)?;
        let b = self.expr(r)?;
        let (bop, b) = match op {
            B::Add => (BinOp::Add, b),
            B::Sub => (BinOp::Sub, b),
            B::Mul => (BinOp::Mul, b),
            B::Div | B::Rem => {
                // A constant divisor is not zero: the checker refuses that.
                if !sc.is_float() && !self.is_constant(r) {
                    self.check_divisor(b, sc, line);
                }
                (if op == B::Div { BinOp::Div } else { BinOp::Rem }, b)
            }
            B::And => (BinOp::And, b),
            B::Or => (BinOp::Or, b),
            B::Xor => (BinOp::Xor, b),
            B::AndNot => (BinOp::AndNot, b),
            B::Shl | B::Shr => {
                // The count, as an unsigned word; a negative one of a signed
                // type panics (Go >= 1.13), a constant one the checker refused.
                let rt = self.expr_type(r.id);
                let ws = Scalar::word(&self.m.p.target);
                let from = self.scalar(rt).unwrap_or(ws);
                if from.is_signed() && !self.is_constant(r) {
                    self.check_shift(b, from, line);
                }
                let c = if from == ws {
                    b
                } else {
                    let c = self.word_temp();
                    self.emit(
                        Inst::Conv {
                            from,
                            to: ws,
                            dst: c,
                            a: b,
                        },
                        line,
                    );
                    c
                };
                (if op == B::Shl { BinOp::Shl } else { BinOp::Shr }, c)
            }
            _ => return None,
        };
        let dst = self.alloc(sc.size(), sc.size());
        self.emit(
            Inst::Bin {
                op: bop,
                ty: sc,
                dst,
                a,
                b,
            },
            line,
        );
        Some(dst)
    }

    /// Whether the checker folded `e` to a constant.
    fn is_constant(&self, e: &Expr) -> bool {
        self.m
            .p
            .exprs
            .get(e.id.0 as usize)
            .and_then(|i| i.as_ref())
            .is_some_and(|i| i.value.is_some())
    }

    /// Panics with `negative shift amount` when the signed count `b` is
    /// below 0 (Go: panicshift).
    fn check_shift(&mut self, b: Loc, sc: Scalar, line: u32) {
        self.check_against_zero(CmpOp::Ge, b, sc, Service::PanicShift, line);
    }

    /// Panics with `integer divide by zero` when `b` is 0.
    fn check_divisor(&mut self, b: Loc, sc: Scalar, line: u32) {
        self.check_against_zero(CmpOp::Ne, b, sc, Service::PanicDivide, line);
    }

    /// Goes on when `b op 0` holds, else calls the panicking service
    /// `fail` (which does not return).
    fn check_against_zero(&mut self, op: CmpOp, b: Loc, sc: Scalar, fail: Service, line: u32) {
        let zero = self.alloc(sc.size(), sc.size());
        self.emit(
            Inst::Imm {
                dst: zero,
                ty: sc,
                bits: 0,
            },
            line,
        );
        let ok = self.alloc(1, 1);
        self.cmp(op, sc, ok, b, zero, line);
        let good = self.new_block();
        let bad = self.new_block();
        self.terminate(
            Term::Branch {
                cond: ok,
                then: good,
                els: bad,
            },
            line,
        );
        self.switch_to(bad);
        self.call_service(fail, line);
        self.terminate(Term::Unreachable, line);
        self.switch_to(good);
    }

    fn compare(
        &mut self,
        op: ast::BinOp,
        l: &Expr,
        r: &Expr,
        lt: TypeId,
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        use ast::BinOp as B;
        let cop = match op {
            B::Eq => CmpOp::Eq,
            B::Ne => CmpOp::Ne,
            B::Lt => CmpOp::Lt,
            B::Le => CmpOp::Le,
            B::Gt => CmpOp::Gt,
            _ => CmpOp::Ge,
        };
        let a = self.expr(l)?;
        let b = self.expr(r)?;
        let rt = self.expr_type(r.id);
        let nil = (self.is_nil(l), self.is_nil(r));
        self.compare_values(cop, (a, lt), (b, rt), nil, line, span)
    }

    /// Whether `x` is the predeclared `nil` (the checker gives it the
    /// other operand's type, so its type does not tell).
    pub(super) fn is_nil(&self, x: &Expr) -> bool {
        let x = crate::check::expr::strip_parens(x);
        self.m
            .p
            .uses
            .get(&x.id)
            .is_some_and(|o| matches!(self.m.p.objects[o.0 as usize].kind, ObjKind::Nil))
    }

    /// `a op b` for values already evaluated, as a u8 slot: `==` and `!=`
    /// of every comparable type (strings, interfaces with a concrete
    /// operand converted, structs, arrays, nil), ordering of strings and
    /// numbers. `nil` says which operand is the literal nil. The one place
    /// comparisons are lowered: binary expressions and switch cases.
    pub(super) fn compare_values(
        &mut self,
        cop: CmpOp,
        (a, lt): (Loc, TypeId),
        (b, rt): (Loc, TypeId),
        nil: (bool, bool),
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        let dst = self.alloc(1, 1);
        if self.is_string(lt) && self.is_string(rt) {
            let w = self.word();
            self.mov(Loc::Out(0), a, 2 * w, line);
            self.mov(Loc::Out(2 * w), b, 2 * w, line);
            self.call_service(Service::CompareStrings, line);
            let is = if self.m.p.target.int_size == 8 {
                Scalar::I64
            } else {
                Scalar::I32
            };
            let res = self.alloc(w, w);
            self.mov(
                res,
                self.service_result(Service::CompareStrings, 0),
                w,
                line,
            );
            let zero = self.alloc(w, w);
            self.emit(
                Inst::Imm {
                    dst: zero,
                    ty: is,
                    bits: 0,
                },
                line,
            );
            self.emit(
                Inst::Cmp {
                    op: cop,
                    ty: is,
                    dst,
                    a: res,
                    b: zero,
                },
                line,
            );
            return Some(dst);
        }
        let first_word_nil =
            |b: &Self, t: TypeId| matches!(b.under(t), Type::Interface(_) | Type::Slice(_));
        if first_word_nil(self, lt) && (nil.0 || nil.1) {
            // An interface is nil when its type word is, a slice when its
            // array pointer is (`make([]T, 0)` and `[]T{}` point at the
            // zero-size allocation, never at 0).
            let ws = Scalar::word(&self.m.p.target);
            let iv = if nil.0 { b } else { a };
            let zero = self.word_imm(0, line);
            self.emit(
                Inst::Cmp {
                    op: cop,
                    ty: ws,
                    dst,
                    a: iv,
                    b: zero,
                },
                line,
            );
            return Some(dst);
        }
        if matches!(cop, CmpOp::Eq | CmpOp::Ne) {
            if let Some(eq) = self.compare_in_runtime(a, b, lt, rt, line) {
                let want = self.alloc(1, 1);
                self.emit(
                    Inst::Imm {
                        dst: want,
                        ty: Scalar::U8,
                        bits: u64::from(cop == CmpOp::Eq),
                    },
                    line,
                );
                self.emit(
                    Inst::Cmp {
                        op: CmpOp::Eq,
                        ty: Scalar::U8,
                        dst,
                        a: eq,
                        b: want,
                    },
                    line,
                );
                return Some(dst);
            }
        }
        if let (Some(fs), Some(_)) = (self.complex_part(lt), self.complex_part(rt)) {
            return Some(self.complex_compare(cop, a, b, fs, line));
        }
        let Some(sc) = self.scalar(lt) else {
            self.m.unsupported(span, "comparing values of this type");
            return None;
        };
        self.emit(
            Inst::Cmp {
                op: cop,
                ty: sc,
                dst,
                a,
                b,
            },
            line,
        );
        Some(dst)
    }

    /// `a == b` where one instruction cannot decide: interfaces (with a
    /// non-interface operand converted to the interface, as Go does),
    /// structs, arrays. Returns the u8 "equal", computed by the
    /// ValuesEqual service from the type descriptor; `None` for other
    /// types (and for comparisons with nil, which read one word).
    fn compare_in_runtime(
        &mut self,
        a: Loc,
        b: Loc,
        lt: TypeId,
        rt: TypeId,
        line: u32,
    ) -> Option<Loc> {
        let iface = |s: &Self, t: TypeId| matches!(s.under(t), Type::Interface(_));
        let nil = |s: &Self, t: TypeId| {
            matches!(s.under(t), Type::Basic(crate::types::BasicKind::UntypedNil))
        };
        if nil(self, lt) || nil(self, rt) {
            return None;
        }
        let t = if iface(self, lt) {
            lt
        } else if iface(self, rt) {
            rt
        } else if matches!(self.under(lt), Type::Struct(_) | Type::Array(..)) {
            lt
        } else {
            return None;
        };
        let w = self.word();
        let size = self.m.size_of(t);
        let a = self.coerce(a, lt, t, line)?;
        let b = self.coerce(b, rt, t, line)?;
        // Whole copies whose addresses are taken (see chan.rs runtime_slot).
        let (sa, sb) = (self.temp(t), self.temp(t));
        self.mov(sa, a, size, line);
        self.mov(sb, b, size, line);
        let desc = self.m.type_desc(t);
        self.addr_to(Loc::Out(0), AddrOf::TypeDesc(desc), line);
        self.addr_to(Loc::Out(w), AddrOf::Frame(sa), line);
        self.addr_to(Loc::Out(2 * w), AddrOf::Frame(sb), line);
        self.call_service(Service::ValuesEqual, line);
        let eq = self.alloc(1, 1);
        self.mov(eq, self.service_result(Service::ValuesEqual, 0), 1, line);
        Some(eq)
    }

    /// Lowers a call; returns the slots of its results.
    pub(super) fn call_expr(&mut self, e: &Expr) -> Option<Vec<(Loc, TypeId)>> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            return None;
        };
        let line = self.call_line(func.span, e.span);
        let ft = self.expr_type(func.id);
        let finfo = self
            .m
            .p
            .exprs
            .get(func.id.0 as usize)
            .and_then(|i| i.as_ref())
            .cloned();
        if finfo.as_ref().is_some_and(|i| i.is_type) {
            return self
                .conversion(e, args, line)
                .map(|l| vec![(l, self.expr_type(e.id))]);
        }
        let fun = crate::check::expr::strip_parens(func);
        // Builtins (unsafe's are selectors: unsafe.Add).
        if let ExprKind::Ident(_) | ExprKind::Selector(..) = &fun.kind {
            if let Some(&o) = self.m.p.uses.get(&fun.id) {
                if let ObjKind::Builtin(b) = self.m.p.objects[o.0 as usize].kind {
                    return self.builtin(b, e, args, line);
                }
            }
        }
        let sig = self.m.p.types.signature(ft).cloned()?;
        // What is called, and its receiver if it is a method.
        let mut recv: Option<(Loc, TypeId)> = None;
        let callee = match &fun.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) if self.m.p.uses.contains_key(&fun.id) => {
                let o = self.m.p.uses[&fun.id];
                match self.m.funcs.get(&o).copied() {
                    Some(FnRef::Func(f)) => Callee::Func(f),
                    Some(FnRef::Native(n)) => Callee::Native(n),
                    None => {
                        let v = self.expr(fun)?;
                        Callee::Closure(v)
                    }
                }
            }
            ExprKind::Selector(x, _)
                if self
                    .m
                    .p
                    .exprs
                    .get(x.id.0 as usize)
                    .and_then(|i| i.as_ref())
                    .is_some_and(|i| i.is_type) =>
            {
                // A method expression called: T.m(recv, args).
                let v = self.expr(fun)?;
                Callee::Closure(v)
            }
            ExprKind::Selector(x, sel) => {
                let xt = self.expr_type(x.id);
                let res = self
                    .m
                    .p
                    .types
                    .lookup_field_or_method(xt, &sel.name, self.pkg_of(e));
                match res {
                    crate::types::lookup::LookupResult::Method {
                        named: Some(n),
                        pointer_recv,
                        index_path,
                        ..
                    } => {
                        let (fref, _) = *self.m.methods.get(&(n, sel.name.clone()))?;
                        recv = Some(self.method_receiver(x, n, &index_path, pointer_recv, line)?);
                        match fref {
                            FnRef::Func(f) => Callee::Func(f),
                            FnRef::Native(nid) => Callee::Native(nid),
                        }
                    }
                    crate::types::lookup::LookupResult::Field { .. } => {
                        let v = self.expr(fun)?;
                        Callee::Closure(v)
                    }
                    crate::types::lookup::LookupResult::Method {
                        from_interface: true,
                        method_index,
                        index_path,
                        ..
                    } => {
                        // Through the itab: the wrapper takes the data word.
                        // The interface is x, or the one x embeds
                        // (`type S struct{ R }`: s.Read() calls s.R.Read()).
                        let w = self.word();
                        let iv = if index_path.is_empty() {
                            self.expr(x)?
                        } else {
                            let (start, base_t) = self.receiver_base(x, line)?;
                            let (p, it, _) =
                                self.walk_embedded_to(start, base_t, &index_path, line)?;
                            self.read(p, it, line)
                        };
                        let itab = self.word_temp();
                        self.mov(itab, iv, w, line);
                        let fv = self.word_temp();
                        let off = ((1 + method_index) as u32 * w) as i32;
                        self.emit(
                            Inst::Load {
                                dst: fv,
                                ptr: itab,
                                off,
                                size: w,
                            },
                            line,
                        );
                        let data = self.word_temp();
                        self.mov(data, iv.plus(w), w, line);
                        let uintptr = self
                            .m
                            .p
                            .types
                            .basic_kind_type(crate::types::BasicKind::Uintptr);
                        recv = Some((data, uintptr));
                        Callee::Closure(fv)
                    }
                    _ => {
                        self.m.unsupported(e.span, "this method call");
                        return None;
                    }
                }
            }
            _ => {
                let v = self.expr(fun)?;
                Callee::Closure(v)
            }
        };
        if let (Callee::Native(n), None) = (callee, recv) {
            if let Some(v) = self.intrinsic(n, args, line) {
                return v;
            }
        }
        let layout = self.m.frame_layout(recv.map(|r| r.1), &sig);
        // Evaluate every argument first (they may contain calls, which use
        // the outgoing area), then copy them in.
        let mut vals = Vec::new();
        if let Some((v, t)) = recv {
            vals.push((v, t));
        }
        vals.extend(self.call_args(args, &sig, ellipsis.is_some(), line)?);
        let saved: Vec<(Loc, TypeId)> = vals
            .into_iter()
            .map(|(v, t)| {
                // A value already in Out would be clobbered by the copies.
                if let Loc::Out(_) = v {
                    let tmp = self.temp(t);
                    let size = self.m.size_of(t);
                    self.emit(
                        Inst::Move {
                            dst: tmp,
                            src: v,
                            size,
                        },
                        line,
                    );
                    (tmp, t)
                } else {
                    (v, t)
                }
            })
            .collect();
        for ((v, t), off) in saved.iter().zip(&layout.params) {
            let size = self.m.size_of(*t);
            self.emit(
                Inst::Move {
                    dst: Loc::Out(*off),
                    src: *v,
                    size,
                },
                line,
            );
        }
        if let Callee::Closure(c) = callee {
            let w = self.word();
            let keep = self.word_temp();
            self.mov(keep, c, w, line);
            self.call(Callee::Closure(keep), layout.total, line);
        } else {
            self.call(callee, layout.total, line);
        }
        // Results are copied out before anything else can use the area.
        let mut out = Vec::new();
        for (t, off) in sig.results.iter().zip(&layout.results) {
            let dst = self.temp(*t);
            let size = self.m.size_of(*t);
            self.emit(
                Inst::Move {
                    dst,
                    src: Loc::Out(*off),
                    size,
                },
                line,
            );
            out.push((dst, *t));
        }
        Some(out)
    }

    /// The arguments of a call of a function of signature `sig`, each
    /// converted to its parameter's type (an interface parameter boxes
    /// it), in parameter order, with the variadic part packed into a new
    /// slice unless `spread` (`f(xs...)`) passes one. `f(g())` with a
    /// multi-value `g` passes g's results as the arguments, each converted
    /// the same way. Calls and `defer`/`go` of calls evaluate their
    /// arguments here, so every form converts alike.
    pub(super) fn call_args(
        &mut self,
        args: &[Expr],
        sig: &crate::types::Signature,
        spread: bool,
        line: u32,
    ) -> Option<Vec<(Loc, TypeId)>> {
        let nfixed = if sig.variadic {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        let multi =
            args.len() == 1 && matches!(self.under(self.expr_type(args[0].id)), Type::Tuple(_));
        let mut vals = Vec::new();
        if multi {
            let rs = self.call_expr(&args[0])?;
            for (&(v, t), &pt) in rs.iter().zip(&sig.params).take(nfixed) {
                let v = self.coerce(v, t, pt, line)?;
                vals.push((v, pt));
            }
            if sig.variadic {
                let st = sig.params[nfixed];
                let v = self.pack_values(&rs[nfixed.min(rs.len())..], st, line)?;
                vals.push((v, st));
            }
            return Some(vals);
        }
        // gc's order (evalorder.rs): the arguments holding calls first,
        // then the plain ones, the variadic ones included.
        let all: Vec<&Expr> = args.iter().collect();
        let locs = self.exprs_calls_first(&all, line)?;
        for ((a, &pt), &v) in args.iter().zip(&sig.params).take(nfixed).zip(&locs) {
            let at = self.expr_type(a.id);
            let v = self.coerce(v, at, pt, line)?;
            vals.push((v, pt));
        }
        if sig.variadic {
            let st = sig.params[nfixed];
            let v = if spread {
                // f(xs...): the slice itself.
                locs[nfixed]
            } else {
                let rest = nfixed.min(args.len());
                let typed: Vec<_> = args[rest..]
                    .iter()
                    .zip(&locs[rest..])
                    .map(|(a, &v)| (v, self.expr_type(a.id)))
                    .collect();
                self.pack_values(&typed, st, line)?
            };
            vals.push((v, st));
        }
        Some(vals)
    }

    /// The slice of type `st` holding `vals` (each converted to the element
    /// type), nil when there are none.
    fn pack_values(&mut self, vals: &[(Loc, TypeId)], st: TypeId, line: u32) -> Option<Loc> {
        let w = self.word();
        let dst = self.alloc(3 * w, w);
        self.emit(Inst::Zero { dst, size: 3 * w }, line);
        if vals.is_empty() {
            return Some(dst);
        }
        let Type::Slice(el) = self.under(st).clone() else {
            return None;
        };
        let es = self.m.size_of(el);
        let n = vals.len() as u64;
        let mut conv = Vec::new();
        for &(v, vt) in vals {
            let v = self.coerce(v, vt, el, line)?;
            let keep = self.temp(el);
            self.mov(keep, v, es, line);
            conv.push(keep);
        }
        let vals = conv;
        let arr = self.heap_bytes(es as u64 * n, line);
        for (i, v) in vals.into_iter().enumerate() {
            self.emit(
                Inst::Store {
                    ptr: arr,
                    off: (i as u32 * es) as i32,
                    src: v,
                    size: es,
                },
                line,
            );
        }
        let ws = Scalar::word(&self.m.p.target);
        self.emit(
            Inst::Move {
                dst,
                src: arr,
                size: w,
            },
            line,
        );
        self.emit(
            Inst::Imm {
                dst: dst.plus(w),
                ty: ws,
                bits: n,
            },
            line,
        );
        self.emit(
            Inst::Imm {
                dst: dst.plus(2 * w),
                ty: ws,
                bits: n,
            },
            line,
        );
        Some(dst)
    }

    /// `size` zeroed heap bytes; returns the frame word holding the address.
    pub(super) fn heap_bytes(&mut self, size: u64, line: u32) -> Loc {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        self.emit(
            Inst::Imm {
                dst: Loc::Out(0),
                ty: ws,
                bits: size.max(1),
            },
            line,
        );
        self.call_service(Service::New, line);
        let cell = self.word_temp();
        self.mov(cell, self.service_result(Service::New, 0), w, line);
        cell
    }

    /// Converts a value of type `from` to type `to` where Go converts
    /// implicitly: a concrete value assigned to an interface is boxed into
    /// `(type descriptor, pointer to a copy)`.
    pub(super) fn coerce(&mut self, v: Loc, from: TypeId, to: TypeId, line: u32) -> Option<Loc> {
        let to_iface = matches!(self.under(to), Type::Interface(_));
        let from_iface = matches!(self.under(from), Type::Interface(_));
        if from == to || !to_iface {
            return Some(v);
        }
        if from_iface {
            if self.under(from) == self.under(to) {
                return Some(v);
            }
            if self.is_empty_iface(to) {
                // (itab, data) -> (type, data).
                let w = self.word();
                let desc = self.dyn_desc(v, from, line);
                let dst = self.alloc(2 * w, w);
                self.emit(
                    Inst::Move {
                        dst,
                        src: desc,
                        size: w,
                    },
                    line,
                );
                self.mov(dst.plus(w), v.plus(w), w, line);
                return Some(dst);
            }
            return Some(self.convert_iface(v, from, to, line));
        }
        let w = self.word();
        let dst = self.alloc(2 * w, w);
        if matches!(
            self.under(from),
            Type::Basic(crate::types::BasicKind::UntypedNil)
        ) {
            self.emit(Inst::Zero { dst, size: 2 * w }, line);
            return Some(dst);
        }
        self.m.boxed.insert(from);
        let what = if self.is_empty_iface(to) {
            AddrOf::TypeDesc(self.m.type_desc(from))
        } else {
            let span = self.m.current_span;
            AddrOf::Itab(self.m.itab(to, from, span)?)
        };
        self.emit(Inst::Addr { dst, what }, line);
        let size = self.m.size_of(from);
        let cell = self.heap_bytes(size as u64, line);
        self.emit(
            Inst::Store {
                ptr: cell,
                off: 0,
                src: v,
                size,
            },
            line,
        );
        self.mov(dst.plus(w), cell, w, line);
        Some(dst)
    }

    /// `make(map[K]V, hint)`: returns the word holding the map.
    pub(super) fn make_map(&mut self, t: TypeId, hint: Loc, line: u32) -> Loc {
        let w = self.word();
        let (kt, vt) = match self.under(t).clone() {
            Type::Map(k, v) => (k, v),
            _ => (t, t),
        };
        let (kd, vd) = (self.m.type_desc(kt), self.m.type_desc(vt));
        self.addr_to(Loc::Out(0), AddrOf::TypeDesc(kd), line);
        self.addr_to(Loc::Out(w), AddrOf::TypeDesc(vd), line);
        self.mov(Loc::Out(2 * w), hint, w, line);
        self.call_service(Service::MakeMap, line);
        let m = self.word_temp();
        self.mov(m, self.service_result(Service::MakeMap, 0), w, line);
        m
    }

    /// A key in a frame slot of its own (converted to the key type), and
    /// the word holding its address, for the map services.
    pub(super) fn key_ptr(&mut self, k: &Expr, kt: TypeId, line: u32) -> Option<Loc> {
        let at = self.expr_type(k.id);
        let v = self.expr(k)?;
        self.key_ptr_of(v, at, kt, line)
    }

    /// The address of a slot holding `v`, of type `at`, converted to the
    /// key type `kt`.
    fn key_ptr_of(&mut self, v: Loc, at: TypeId, kt: TypeId, line: u32) -> Option<Loc> {
        let v = self.coerce(v, at, kt, line)?;
        let slot = self.temp(kt);
        let size = self.m.size_of(kt);
        self.emit(
            Inst::Move {
                dst: slot,
                src: v,
                size,
            },
            line,
        );
        let p = self.word_temp();
        self.addr_to(p, AddrOf::Frame(slot), line);
        Some(p)
    }

    /// `m[k]`: a copy of the value (zero when absent) and the found flag.
    pub(super) fn map_index(&mut self, x: &Expr, k: &Expr, line: u32) -> Option<(Loc, Loc)> {
        let w = self.word();
        let mt = self.expr_type(x.id);
        let Type::Map(kt, vt) = self.under(mt).clone() else {
            return None;
        };
        let mv = self.expr(x)?;
        let m = self.word_temp();
        self.mov(m, mv, w, line);
        let kp = self.key_ptr(k, kt, line)?;
        Some(self.map_access(m, kp, vt, line))
    }

    /// The element of key `*kp` in map `m` (zero when absent) and the
    /// found flag, through MapAccess.
    fn map_access(&mut self, m: Loc, kp: Loc, vt: TypeId, line: u32) -> (Loc, Loc) {
        let w = self.word();
        self.mov(Loc::Out(0), m, w, line);
        self.mov(Loc::Out(w), kp, w, line);
        self.call_service(Service::MapAccess, line);
        let vp = self.word_temp();
        self.mov(vp, self.service_result(Service::MapAccess, 0), w, line);
        let ok = self.alloc(1, 1);
        self.mov(ok, self.service_result(Service::MapAccess, 1), 1, line);
        let val = self.temp(vt);
        let size = self.m.size_of(vt);
        self.emit(
            Inst::Load {
                dst: val,
                ptr: vp,
                off: 0,
                size,
            },
            line,
        );
        (val, ok)
    }

    /// The element of key `*kp` in map `m`, zero when absent.
    pub(super) fn map_read(&mut self, m: Loc, kp: Loc, vt: TypeId, line: u32) -> Loc {
        self.map_access(m, kp, vt, line).0
    }

    /// The address of the value slot of key `*kp` in map `m` (created
    /// zeroed if absent), through MapAssign.
    pub(super) fn map_assign_slot(&mut self, m: Loc, kp: Loc, line: u32) -> Loc {
        let w = self.word();
        self.mov(Loc::Out(0), m, w, line);
        self.mov(Loc::Out(w), kp, w, line);
        self.call_service(Service::MapAssign, line);
        let slot = self.word_temp();
        self.mov(slot, self.service_result(Service::MapAssign, 0), w, line);
        slot
    }

    /// The slot `m[k]` for assignment: a place through the pointer the
    /// runtime returns.
    pub(super) fn map_slot(&mut self, x: &Expr, k: &Expr, line: u32) -> Option<Place> {
        let (m, kp) = self.map_operands(x, k, line)?;
        let slot = self.map_assign_slot(m, kp, line);
        Some(Place::at(slot))
    }

    /// The operands of `m[k]` evaluated, without creating the entry: the
    /// map word and the key's address (see `map_assign_slot`).
    pub(super) fn map_operands(&mut self, x: &Expr, k: &Expr, line: u32) -> Option<(Loc, Loc)> {
        let w = self.word();
        let mt = self.expr_type(x.id);
        let Type::Map(kt, _) = self.under(mt).clone() else {
            return None;
        };
        let mv = self.expr(x)?;
        let m = self.word_temp();
        self.mov(m, mv, w, line);
        let kp = self.key_ptr(k, kt, line)?;
        Some((m, kp))
    }

    /// Conversions to and from strings that build new values.
    fn string_conversion(
        &mut self,
        e: &Expr,
        v: Loc,
        from_t: TypeId,
        to_t: TypeId,
        line: u32,
    ) -> Option<Loc> {
        use crate::types::BasicKind as K;
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let elem_kind = |b: &Self, t: TypeId| match b.under(t) {
            Type::Slice(el) => b.m.p.types.basic_kind(*el),
            _ => None,
        };
        let service = if self.is_string(to_t) {
            if let Some(sc) = self.scalar(from_t) {
                // string(rune): the integer widened to a word first.
                let wv = self.word_temp();
                if sc == ws {
                    self.mov(wv, v, w, line);
                } else {
                    self.emit(
                        Inst::Conv {
                            from: sc,
                            to: if sc.is_signed() { Scalar::I64 } else { ws },
                            dst: wv,
                            a: v,
                        },
                        line,
                    );
                }
                self.mov(Loc::Out(0), wv, w, line);
                self.call_service(Service::IntToString, line);
                let dst = self.alloc(2 * w, w);
                self.emit(
                    Inst::Move {
                        dst,
                        src: self.service_result(Service::IntToString, 0),
                        size: 2 * w,
                    },
                    line,
                );
                return Some(dst);
            }
            match elem_kind(self, from_t) {
                Some(K::Uint8) => Service::BytesToString,
                Some(K::Int32) => Service::RunesToString,
                _ => {
                    self.m.unsupported(e.span, "this conversion");
                    return None;
                }
            }
        } else if self.is_string(from_t) {
            match elem_kind(self, to_t) {
                Some(K::Uint8) => Service::StringToBytes,
                Some(K::Int32) => Service::StringToRunes,
                _ => {
                    self.m.unsupported(e.span, "this conversion");
                    return None;
                }
            }
        } else {
            self.m.unsupported(e.span, "this conversion");
            return None;
        };
        // A string or slice in, the other out: the sizes are the layout's.
        let frame = service.frame();
        let (in_words, out_words) = (frame.args.words, frame.results.words);
        self.mov(Loc::Out(0), v, in_words * w, line);
        self.call_service(service, line);
        let dst = self.alloc(out_words * w, w);
        self.emit(
            Inst::Move {
                dst,
                src: self.service_result(service, 0),
                size: out_words * w,
            },
            line,
        );
        Some(dst)
    }

    /// From the place of a struct value of type `t`, follows the embedded
    /// fields of `path` (dereferencing embedded pointers) to the place of
    /// the innermost one; with whether that place is what an embedded
    /// pointer points at (its address is that pointer, nil or not), which
    /// is also the case of an empty path from `*p`.
    pub(super) fn walk_embedded(
        &mut self,
        place: Place,
        t: TypeId,
        path: &[usize],
        line: u32,
    ) -> Option<(Place, bool)> {
        let (p, _, direct) = self.walk_embedded_to(place, t, path, line)?;
        Some((p, direct))
    }

    /// [`Self::walk_embedded`], with the type of the field reached (an
    /// embedded pointer is followed: the type it points at) before
    /// `direct`.
    pub(super) fn walk_embedded_to(
        &mut self,
        mut place: Place,
        mut t: TypeId,
        path: &[usize],
        line: u32,
    ) -> Option<(Place, TypeId, bool)> {
        let mut direct = true;
        for &i in path {
            let Type::Struct(fields) = self.under(t).clone() else {
                return None;
            };
            let offs = self.m.p.types.field_offsets(t, &self.m.p.target);
            place = self.offset_place(place, offs[i], line);
            t = fields[i].ty;
            direct = false;
            if let Type::Pointer(p) = self.under(t).clone() {
                let ptr = self.read(place, t, line);
                place = Place::deref(ptr);
                t = p;
                direct = true;
            }
        }
        Some((place, t, direct))
    }

    pub(super) fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(ms) if ms.is_empty())
    }

    /// The dynamic type's descriptor address of the interface value at `v`
    /// (0 for nil): its first word, or the first word of its itab.
    pub(super) fn dyn_desc(&mut self, v: Loc, t: TypeId, line: u32) -> Loc {
        if self.is_empty_iface(t) {
            return v;
        }
        self.first_word_or_zero(v, line)
    }

    /// The word a possibly nil pointer at `p` points to, or 0 when it is
    /// nil: an interface's type word through its itab, a map's count.
    fn first_word_or_zero(&mut self, p: Loc, line: u32) -> Loc {
        self.word_or_zero(p, 0, line)
    }

    /// The word at `off` bytes from a possibly nil pointer at `p`, or 0
    /// when it is nil (a channel's count and capacity).
    fn word_or_zero(&mut self, p: Loc, off: i32, line: u32) -> Loc {
        let w = self.word();
        let dst = self.word_temp();
        self.emit(Inst::Zero { dst, size: w }, line);
        let ws = Scalar::word(&self.m.p.target);
        let zero = self.word_imm(0, line);
        let nonnil = self.alloc(1, 1);
        self.cmp(CmpOp::Ne, ws, nonnil, p, zero, line);
        let load = self.new_block();
        let join = self.new_block();
        self.terminate(
            Term::Branch {
                cond: nonnil,
                then: load,
                els: join,
            },
            line,
        );
        self.switch_to(load);
        self.emit(
            Inst::Load {
                dst,
                ptr: p,
                off,
                size: w,
            },
            line,
        );
        self.jump(join, line);
        self.switch_to(join);
        dst
    }

    /// `x.(T)` for a concrete `T`: the value and an ok flag; without
    /// `comma_ok`, a mismatch panics.
    pub(super) fn type_assert(
        &mut self,
        e: &Expr,
        comma_ok: bool,
        line: u32,
    ) -> Option<(Loc, Loc)> {
        let ExprKind::TypeAssert(x, Some(_)) = &e.kind else {
            return None;
        };
        let w = self.word();
        let t = self.expr_type(e.id);
        let xt = self.expr_type(x.id);
        let v = self.expr(x)?;
        if matches!(self.under(t), Type::Interface(_)) {
            return Some(self.assert_to_iface(v, xt, t, comma_ok, line));
        }
        let desc = self.dyn_desc(v, xt, line);
        let want = self.word_temp();
        let wd = self.m.type_desc(t);
        self.addr_to(want, AddrOf::TypeDesc(wd), line);
        let ws = Scalar::word(&self.m.p.target);
        let ok = self.alloc(1, 1);
        self.cmp(CmpOp::Eq, ws, ok, desc, want, line);
        let val = self.temp(t);
        let size = self.m.size_of(t);
        self.emit(Inst::Zero { dst: val, size }, line);
        let good = self.new_block();
        let bad = self.new_block();
        let join = self.new_block();
        self.terminate(
            Term::Branch {
                cond: ok,
                then: good,
                els: bad,
            },
            line,
        );
        self.switch_to(good);
        self.emit(
            Inst::Load {
                dst: val,
                ptr: v.plus(w),
                off: 0,
                size,
            },
            line,
        );
        self.jump(join, line);
        self.switch_to(bad);
        if !comma_ok {
            let id = self.m.type_desc(xt);
            self.mov(Loc::Out(0), desc, w, line);
            self.mov(Loc::Out(w), want, w, line);
            self.addr_to(Loc::Out(2 * w), AddrOf::TypeDesc(id), line);
            self.call_service(Service::PanicAssert, line);
            self.terminate(Term::Unreachable, line);
        } else {
            self.jump(join, line);
        }
        self.switch_to(join);
        Some((val, ok))
    }

    fn named_type(&self, n: NamedId) -> Option<TypeId> {
        // The interned id of a defined type: find the TypeId whose Named is n.
        self.m.p.types.named_type_id(n)
    }

    fn pointer_to(&mut self, t: TypeId) -> TypeId {
        self.m.p.types.pointer_type_id(t).unwrap_or(t)
    }

    fn conversion(&mut self, e: &Expr, args: &[Expr], line: u32) -> Option<Loc> {
        let to_t = self.expr_type(e.id);
        let from_t = self.expr_type(args[0].id);
        if matches!(
            self.under(from_t),
            Type::Basic(crate::types::BasicKind::UntypedNil)
        ) {
            // T(nil): T's zero value, whatever its size (`[]int(nil)`).
            let size = self.m.size_of(to_t);
            let dst = self.temp(to_t);
            self.emit(Inst::Zero { dst, size }, line);
            return Some(dst);
        }
        if let Some(v) = self.special_conversion(to_t, &args[0], line) {
            return v;
        }
        let v = self.expr(&args[0])?;
        if matches!(self.under(to_t), Type::Interface(_)) {
            // I(x): boxed as an assignment to an I would box it.
            return self.coerce(v, from_t, to_t, line);
        }
        if let (Some(from), Some(to)) = (self.complex_part(from_t), self.complex_part(to_t)) {
            return Some(self.complex_convert(v, from, to, line));
        }
        let (Some(from), Some(to)) = (self.scalar(from_t), self.scalar(to_t)) else {
            if self.m.size_of(from_t) == self.m.size_of(to_t)
                && self.is_string(from_t) == self.is_string(to_t)
                && !self.is_string(from_t)
            {
                // Between types with the same underlying type: the same bytes.
                return Some(v);
            }
            if self.is_string(from_t) && self.is_string(to_t) {
                return Some(v);
            }
            return self.string_conversion(e, v, from_t, to_t, line);
        };
        if from == to {
            return Some(v);
        }
        let dst = self.alloc(to.size(), to.size());
        self.emit(
            Inst::Conv {
                from,
                to,
                dst,
                a: v,
            },
            line,
        );
        Some(dst)
    }

    fn builtin(
        &mut self,
        b: Builtin,
        e: &Expr,
        args: &[Expr],
        line: u32,
    ) -> Option<Vec<(Loc, TypeId)>> {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        if args.len() == 1
            && matches!(
                b,
                Builtin::Print
                    | Builtin::Println
                    | Builtin::Copy
                    | Builtin::Delete
                    | Builtin::Append
                    | Builtin::Complex
            )
            && matches!(self.under(self.expr_type(args[0].id)), Type::Tuple(_))
        {
            let rs = self.call_expr(&args[0])?;
            return self.builtin_of_results(b, e, rs, line);
        }
        match b {
            Builtin::Print | Builtin::Println => {
                for (i, a) in args.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.call_service(Service::PrintSpace, line);
                    }
                    self.print_value(a, line)?;
                }
                if b == Builtin::Println {
                    self.call_service(Service::PrintNewline, line);
                }
                Some(vec![])
            }
            Builtin::Len => {
                let t = self.expr_type(args[0].id);
                let int_t = self.expr_type(e.id);
                match self.under(t).clone() {
                    Type::Basic(_) | Type::Slice(_) => {
                        let s = self.expr(&args[0])?;
                        Some(vec![(s.plus(w), int_t)])
                    }
                    // Not constant: the operand has a call or a receive
                    // (the checker folds every other case), which runs.
                    Type::Array(n, _) => {
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Pointer(p) if matches!(self.under(p), Type::Array(..)) => {
                        let Type::Array(n, _) = *self.under(p) else {
                            return None;
                        };
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Map(..) | Type::Chan(..) => {
                        // The count is the map's or channel's first word;
                        // nil has none.
                        let mv = self.expr(&args[0])?;
                        let n = self.word_or_zero(mv, 0, line);
                        Some(vec![(n, int_t)])
                    }
                    _ => {
                        self.m.unsupported(e.span, "len of this type");
                        None
                    }
                }
            }
            Builtin::Cap => {
                let t = self.expr_type(args[0].id);
                let int_t = self.expr_type(e.id);
                match self.under(t).clone() {
                    Type::Slice(_) => {
                        let s = self.expr(&args[0])?;
                        Some(vec![(s.plus(2 * w), int_t)])
                    }
                    // Not constant: the operand has a call or a receive
                    // (the checker folds every other case), which runs.
                    Type::Array(n, _) => {
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Pointer(p) if matches!(self.under(p), Type::Array(..)) => {
                        let Type::Array(n, _) = *self.under(p) else {
                            return None;
                        };
                        self.expr(&args[0])?;
                        Some(vec![(self.word_imm(n, line), int_t)])
                    }
                    Type::Chan(..) => {
                        // A channel's capacity is its second word.
                        let cv = self.expr(&args[0])?;
                        let n = self.word_or_zero(cv, w as i32, line);
                        Some(vec![(n, int_t)])
                    }
                    _ => {
                        self.m.unsupported(e.span, "cap of this type");
                        None
                    }
                }
            }
            Builtin::Make => {
                let t = self.expr_type(e.id);
                if let Type::Map(..) = self.under(t) {
                    let hint = match args.get(1) {
                        Some(h) => self.int_word(h, line)?,
                        None => self.word_imm(0, line),
                    };
                    return Some(vec![(self.make_map(t, hint, line), t)]);
                }
                if let Type::Chan(..) = self.under(t) {
                    return Some(vec![(self.make_chan(t, args.get(1), line)?, t)]);
                }
                let Type::Slice(el) = self.under(t).clone() else {
                    return None;
                };
                let es = self.m.size_of(el) as u64;
                let len = self.int_word(&args[1], line)?;
                let cap = match args.get(2) {
                    Some(c) => self.int_word(c, line)?,
                    None => len,
                };
                let esz = self.word_imm(es, line);
                let dst = self.slice_service(Service::MakeSlice, [esz, len, cap], line);
                Some(vec![(dst, t)])
            }
            Builtin::Append => {
                let t = self.expr_type(e.id);
                let Type::Slice(el) = self.under(t).clone() else {
                    return None;
                };
                let es = self.m.size_of(el);
                let s0 = self.expr(&args[0])?;
                let old = self.alloc(3 * w, w);
                self.mov(old, s0, 3 * w, line);
                let spread = matches!(
                    &e.kind,
                    ExprKind::Call {
                        ellipsis: Some(_),
                        ..
                    }
                );
                // The values to append (or, with ..., the slice or string).
                let mut vals = Vec::new();
                let mut extra: Option<(Loc, bool)> = None;
                if spread {
                    let at = self.expr_type(args[1].id);
                    let v = self.expr(&args[1])?;
                    let keep = self.temp(at);
                    let size = self.m.size_of(at);
                    self.emit(
                        Inst::Move {
                            dst: keep,
                            src: v,
                            size,
                        },
                        line,
                    );
                    extra = Some((keep, self.is_string(at)));
                } else {
                    for a in &args[1..] {
                        let at = self.expr_type(a.id);
                        let v = self.expr(a)?;
                        let v = self.coerce(v, at, el, line)?;
                        let keep = self.temp(el);
                        self.mov(keep, v, es, line);
                        vals.push(keep);
                    }
                }
                let res = self.append_to(old, es, vals, extra, line);
                Some(vec![(res, t)])
            }
            Builtin::Copy => {
                let dt = self.expr_type(args[0].id);
                let Type::Slice(el) = self.under(dt).clone() else {
                    return None;
                };
                let es = self.m.size_of(el) as u64;
                let d = self.expr(&args[0])?;
                let dk = self.alloc(3 * w, w);
                self.mov(dk, d, 3 * w, line);
                let st = self.expr_type(args[1].id);
                let sv = self.expr(&args[1])?;
                let src_words = if self.is_string(st) { 2 } else { 3 };
                let sk = self.alloc(3 * w, w);
                self.mov(sk, sv, src_words * w, line);
                if src_words == 2 {
                    self.mov(sk.plus(2 * w), sk.plus(w), w, line);
                }
                let int_t = self.expr_type(e.id);
                Some(vec![(self.copy_slices(dk, sk, es, line), int_t)])
            }
            Builtin::Close => {
                self.close_chan(&args[0], line)?;
                Some(vec![])
            }
            Builtin::Delete => {
                let mt = self.expr_type(args[0].id);
                let Type::Map(kt, _) = self.under(mt).clone() else {
                    return None;
                };
                let mv = self.expr(&args[0])?;
                let m = self.word_temp();
                self.mov(m, mv, w, line);
                let kp = self.key_ptr(&args[1], kt, line)?;
                self.mov(Loc::Out(0), m, w, line);
                self.mov(Loc::Out(w), kp, w, line);
                self.call_service(Service::MapDelete, line);
                Some(vec![])
            }
            Builtin::New => {
                let t = self.expr_type(e.id);
                let Type::Pointer(el) = self.under(t).clone() else {
                    return None;
                };
                let cell = self.heap_alloc(el, line);
                Some(vec![(cell, t)])
            }
            Builtin::Panic => {
                let at = self.expr_type(args[0].id);
                let v = self.expr(&args[0])?;
                let any = self.m.p.types.find(&Type::Interface(vec![]))?;
                let v = self.coerce(v, at, any, line)?;
                self.mov(Loc::Out(0), v, 2 * w, line);
                self.call_service(Service::Panic, line);
                self.terminate(Term::Unreachable, line);
                let _ = ws;
                Some(vec![])
            }
            Builtin::Complex => {
                let t = self.expr_type(e.id);
                let v = self.builtin_complex(e, args, line)?;
                Some(vec![(v, t)])
            }
            Builtin::Real | Builtin::Imag => {
                let t = self.expr_type(e.id);
                let v = self.builtin_part(b == Builtin::Imag, args, line)?;
                Some(vec![(v, t)])
            }
            Builtin::Recover => {
                self.call_service(Service::Recover, line);
                let t = self.expr_type(e.id);
                let dst = self.alloc(2 * w, w);
                self.emit(
                    Inst::Move {
                        dst,
                        src: Loc::Out(0),
                        size: 2 * w,
                    },
                    line,
                );
                Some(vec![(dst, t)])
            }
            Builtin::Min | Builtin::Max => {
                let t = self.expr_type(e.id);
                Some(vec![(self.min_max(b, t, args, line)?, t)])
            }
            Builtin::Clear => {
                self.clear(&args[0], line)?;
                Some(vec![])
            }
            Builtin::UnsafeAdd => Some(vec![(self.unsafe_add(args, line)?, self.expr_type(e.id))]),
            Builtin::UnsafeSlice => Some(vec![(
                self.unsafe_slice(e, args, line)?,
                self.expr_type(e.id),
            )]),
            _ => {
                self.m
                    .unsupported(e.span, &format!("the builtin {}", b.name()));
                None
            }
        }
    }

    /// One value of `print`/`println`: kind word, then the value widened to
    /// 64 bits (strings: their two words).
    fn print_value(&mut self, a: &Expr, line: u32) -> Option<()> {
        let t = self.expr_type(a.id);
        let v = self.expr(a)?;
        self.print_loc(v, t, a.span, line)
    }

    /// `print_value` of the value at `v`, of type `t`.
    fn print_loc(&mut self, v: Loc, t: TypeId, span: Span, line: u32) -> Option<()> {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let val = Loc::Out(w);
        let mut words = 2;
        let kind = if self.is_string(t) {
            self.mov(val, v, 2 * w, line);
            print_kind::STRING
        } else if let Some(fs) = self.complex_part(t) {
            self.print_complex(v, fs, val, line)
        } else if let Type::Slice(_) = self.under(t) {
            words = 3;
            self.mov(val, v, 3 * w, line);
            print_kind::SLICE
        } else if let Type::Interface(_) = self.under(t) {
            self.mov(val, v, 2 * w, line);
            print_kind::IFACE
        } else {
            let Some(sc) = self.scalar(t) else {
                self.m.unsupported(span, "printing values of this type");
                return None;
            };
            let (kind, wide) = match self.under(t) {
                Type::Basic(k) if k.is_boolean() => (print_kind::BOOL, Scalar::U64),
                Type::Basic(k) if k.is_float() => (print_kind::FLOAT, Scalar::F64),
                Type::Basic(k) if k.is_unsigned() => (print_kind::UINT, Scalar::U64),
                Type::Basic(k) if k.is_integer() => (print_kind::INT, Scalar::I64),
                _ => (print_kind::POINTER, Scalar::U64),
            };
            if sc == wide {
                self.mov(val, v, 8, line);
            } else {
                self.emit(
                    Inst::Conv {
                        from: sc,
                        to: wide,
                        dst: val,
                        a: v,
                    },
                    line,
                );
            }
            kind
        };
        self.emit(
            Inst::Imm {
                dst: Loc::Out(0),
                ty: ws,
                bits: kind,
            },
            line,
        );
        let size = w + (words * w).max(16);
        self.call(Callee::Runtime(Service::PrintValue), size, line);
        Some(())
    }

    /// The slice `old` (at a 3-word slot) grown by `vals` (one slot each,
    /// elements of `es` bytes) or by the slice or string `extra`
    /// (`append(s, x...)`), through GrowSlice.
    fn append_to(
        &mut self,
        old: Loc,
        es: u32,
        vals: Vec<Loc>,
        extra: Option<(Loc, bool)>,
        line: u32,
    ) -> Loc {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        // newlen = len(old) + number of new elements.
        let count = match extra {
            Some((x, _)) => x.plus(w),
            None => self.word_imm(vals.len() as u64, line),
        };
        let newlen = self.word_temp();
        self.bin(BinOp::Add, ws, newlen, old.plus(w), count, line);
        let esz = self.word_imm(es as u64, line);
        self.mov(Loc::Out(0), esz, w, line);
        self.mov(Loc::Out(w), old, 3 * w, line);
        self.mov(Loc::Out(4 * w), newlen, w, line);
        self.call_service(Service::GrowSlice, line);
        let res = self.alloc(3 * w, w);
        self.mov(res, self.service_result(Service::GrowSlice, 0), 3 * w, line);
        match extra {
            Some((x, _)) => {
                // copy(res[len(old):], x)
                let tail = self.alloc(3 * w, w);
                let off = self.word_temp();
                self.bin(BinOp::Mul, ws, off, old.plus(w), esz, line);
                self.bin(BinOp::Add, ws, tail, res, off, line);
                self.mov(tail.plus(w), count, w, line);
                self.mov(tail.plus(2 * w), count, w, line);
                self.mov(Loc::Out(0), esz, w, line);
                self.mov(Loc::Out(w), tail, 3 * w, line);
                // A string source has 2 words; its "cap" word is not read.
                self.mov(Loc::Out(4 * w), x, 2 * w, line);
                self.mov(Loc::Out(6 * w), count, w, line);
                self.call_service(Service::Copy, line);
            }
            None => {
                let base = self.word_temp();
                let off = self.word_temp();
                self.bin(BinOp::Mul, ws, off, old.plus(w), esz, line);
                self.bin(BinOp::Add, ws, base, res, off, line);
                for (i, v) in vals.into_iter().enumerate() {
                    self.emit(
                        Inst::Store {
                            ptr: base,
                            off: (i as u32 * es) as i32,
                            src: v,
                            size: es,
                        },
                        line,
                    );
                }
            }
        }
        res
    }

    /// A runtime service that takes three words (an element size first)
    /// and returns a slice in the next three (MakeSlice, UnsafeSlice): the
    /// slice, copied into a slot of its own.
    pub(super) fn slice_service(&mut self, svc: Service, args: [Loc; 3], line: u32) -> Loc {
        let w = self.word();
        for (i, a) in args.into_iter().enumerate() {
            self.mov(Loc::Out(i as u32 * w), a, w, line);
        }
        self.call_service(svc, line);
        let dst = self.alloc(3 * w, w);
        self.mov(dst, self.service_result(svc, 0), 3 * w, line);
        dst
    }

    /// copy between the slices at `dk` and `sk` (3-word slots; a string
    /// source has its length copied into the third word), elements of `es`
    /// bytes: the count copied, through the Copy service.
    fn copy_slices(&mut self, dk: Loc, sk: Loc, es: u64, line: u32) -> Loc {
        let w = self.word();
        let esz = self.word_imm(es, line);
        self.mov(Loc::Out(0), esz, w, line);
        self.mov(Loc::Out(w), dk, 3 * w, line);
        self.mov(Loc::Out(4 * w), sk, 3 * w, line);
        self.call_service(Service::Copy, line);
        let n = self.word_temp();
        self.mov(n, self.service_result(Service::Copy, 0), w, line);
        n
    }

    /// A builtin whose arguments are the results `rs` of one multi-value
    /// call (`print(f())`, `copy(f())`, `delete(f())`, `append(f())`).
    fn builtin_of_results(
        &mut self,
        b: Builtin,
        e: &Expr,
        rs: Vec<(Loc, TypeId)>,
        line: u32,
    ) -> Option<Vec<(Loc, TypeId)>> {
        let w = self.word();
        // Each result in its own slot: later steps call the runtime.
        let rs: Vec<(Loc, TypeId)> = rs
            .into_iter()
            .map(|(v, t)| {
                let keep = self.temp(t);
                let size = self.m.size_of(t);
                self.mov(keep, v, size, line);
                (keep, t)
            })
            .collect();
        match b {
            Builtin::Print | Builtin::Println => {
                for (i, &(v, t)) in rs.iter().enumerate() {
                    if i > 0 && b == Builtin::Println {
                        self.call_service(Service::PrintSpace, line);
                    }
                    self.print_loc(v, t, e.span, line)?;
                }
                if b == Builtin::Println {
                    self.call_service(Service::PrintNewline, line);
                }
                Some(vec![])
            }
            Builtin::Copy => {
                let Type::Slice(el) = self.under(rs[0].1).clone() else {
                    return None;
                };
                let es = self.m.size_of(el) as u64;
                let (sv, st) = rs[1];
                let sk = self.alloc(3 * w, w);
                if self.is_string(st) {
                    self.mov(sk, sv, 2 * w, line);
                    self.mov(sk.plus(2 * w), sk.plus(w), w, line);
                } else {
                    self.mov(sk, sv, 3 * w, line);
                }
                let int_t = self.expr_type(e.id);
                Some(vec![(self.copy_slices(rs[0].0, sk, es, line), int_t)])
            }
            Builtin::Complex => {
                let t = self.expr_type(e.id);
                let v = self.complex_from_parts(t, rs[0].0, rs[1].0, line)?;
                Some(vec![(v, t)])
            }
            Builtin::Delete => {
                let Type::Map(kt, _) = self.under(rs[0].1).clone() else {
                    return None;
                };
                let kp = self.key_ptr_of(rs[1].0, rs[1].1, kt, line)?;
                self.mov(Loc::Out(0), rs[0].0, w, line);
                self.mov(Loc::Out(w), kp, w, line);
                self.call_service(Service::MapDelete, line);
                Some(vec![])
            }
            Builtin::Append => {
                let t = self.expr_type(e.id);
                let Type::Slice(el) = self.under(t).clone() else {
                    return None;
                };
                let es = self.m.size_of(el);
                let mut vals = Vec::new();
                for &(v, vt) in &rs[1..] {
                    let v = self.coerce(v, vt, el, line)?;
                    let keep = self.temp(el);
                    self.mov(keep, v, es, line);
                    vals.push(keep);
                }
                let res = self.append_to(rs[0].0, es, vals, None, line);
                Some(vec![(res, t)])
            }
            _ => None,
        }
    }

    /// Builds a composite literal of type `t` at `dst`.
    pub(super) fn composite_into(
        &mut self,
        e: &Expr,
        t: TypeId,
        dst: Place,
        line: u32,
    ) -> Option<()> {
        let ExprKind::Composite { elts, .. } = &e.kind else {
            return None;
        };
        let size = self.m.size_of(t);
        match dst {
            Place::Frame(l) => self.emit(Inst::Zero { dst: l, size }, line),
            Place::Mem { .. } => {
                let z = self.temp(t);
                self.emit(Inst::Zero { dst: z, size }, line);
                self.write(dst, z, t, line);
            }
        }
        match self.under(t).clone() {
            Type::Struct(fields) => {
                let offs = self.m.p.types.field_offsets(t, &self.m.p.target);
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(n) => fields.iter().position(|f| &f.name == n)?,
                            _ => return None,
                        },
                        None => i,
                    };
                    let ft = fields[fi].ty;
                    let v = self.elem_value(&el.value, ft, line)?;
                    // A blank field keeps its zero value, as in gc: the
                    // element is evaluated and dropped.
                    if fields[fi].name == "_" {
                        continue;
                    }
                    let at = self.offset_place(dst, offs[fi], line);
                    self.write(at, v, ft, line);
                }
                Some(())
            }
            Type::Array(_, el) => {
                let es = self.m.size_of(el);
                let mut idx: u64 = 0;
                for item in elts {
                    if let Some(k) = &item.key {
                        let v = self.m.p.exprs[k.id.0 as usize].as_ref()?.value.clone()?;
                        idx = v.to_u64()?;
                    }
                    let v = self.elem_value(&item.value, el, line)?;
                    let at = self.offset_place(dst, idx * es as u64, line);
                    self.write(at, v, el, line);
                    idx += 1;
                }
                Some(())
            }
            Type::Slice(el) => {
                // A backing array on the heap, then the slice header.
                let es = self.m.size_of(el);
                let mut n: u64 = 0;
                let mut idx: u64 = 0;
                let mut items = Vec::new();
                for item in elts {
                    if let Some(k) = &item.key {
                        let v = self.m.p.exprs[k.id.0 as usize].as_ref()?.value.clone()?;
                        idx = v.to_u64()?;
                    }
                    let v = self.elem_value(&item.value, el, line)?;
                    let keep = self.temp(el);
                    self.mov(keep, v, es, line);
                    items.push((idx, keep));
                    idx += 1;
                    n = n.max(idx);
                }
                let w = self.word();
                let ws = Scalar::word(&self.m.p.target);
                let arr = self.heap_bytes(n * es as u64, line);
                for (i, v) in items {
                    self.emit(
                        Inst::Store {
                            ptr: arr,
                            off: (i * es as u64) as i32,
                            src: v,
                            size: es,
                        },
                        line,
                    );
                }
                let hdr = self.alloc(3 * w, w);
                self.mov(hdr, arr, w, line);
                self.emit(
                    Inst::Imm {
                        dst: hdr.plus(w),
                        ty: ws,
                        bits: n,
                    },
                    line,
                );
                self.emit(
                    Inst::Imm {
                        dst: hdr.plus(2 * w),
                        ty: ws,
                        bits: n,
                    },
                    line,
                );
                self.write(dst, hdr, t, line);
                Some(())
            }
            Type::Map(kt, vt) => {
                let n = self.word_imm(elts.len() as u64, line);
                let m = self.make_map(t, n, line);
                for el in elts {
                    let Some(k) = &el.key else { return None };
                    let kv = self.elem_value(k, kt, line)?;
                    let kslot = self.temp(kt);
                    let ks = self.m.size_of(kt);
                    self.mov(kslot, kv, ks, line);
                    let v = self.elem_value(&el.value, vt, line)?;
                    let vslot = self.temp(vt);
                    let vs = self.m.size_of(vt);
                    self.mov(vslot, v, vs, line);
                    let kp = self.word_temp();
                    self.addr_to(kp, AddrOf::Frame(kslot), line);
                    let slot = self.map_assign_slot(m, kp, line);
                    self.emit(
                        Inst::Store {
                            ptr: slot,
                            off: 0,
                            src: vslot,
                            size: vs,
                        },
                        line,
                    );
                }
                self.write(dst, m, t, line);
                Some(())
            }
            _ => {
                self.m.unsupported(e.span, "this composite literal");
                None
            }
        }
    }

    fn elem_value(&mut self, v: &Expr, t: TypeId, line: u32) -> Option<Loc> {
        if let ExprKind::Composite { ty: None, .. } = &v.kind {
            if let Type::Pointer(p) = self.under(t).clone() {
                // An elided &T{...}.
                let cell = self.heap_alloc(p, line);
                self.composite_into(v, p, Place::at(cell), line)?;
                return Some(cell);
            }
            let dst = self.temp(t);
            self.composite_into(v, t, Place::Frame(dst), line)?;
            return Some(dst);
        }
        let vt = self.expr_type(v.id);
        let x = self.expr(v)?;
        self.coerce(x, vt, t, line)
    }
}
