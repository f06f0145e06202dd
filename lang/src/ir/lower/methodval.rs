//! Method values (`x.m`, bound to its receiver) and method expressions
//! (`T.m`, `(*T).m`), and the receiver a method call passes.

use super::place::Place;
use super::*;
use crate::ast::{Expr, ExprKind};

impl FnBuilder<'_, '_> {
    pub(super) fn is_method_value(&self, e: &Expr, x: &Expr, sel: &ast::Ident) -> bool {
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
    pub(super) fn method_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        sel: &ast::Ident,
        line: u32,
    ) -> Option<Loc> {
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
        let dst = self.ptr_temp();
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
    pub(super) fn receiver_base(&mut self, x: &Expr, line: u32) -> Option<(Place, TypeId)> {
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
    pub(super) fn method_value(
        &mut self,
        e: &Expr,
        x: &Expr,
        sel: &ast::Ident,
        line: u32,
    ) -> Option<Loc> {
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
        let ptrs = self.m.p.types.pointer_mask(rt, &self.m.p.target);
        let obj = self.closure_object(wrapper, size, &ptrs, line);
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

    fn named_type(&self, n: NamedId) -> Option<TypeId> {
        // The interned id of a defined type: find the TypeId whose Named is n.
        self.m.p.types.named_type_id(n)
    }

    fn pointer_to(&mut self, t: TypeId) -> TypeId {
        self.m.p.types.pointer_type_id(t).unwrap_or(t)
    }
}
