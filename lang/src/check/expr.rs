//! Expressions: names, selectors, indexing, slicing, assertions, unary and
//! binary operators, with Go's rules for untyped constants. Calls,
//! conversions and composite literals have their own modules.

use super::operand::{Mode, Operand};
use super::scope::ObjKind;
use super::{Checker, ExprInfo};
use crate::ast::{self, BinOp, Expr, ExprKind, UnOp};
use crate::constant::{self, ConstError, ConstVal, Repr};
use crate::source::Span;
use crate::types::{BasicKind, Type, TypeId};

impl<'a, 'm> Checker<'a, 'm> {
    /// Records what is known about `op`'s expression.
    pub fn record_op(&mut self, op: &Operand) {
        self.env.record(
            op.id,
            ExprInfo {
                ty: op.ty,
                value: op.value().cloned().map(Box::new),
                is_type: matches!(op.mode, Mode::Type),
            },
        );
    }

    /// Checks `e` in any mode (value, type, no value, tuple).
    pub fn raw_expr(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand {
        let op = self.raw_expr_inner(e, hint);
        self.record_op(&op);
        op
    }

    /// An expression that must be a single value.
    pub fn expr(&mut self, e: &'a Expr) -> Operand {
        let op = self.raw_expr(e, None);
        self.single_value(op)
    }

    pub fn expr_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand {
        let op = self.raw_expr(e, hint);
        self.single_value(op)
    }

    pub fn single_value(&mut self, mut op: Operand) -> Operand {
        match &op.mode {
            Mode::NoValue => {
                let d = self.describe(&op);
                self.error(op.span, format!("{d} used as value"));
                op.invalidate();
            }
            Mode::Type => {
                let t = self.text(op.span);
                self.error(op.span, format!("{t} (type) is not an expression"));
                op.invalidate();
            }
            Mode::Builtin(_) => {
                let t = self.text(op.span);
                self.error(op.span, format!("{t} (built-in) must be called"));
                op.invalidate();
            }
            Mode::CommaOk => op.mode = Mode::Value,
            _ => {
                if let Type::Tuple(_) = self.env.types.get(op.ty) {
                    let d = self.describe(&op);
                    self.error(
                        op.span,
                        format!("multiple-value {d} in single-value context"),
                    );
                    op.invalidate();
                }
            }
        }
        op
    }

    /// An expression that may denote a type or a value.
    pub fn expr_or_type(&mut self, e: &'a Expr) -> Operand {
        let op = self.raw_expr(e, None);
        match op.mode {
            Mode::Type => op,
            _ => self.single_value(op),
        }
    }

    fn raw_expr_inner(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand {
        let mut op = Operand {
            mode: Mode::Invalid,
            ty: self.env.wk.invalid,
            span: e.span,
            id: e.id,
        };
        match &e.kind {
            ExprKind::Bad => {}
            ExprKind::Ident(name) => self.ident(&mut op, name),
            ExprKind::Lit(lit) => match lit {
                ast::Lit::Bad => {}
                ast::Lit::Malformed(text) => {
                    // types2's words for a literal go/constant has no value for.
                    self.error(e.span, format!("malformed constant: {text}"));
                }
                l => {
                    if let Some(v) = ConstVal::from_lit(l) {
                        if v.check_size().is_err() {
                            self.error(e.span, "constant overflow");
                        } else {
                            op.ty = match l {
                                ast::Lit::Int(_) => self.env.wk.untyped_int,
                                ast::Lit::Float(_) => self.env.wk.untyped_float,
                                ast::Lit::Rune(_) => self.env.wk.untyped_rune,
                                ast::Lit::Imag(_) => self.env.wk.untyped_complex,
                                _ => self.env.wk.untyped_string,
                            };
                            op.mode = Mode::Const(v);
                        }
                    }
                }
            },
            ExprKind::Paren(x) => {
                let inner = self.raw_expr(x, hint);
                op.mode = inner.mode;
                op.ty = inner.ty;
            }
            ExprKind::FuncLit { sig, body } => {
                let outer = self.scope;
                let fscope = self.env.scopes.new_scope(Some(outer), true);
                let (st, named) = self.signature(sig, Some(fscope));
                let saved_func = self.func.replace(super::FuncCtx {
                    sig: st,
                    named_results: named,
                });
                let saved_ctx = std::mem::take(&mut self.stmt_ctx);
                let saved_iota = self.iota.take();
                self.scope = fscope;
                self.func_block(body);
                self.scope = outer;
                self.func = saved_func;
                self.stmt_ctx = saved_ctx;
                self.iota = saved_iota;
                op.mode = Mode::Value;
                op.ty = st;
            }
            ExprKind::Composite { .. } => return self.composite_lit(e, hint),
            ExprKind::Selector(x, sel) => self.selector(&mut op, x, sel),
            ExprKind::Index(x, i) => self.index_expr(&mut op, x, i),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(
                &mut op,
                x,
                lo.as_deref(),
                hi.as_deref(),
                max.as_deref(),
                *three,
            ),
            ExprKind::TypeAssert(x, t) => self.type_assert(&mut op, x, t.as_deref()),
            ExprKind::Call { .. } => return self.call_expr(e),
            ExprKind::Star(x) => {
                let xo = self.expr_or_type(x);
                match xo.mode {
                    Mode::Invalid => {}
                    Mode::Type => {
                        op.mode = Mode::Type;
                        op.ty = self.env.types.pointer(xo.ty);
                    }
                    _ => {
                        if xo.ty == self.env.wk.untyped_nil {
                            self.error(e.span, "invalid operation: cannot indirect nil");
                        } else if let Type::Pointer(el) = self.env.types.under(xo.ty).clone() {
                            op.mode = Mode::Var;
                            op.ty = el;
                        } else {
                            let d = self.describe(&xo);
                            self.error(x.span, format!("invalid operation: cannot indirect {d}"));
                        }
                    }
                }
            }
            ExprKind::Unary(u, x) => self.unary(&mut op, *u, x, hint),
            ExprKind::Binary(b, l, r) => self.binary(&mut op, *b, l, r),
            ExprKind::ArrayType { .. }
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.typ(e);
                if !self.env.types.is_invalid(t) {
                    op.mode = Mode::Type;
                    op.ty = t;
                }
            }
            ExprKind::Tilde(_) => {
                self.error(e.span, "generics are not supported (type constraints)");
            }
        }
        op
    }

    fn ident(&mut self, op: &mut Operand, name: &str) {
        if name == "_" {
            self.error(op.span, "cannot use _ as value");
            return;
        }
        let Some((_, obj)) = self.env.scopes.lookup(self.scope, name) else {
            self.error(op.span, format!("undefined: {name}"));
            return;
        };
        self.env.note_use(op.id, obj);
        self.use_obj(op, obj);
    }

    /// Fills `op` from the object `obj` names, resolving it if needed.
    pub fn use_obj(&mut self, op: &mut Operand, obj: super::scope::ObjId) {
        if self.decls.contains_key(&obj) {
            if matches!(self.env.obj(obj).kind, ObjKind::TypeName) {
                let t = self.type_name_obj(obj, op.span);
                if !self.env.types.is_invalid(t) {
                    op.mode = Mode::Type;
                    op.ty = t;
                }
                return;
            }
            self.resolve(obj);
        }
        let o = self.env.obj(obj).clone();
        match o.kind {
            ObjKind::Var { .. } => {
                self.env.obj_mut(obj).used = true;
                if !self.env.types.is_invalid(o.ty) {
                    op.mode = Mode::Var;
                    op.ty = o.ty;
                }
            }
            ObjKind::Const(v) => {
                if !self.env.types.is_invalid(o.ty) {
                    op.mode = Mode::Const(v);
                    op.ty = o.ty;
                }
            }
            ObjKind::TypeName => {
                if !self.env.types.is_invalid(o.ty) {
                    op.mode = Mode::Type;
                    op.ty = o.ty;
                }
            }
            ObjKind::Func { .. } => {
                if o.name == "init" && o.pkg == self.pkg {
                    self.error(op.span, "cannot refer to init");
                    return;
                }
                op.mode = Mode::Value;
                op.ty = o.ty;
            }
            ObjKind::PkgName { .. } => {
                self.env.obj_mut(obj).used = true;
                self.error(
                    op.span,
                    format!("use of package {} without selector", o.name),
                );
            }
            ObjKind::Builtin(b) => op.mode = Mode::Builtin(b),
            ObjKind::Nil => {
                op.mode = Mode::Value;
                op.ty = self.env.wk.untyped_nil;
            }
            ObjKind::Iota => match self.iota {
                Some(v) => {
                    op.mode = Mode::Const(ConstVal::Int(v.into()));
                    op.ty = self.env.wk.untyped_int;
                }
                None => self.error(op.span, "cannot use iota outside constant declaration"),
            },
        }
    }

    fn selector(&mut self, op: &mut Operand, x: &'a Expr, sel: &ast::Ident) {
        // A qualified identifier `pkg.Name`.
        if let ExprKind::Ident(pname) = &x.kind {
            if let Some((_, obj)) = self.env.scopes.lookup(self.scope, pname) {
                if let ObjKind::PkgName { pkg, path } = self.env.obj(obj).kind.clone() {
                    self.env.obj_mut(obj).used = true;
                    let Some(&(_, pscope)) = self.env.pkg_scopes.get(&path) else {
                        return;
                    };
                    let exported = sel.name.starts_with(|c: char| c.is_uppercase());
                    match self.env.scopes.get(pscope).names.get(&sel.name).copied() {
                        Some(o) if exported => {
                            let _ = pkg;
                            self.env.note_use(op.id, o);
                            self.use_obj(op, o);
                        }
                        Some(_) => self.error(
                            sel.span,
                            format!("name {} not exported by package {}", sel.name, pname),
                        ),
                        None => self.error(sel.span, format!("undefined: {pname}.{}", sel.name)),
                    }
                    return;
                }
            }
        }
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            return;
        }
        let is_type = matches!(xo.mode, Mode::Type);
        let res = self
            .env
            .types
            .lookup_field_or_method(xo.ty, &sel.name, self.pkg);
        use crate::types::lookup::LookupResult as L;
        self.note_method(&res);
        let xs = self.text(x.span);
        match res {
            L::NotFound | L::Ambiguous if is_type => {
                let ts = self.ts(xo.ty);
                let what = if matches!(res, L::Ambiguous) {
                    "ambiguous selector"
                } else {
                    "undefined"
                };
                if what == "undefined" {
                    self.error(
                        sel.span,
                        format!(
                            "{xs}.{} undefined (type {ts} has no method {})",
                            sel.name, sel.name
                        ),
                    );
                } else {
                    self.error(sel.span, format!("ambiguous selector {xs}.{}", sel.name));
                }
            }
            L::NotFound => {
                let ts = self.ts(xo.ty);
                let extra = if self.env.types.is_invalid(xo.ty) {
                    return;
                } else if matches!(self.env.types.get(xo.ty), Type::Pointer(p) if self.env.types.is_interface(*p))
                {
                    format!("type {ts} is pointer to interface, not interface")
                } else {
                    format!("type {ts} has no field or method {}", sel.name)
                };
                self.error(sel.span, format!("{xs}.{} undefined ({extra})", sel.name));
            }
            L::Ambiguous => self.error(sel.span, format!("ambiguous selector {xs}.{}", sel.name)),
            L::Field { ty, indirect, .. } => {
                if is_type {
                    let ts = self.ts(xo.ty);
                    self.error(
                        sel.span,
                        format!(
                            "{xs}.{} undefined (type {ts} has no method {})",
                            sel.name, sel.name
                        ),
                    );
                    return;
                }
                op.ty = ty;
                op.mode = if indirect || matches!(xo.mode, Mode::Var) {
                    Mode::Var
                } else {
                    Mode::Value
                };
            }
            L::Method {
                sig,
                pointer_recv,
                indirect,
                from_interface,
                ..
            } => {
                if is_type {
                    // A method expression: the receiver becomes the first parameter.
                    let s = self.env.types.signature(sig).cloned();
                    if let Some(s) = s {
                        if pointer_recv && !indirect && !from_interface {
                            let ts = self.ts(xo.ty);
                            self.error(sel.span, format!("invalid method expression {xs}.{} (needs pointer receiver (*{ts}).{})", sel.name, sel.name));
                            return;
                        }
                        let mut params = vec![xo.ty];
                        params.extend(s.params);
                        op.ty = self.env.types.func(params, s.results, s.variadic);
                        op.mode = Mode::Value;
                    }
                    return;
                }
                if pointer_recv && !indirect && !from_interface && !matches!(xo.mode, Mode::Var) {
                    let ts = self.ts(xo.ty);
                    self.error(
                        sel.span,
                        format!("cannot call pointer method {} on {ts}", sel.name),
                    );
                    return;
                }
                op.ty = sig;
                op.mode = Mode::Value;
            }
        }
    }

    /// Records the concrete method a selector `x.m` or `T.m` denotes, for
    /// check/lazy.rs: its body is reachable once named.
    fn note_method(&mut self, res: &crate::types::lookup::LookupResult) {
        if let crate::types::lookup::LookupResult::Method {
            named: Some(n),
            method_index,
            ..
        } = res
        {
            self.env.reach.log_method(*n, *method_index as u32);
        }
    }

    /// Checks that `op` is a valid constant or non-constant integer index;
    /// returns its constant value when known.
    pub fn index_value(&mut self, e: &'a Expr, max: Option<u64>) -> Option<Option<i64>> {
        let mut op = self.expr(e);
        if op.is_invalid() {
            return None;
        }
        if op.is_const() && self.env.types.is_untyped(op.ty) {
            let int = self.env.wk.int;
            if !self.convert_untyped(&mut op, int) {
                return None;
            }
        }
        if !self.is_integer_type(op.ty) {
            let d = self.describe(&op);
            self.error(
                e.span,
                format!("invalid argument: index {d} must be integer"),
            );
            return None;
        }
        if let Some(v) = op.value() {
            let d = self.describe(&op);
            if v.sign() < 0 {
                self.error(
                    e.span,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            let n = v.to_i64();
            if let (Some(n), Some(m)) = (n, max) {
                if n as u64 >= m {
                    self.error(
                        e.span,
                        format!("invalid argument: index {n} out of bounds [0:{m}]"),
                    );
                    return None;
                }
            }
            return Some(n);
        }
        Some(None)
    }

    fn index_expr(&mut self, op: &mut Operand, x: &'a Expr, i: &'a Expr) {
        let xo = self.expr_or_type(x);
        if xo.is_invalid() {
            self.expr(i);
            return;
        }
        if matches!(xo.mode, Mode::Type) {
            self.error(op.span, "generics are not supported");
            return;
        }
        let under = self.env.types.under(xo.ty).clone();
        match under {
            Type::Basic(k) if k.is_string() => {
                let len = xo
                    .value()
                    .and_then(|v| v.as_bytes())
                    .map(|b| b.len() as u64);
                let iv = self.index_value(i, len);
                if let (Some(Some(n)), Some(ConstVal::String(s))) = (iv, xo.value()) {
                    op.mode = Mode::Const(ConstVal::Int(s[n as usize].into()));
                } else {
                    op.mode = Mode::Value;
                }
                op.ty = self.env.wk.uint8;
            }
            Type::Array(n, el) => {
                self.index_value(i, Some(n));
                op.mode = if matches!(xo.mode, Mode::Var) {
                    Mode::Var
                } else {
                    Mode::Value
                };
                op.ty = el;
            }
            Type::Pointer(p) if matches!(self.env.types.under(p), Type::Array(..)) => {
                let Type::Array(n, el) = self.env.types.under(p).clone() else {
                    unreachable!()
                };
                self.index_value(i, Some(n));
                op.mode = Mode::Var;
                op.ty = el;
            }
            Type::Slice(el) => {
                self.index_value(i, None);
                op.mode = Mode::Var;
                op.ty = el;
            }
            Type::Map(k, v) => {
                let mut ko = self.expr(i);
                self.assignment(&mut ko, i, k, "map index");
                op.mode = Mode::MapIndex;
                op.ty = v;
            }
            _ => {
                self.expr(i);
                let d = self.describe(&xo);
                self.error(op.span, format!("invalid operation: cannot index {d}"));
            }
        }
    }

    fn slice_expr(
        &mut self,
        op: &mut Operand,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        three: bool,
    ) {
        let xo = self.expr(x);
        if xo.is_invalid() {
            for e in [lo, hi, max].into_iter().flatten() {
                self.expr(e);
            }
            return;
        }
        let under = self.env.types.under(xo.ty).clone();
        let mut cap: Option<u64> = None;
        match under {
            Type::Basic(k) if k.is_string() => {
                if three {
                    self.error(op.span, "invalid operation: 3-index slice of string");
                    return;
                }
                cap = xo
                    .value()
                    .and_then(|v| v.as_bytes())
                    .map(|b| b.len() as u64);
                op.ty = if self.env.types.is_untyped(xo.ty) {
                    self.env.wk.string
                } else {
                    xo.ty
                };
            }
            Type::Array(n, el) => {
                if !matches!(xo.mode, Mode::Var) {
                    let d = self.describe(&xo);
                    self.error(
                        op.span,
                        format!("invalid operation: {d} (slice of unaddressable value)"),
                    );
                    return;
                }
                cap = Some(n);
                op.ty = self.env.types.slice(el);
            }
            Type::Pointer(p) if matches!(self.env.types.under(p), Type::Array(..)) => {
                let Type::Array(n, el) = self.env.types.under(p).clone() else {
                    unreachable!()
                };
                cap = Some(n);
                op.ty = self.env.types.slice(el);
            }
            Type::Slice(_) => op.ty = xo.ty,
            _ => {
                let d = self.describe(&xo);
                self.error(op.span, format!("cannot slice {d}"));
                return;
            }
        }
        op.mode = Mode::Value;
        let bound = cap.map(|c| c + 1);
        let mut vals = Vec::new();
        for e in [lo, hi, max].into_iter().flatten() {
            if let Some(Some(v)) = self.index_value(e, bound) {
                vals.push((v, e.span));
            }
        }
        // Reported at the index that is smaller than the one before it.
        for w in vals.windows(2) {
            if w[0].0 > w[1].0 {
                self.error(
                    w[1].1,
                    format!("invalid slice indices: {} < {}", w[1].0, w[0].0),
                );
                break;
            }
        }
    }

    fn type_assert(&mut self, op: &mut Operand, x: &'a Expr, t: Option<&'a Expr>) {
        let xo = self.expr(x);
        let Some(t) = t else {
            self.error(op.span, "use of .(type) outside type switch");
            return;
        };
        let tt = self.typ(t);
        if xo.is_invalid() || self.env.types.is_invalid(tt) {
            return;
        }
        if !self.env.types.is_interface(xo.ty) {
            let d = self.describe(&xo);
            self.error(
                x.span,
                format!("invalid operation: {d} is not an interface"),
            );
            return;
        }
        if let Some(reason) = self.impossible_assertion(xo.ty, tt) {
            let s = self.text(op.span);
            self.error(
                op.span,
                format!("impossible type assertion: {s}\n\t{reason}"),
            );
            return;
        }
        op.mode = Mode::CommaOk;
        op.ty = tt;
    }

    /// `T does not implement I (missing M method)` when a value of interface
    /// type `iface` can never hold a `t`, worded as gc words it (with the
    /// have/want lines of a method of the wrong type).
    pub fn impossible_assertion(&self, iface: TypeId, t: TypeId) -> Option<String> {
        if self.env.types.is_interface(t) {
            return None;
        }
        let (m, kind) = self.env.types.assertable_to(iface, t)?;
        let ts = self.ts(t);
        let is = self.ts(iface);
        let why = self.env.types.missing_method_reason(t, &m, &kind, self.pkg);
        Some(format!("{ts} does not implement {is} {why}"))
    }

    fn unary(&mut self, op: &mut Operand, u: UnOp, x: &'a Expr, hint: Option<TypeId>) {
        if u == UnOp::Addr {
            // &T{...} is allowed although a literal is not addressable.
            let inner = strip_parens(x);
            let elem_hint = hint.and_then(|h| match self.env.types.under(h) {
                Type::Pointer(p) => Some(*p),
                _ => None,
            });
            let xo = self.raw_expr(x, elem_hint);
            let xo = self.single_value(xo);
            if xo.is_invalid() {
                return;
            }
            if !matches!(xo.mode, Mode::Var) && !matches!(inner.kind, ExprKind::Composite { .. }) {
                let d = self.describe(&xo);
                self.error(
                    x.span,
                    format!("invalid operation: cannot take address of {d}"),
                );
                return;
            }
            op.mode = Mode::Value;
            op.ty = self.env.types.pointer(xo.ty);
            return;
        }
        let xo = if u == UnOp::Recv {
            // `<-chan T` written as an operand parses as a receive from a type.
            let t = self.expr_or_type(x);
            if let Mode::Type = t.mode {
                if let Type::Chan(ast::ChanDir::Both, el) = self.env.types.get(t.ty).clone() {
                    op.mode = Mode::Type;
                    op.ty = self.env.types.intern(Type::Chan(ast::ChanDir::Recv, el));
                    return;
                }
                let s = self.text(x.span);
                self.error(x.span, format!("{s} (type) is not an expression"));
                return;
            }
            t
        } else {
            self.expr(x)
        };
        if xo.is_invalid() {
            return;
        }
        if u == UnOp::Recv {
            match self.env.types.under(xo.ty).clone() {
                Type::Chan(dir, el) => {
                    if dir == ast::ChanDir::Send {
                        let d = self.describe(&xo);
                        self.error(
                            x.span,
                            format!("invalid operation: cannot receive from send-only channel {d}"),
                        );
                        return;
                    }
                    op.mode = Mode::CommaOk;
                    op.ty = el;
                }
                _ => {
                    let d = self.describe(&xo);
                    self.error(
                        x.span,
                        format!("invalid operation: cannot receive from non-channel {d}"),
                    );
                }
            }
            return;
        }
        let ok = match u {
            UnOp::Pos | UnOp::Neg => self.is_numeric_type(xo.ty),
            UnOp::Not => self.is_boolean_type(xo.ty),
            UnOp::Xor => self.is_integer_type(xo.ty),
            _ => false,
        };
        if !ok {
            let d = self.describe(&xo);
            self.error(
                x.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    u.as_str()
                ),
            );
            return;
        }
        op.ty = xo.ty;
        if let Some(v) = xo.value() {
            let kind = self
                .env
                .types
                .basic_kind(xo.ty)
                .unwrap_or(BasicKind::UntypedInt);
            match constant::unary(u, v, kind, &self.env.target) {
                Ok(r) => {
                    op.mode = Mode::Const(r);
                    self.check_representable(op);
                }
                Err(err) => self.error(op.span, err.message(u)),
            }
        } else {
            op.mode = Mode::Value;
        }
    }

    /// Where gc reports a failed constant operation `l b r`: a result too
    /// large is reported at the operator (types2's `opPos`), other failures
    /// at the whole expression.
    fn const_error_pos(&self, e: ConstError, whole: Span, b: BinOp, l: &Expr) -> Span {
        match e {
            ConstError::Overflow | ConstError::NotRepresentable => {
                self.env
                    .token_after(l.span.file, l.span.hi, b.as_str().len() as u32)
            }
            _ => whole,
        }
    }

    /// For a typed constant, checks (and rounds) its value for its type.
    pub fn check_representable(&mut self, op: &mut Operand) {
        let Mode::Const(v) = &op.mode else { return };
        if self.env.types.is_untyped(op.ty) {
            return;
        }
        let Some(kind) = self.env.types.basic_kind(op.ty) else {
            return;
        };
        match v.represent(kind, &self.env.target) {
            Ok(r) => op.mode = Mode::Const(r),
            Err(e) => {
                let vs = v.to_string();
                let ts = self.ts(op.ty);
                let msg = match e {
                    Repr::Truncated => format!("constant {vs} truncated to integer"),
                    _ => format!("constant {vs} overflows {ts}"),
                };
                self.error(op.span, msg);
                op.invalidate();
            }
        }
    }

    pub fn binary(&mut self, op: &mut Operand, b: BinOp, l: &'a Expr, r: &'a Expr) {
        if b.is_shift() {
            return self.shift(op, b, l, r);
        }
        let mut lo = self.expr(l);
        let mut ro = self.expr(r);
        if lo.is_invalid() || ro.is_invalid() {
            return;
        }
        if b.is_comparison() {
            return self.comparison(op, b, &mut lo, l, &mut ro, r);
        }
        if !self.match_types(&mut lo, l, &mut ro, r) {
            return;
        }
        let lt = self.env.types.underlying(lo.ty);
        let rt = self.env.types.underlying(ro.ty);
        // The operands must have identical types (two defined types with
        // the same underlying type do not mix).
        if lo.ty != ro.ty && !self.env.types.is_invalid(lt) && !self.env.types.is_invalid(rt) {
            let (ls, rs) = (self.ts(lo.ty), self.ts(ro.ty));
            let s = self.text(op.span);
            self.error(
                op.span,
                format!("invalid operation: {s} (mismatched types {ls} and {rs})"),
            );
            return;
        }
        let t = lo.ty;
        let defined = match b {
            BinOp::Add => self.is_numeric_type(t) || self.is_string_type(t),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.is_numeric_type(t),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                self.is_integer_type(t)
            }
            BinOp::LAnd | BinOp::LOr => self.is_boolean_type(t),
            _ => false,
        };
        if !defined {
            let d = self.describe(&lo);
            self.error(
                op.span,
                format!(
                    "invalid operation: operator {} not defined on {d}",
                    b.as_str()
                ),
            );
            return;
        }
        if matches!(b, BinOp::Div | BinOp::Rem) {
            if let Some(v) = ro.value() {
                if v.sign() == 0
                    && (self.is_integer_type(t)
                        || (lo.is_const() && (self.is_float_type(t) || self.is_complex_type(t))))
                {
                    self.error(r.span, "invalid operation: division by zero");
                    return;
                }
            }
        }
        op.ty = t;
        match (lo.value(), ro.value()) {
            (Some(a), Some(c)) => {
                let int_div = self.is_integer_type(t);
                let (a, c) = if self.is_float_type(t) {
                    (
                        a.to_float().unwrap_or(a.clone()),
                        c.to_float().unwrap_or(c.clone()),
                    )
                } else if self.is_complex_type(t) {
                    (
                        a.to_complex().unwrap_or(a.clone()),
                        c.to_complex().unwrap_or(c.clone()),
                    )
                } else {
                    (a.clone(), c.clone())
                };
                match constant::binary(b, &a, &c, int_div) {
                    Ok(v) => {
                        op.mode = Mode::Const(v);
                        self.check_representable(op);
                    }
                    Err(e) => {
                        let at = self.const_error_pos(e, op.span, b, l);
                        self.error(at, e.message(b))
                    }
                }
            }
            _ => op.mode = Mode::Value,
        }
    }

    /// Brings the operands of a binary operation to one type, converting an
    /// untyped operand to the other's type (Go's "implicit conversion").
    fn match_types(&mut self, lo: &mut Operand, _l: &Expr, ro: &mut Operand, _r: &Expr) -> bool {
        let lu = self.env.types.is_untyped(lo.ty);
        let ru = self.env.types.is_untyped(ro.ty);
        if lu && !ru {
            let t = ro.ty;
            if self.can_mix(lo, t) {
                return self.convert_untyped(lo, t);
            }
        } else if ru && !lu {
            let t = lo.ty;
            if self.can_mix(ro, t) {
                return self.convert_untyped(ro, t);
            }
        } else if lu && ru {
            // Both untyped: the "larger" kind wins (int < rune < float).
            let (lk, rk) = (
                self.env.types.basic_kind(lo.ty),
                self.env.types.basic_kind(ro.ty),
            );
            if let (Some(lk), Some(rk)) = (lk, rk) {
                if lk.is_numeric() && rk.is_numeric() {
                    let rank = |k: BasicKind| match k {
                        BasicKind::UntypedInt => 0,
                        BasicKind::UntypedRune => 1,
                        BasicKind::UntypedFloat => 2,
                        _ => 3,
                    };
                    let t = if rank(lk) >= rank(rk) { lo.ty } else { ro.ty };
                    lo.ty = t;
                    ro.ty = t;
                    if t == self.env.wk.untyped_float {
                        if let Some(v) = lo.value().and_then(|v| v.to_float()) {
                            lo.mode = Mode::Const(v);
                        }
                        if let Some(v) = ro.value().and_then(|v| v.to_float()) {
                            ro.mode = Mode::Const(v);
                        }
                    } else if t == self.env.wk.untyped_complex {
                        if let Some(v) = lo.value().and_then(|v| v.to_complex()) {
                            lo.mode = Mode::Const(v);
                        }
                        if let Some(v) = ro.value().and_then(|v| v.to_complex()) {
                            ro.mode = Mode::Const(v);
                        }
                    }
                }
            }
        }
        true
    }

    /// Whether an untyped operand may take part in an operation with a `t`
    /// (else the mismatch is reported by the caller).
    fn can_mix(&self, op: &Operand, t: TypeId) -> bool {
        let Some(k) = self.env.types.basic_kind(op.ty) else {
            return false;
        };
        if op.ty == self.env.wk.untyped_nil {
            return self.env.types.has_nil(t);
        }
        match self.env.types.basic_kind(t) {
            Some(tk) => {
                (k.is_numeric() && tk.is_numeric())
                    || (k.is_string() && tk.is_string())
                    || (k.is_boolean() && tk.is_boolean())
            }
            None => self.env.types.is_interface(t),
        }
    }

    fn comparison(
        &mut self,
        op: &mut Operand,
        b: BinOp,
        lo: &mut Operand,
        l: &'a Expr,
        ro: &mut Operand,
        r: &'a Expr,
    ) {
        let nil = self.env.wk.untyped_nil;
        let (lnil, rnil) = (lo.ty == nil, ro.ty == nil);
        self.match_types(lo, l, ro, r);
        let s = self.text(op.span);
        let ok_assign = self.env.types.assignable(lo.ty, ro.ty).is_ok()
            || self.env.types.assignable(ro.ty, lo.ty).is_ok();
        if ok_assign {
            // Comparing with an interface boxes the other operand.
            self.note_iface(lo.ty, ro.ty);
            self.note_iface(ro.ty, lo.ty);
        }
        if !ok_assign {
            let (ls, rs) = (self.ts(lo.ty), self.ts(ro.ty));
            // gc only knows of the mismatch on seeing the second operand,
            // and reports it there.
            self.error(
                r.span,
                format!("invalid operation: {s} (mismatched types {ls} and {rs})"),
            );
            return;
        }
        if b == BinOp::Eq || b == BinOp::Ne {
            if lnil && rnil {
                self.error(
                    op.span,
                    format!(
                        "invalid operation: {s} (operator {} not defined on nil)",
                        b.as_str()
                    ),
                );
                return;
            }
            if !(lnil || rnil) {
                for o in [&*lo, &*ro] {
                    if !self.env.types.is_comparable(o.ty) {
                        let reason = self
                            .env
                            .types
                            .incomparable_reason(o.ty, self.pkg)
                            .unwrap_or_default();
                        self.error(op.span, format!("invalid operation: {s} ({reason})"));
                        return;
                    }
                }
            }
        } else if !self.is_ordered_type(lo.ty) {
            let d = self.describe(lo);
            let _ = d;
            let k = match self.kind_word(lo.ty) {
                // types2's kindString names other types themselves.
                "operand" => self.ts(lo.ty),
                k => k.to_string(),
            };
            self.error(
                op.span,
                format!(
                    "invalid operation: {s} (operator {} not defined on {k})",
                    b.as_str()
                ),
            );
            return;
        }
        match (lo.value(), ro.value()) {
            (Some(a), Some(c)) => {
                op.mode = Mode::Const(ConstVal::Bool(constant::compare(b, a, c)));
            }
            _ => {
                op.mode = Mode::Value;
                // Untyped operands of a non-constant comparison take their default type.
                self.default_type_op(lo);
                self.default_type_op(ro);
            }
        }
        op.ty = self.env.wk.untyped_bool;
    }

    /// `struct`, `slice`, `map`, ... for `operator < not defined on X`.
    fn kind_word(&self, t: TypeId) -> &'static str {
        match self.env.types.under(t) {
            Type::Struct(_) => "struct",
            Type::Slice(_) => "slice",
            Type::Map(..) => "map",
            Type::Func(_) => "func",
            Type::Pointer(_) => "pointer",
            Type::Chan(..) => "chan",
            Type::Interface(_) => "interface",
            Type::Array(..) => "array",
            Type::Basic(k) if k.is_boolean() => "bool",
            Type::Basic(BasicKind::UnsafePointer) => "unsafe.Pointer",
            _ => "operand",
        }
    }

    fn shift(&mut self, op: &mut Operand, b: BinOp, l: &'a Expr, r: &'a Expr) {
        let mut lo = self.expr(l);
        let mut ro = self.expr(r);
        if lo.is_invalid() || ro.is_invalid() {
            return;
        }
        // The count: an integer, or an untyped constant representable as uint.
        if let Some(v) = ro.value() {
            if v.sign() < 0 || !v.is_integral() {
                let d = self.describe(&ro);
                self.error(r.span, format!("invalid shift count {d}"));
                return;
            }
            if self.env.types.is_untyped(ro.ty) {
                let uint = self.env.types.basic(BasicKind::Uint);
                self.convert_untyped(&mut ro, uint);
            }
        } else if self.env.types.is_untyped(ro.ty) {
            // A count that is itself a delayed shift (`x << (1.0 << n)`)
            // becomes a uint, as gc converts it.
            let uint = self.env.types.basic(BasicKind::Uint);
            if !self.convert_untyped(&mut ro, uint) {
                return;
            }
        } else if !self.is_integer_type(ro.ty) {
            let d = self.describe(&ro);
            self.error(
                r.span,
                format!("invalid operation: shift count {d} must be integer"),
            );
            return;
        }
        // The shifted operand: an integer (or an untyped constant that is one).
        let lhs_kind = lo.ty;
        if let Some(v) = lo.value() {
            if self.env.types.is_untyped(lo.ty) {
                if v.is_integral() {
                    if let Some(iv) = v.to_int() {
                        lo.mode = Mode::Const(iv);
                    }
                    if lo.ty == self.env.wk.untyped_float || lo.ty == self.env.wk.untyped_complex {
                        lo.ty = self.env.wk.untyped_int;
                    }
                    // The lowering reads the operand as the integer it is.
                    self.record_op(&lo);
                } else {
                    let d = self.describe(&lo);
                    self.error(
                        l.span,
                        format!("invalid operation: shifted operand {d} must be integer"),
                    );
                    return;
                }
            }
        }
        if !self.is_integer_type(lo.ty) {
            let d = self.describe(&lo);
            self.error(
                l.span,
                format!("invalid operation: shifted operand {d} must be integer"),
            );
            return;
        }
        op.ty = lo.ty;
        match (lo.value(), ro.value()) {
            (Some(a), Some(c)) => {
                let count = c.to_u64().unwrap_or(u64::MAX);
                if count > 1074 && self.env.types.is_untyped(lo.ty) {
                    let d = self.describe(&ro);
                    self.error(
                        r.span,
                        format!("invalid operation: invalid shift count {d}"),
                    );
                    return;
                }
                match constant::shift(a, b == BinOp::Shl, count) {
                    Ok(v) => {
                        op.mode = Mode::Const(v);
                        self.check_representable(op);
                    }
                    Err(e) => {
                        let at = self.const_error_pos(e, op.span, b, l);
                        self.error(at, e.message(b))
                    }
                }
            }
            (Some(_), None) if self.env.types.is_untyped(lo.ty) => {
                // A non-constant shift of an untyped constant stays untyped:
                // it takes the type its context gives the constant alone
                // (`var u uint = 1 << n` shifts a uint), int by default.
                // It keeps the constant's kind: `1.0 << n` where a float64
                // is wanted is an error (convert_untyped reports it), and so
                // is its default type in an interface.
                op.mode = Mode::Value;
                op.ty = lhs_kind;
            }
            _ => op.mode = Mode::Value,
        }
    }

    /// Gives an untyped operand its default type (`untyped int` -> `int`).
    pub fn default_type_op(&mut self, op: &mut Operand) {
        if self.env.types.is_untyped(op.ty) && op.ty != self.env.wk.untyped_nil {
            let k = self
                .env
                .types
                .basic_kind(op.ty)
                .unwrap_or(BasicKind::UntypedInt);
            let t = self.env.types.basic(k.default_type());
            self.convert_untyped(op, t);
        }
    }

    /// Converts an untyped operand to type `t` (or to another untyped kind),
    /// reporting what does not fit. Returns false (and invalidates `op`) on error.
    pub fn convert_untyped(&mut self, op: &mut Operand, t: TypeId) -> bool {
        if !self.env.types.is_untyped(op.ty) || self.env.types.is_invalid(t) || op.ty == t {
            return true;
        }
        let nil = self.env.wk.untyped_nil;
        if op.ty == nil {
            if self.env.types.has_nil(t) {
                op.ty = t;
                self.record_op(op);
                return true;
            }
            return false;
        }
        if self.env.types.is_untyped(t) {
            // Between untyped kinds (int -> float) only the kind changes.
            op.ty = t;
            if t == self.env.wk.untyped_float {
                if let Some(v) = op.value().and_then(|v| v.to_float()) {
                    op.mode = Mode::Const(v);
                }
            } else if t == self.env.wk.untyped_complex {
                if let Some(v) = op.value().and_then(|v| v.to_complex()) {
                    op.mode = Mode::Const(v);
                }
            }
            return true;
        }
        if self.env.types.is_interface(t) {
            let k = self
                .env
                .types
                .basic_kind(op.ty)
                .unwrap_or(BasicKind::UntypedInt);
            let d = self.env.types.basic(k.default_type());
            return self.convert_untyped(op, d);
        }
        let Some(tk) = self.env.types.basic_kind(t) else {
            return false;
        };
        if !matches!(op.mode, Mode::Const(_)) && !tk.is_integer() {
            // An untyped numeric value that is no constant is a shift of an
            // untyped constant by a variable count (or arithmetic on one):
            // its type must end up an integer.
            let numeric = self
                .env
                .types
                .basic_kind(op.ty)
                .is_some_and(|k| k.is_numeric());
            if numeric {
                let text = self.text(op.span);
                let ts = self.ts(t);
                self.error(
                    op.span,
                    format!("invalid operation: {text} (shift of type {ts})"),
                );
                op.invalidate();
                return false;
            }
        }
        let k = self
            .env
            .types
            .basic_kind(op.ty)
            .unwrap_or(BasicKind::UntypedInt);
        let compatible = (k.is_numeric() && tk.is_numeric())
            || (k.is_string() && tk.is_string())
            || (k.is_boolean() && tk.is_boolean());
        if !compatible {
            return false;
        }
        if let Mode::Const(v) = &op.mode {
            match v.represent(tk, &self.env.target) {
                Ok(r) => op.mode = Mode::Const(r),
                Err(e) => {
                    let vs = v.to_string();
                    let ts = self.ts(t);
                    let msg = match e {
                        Repr::Truncated => format!("constant {vs} truncated to integer"),
                        // types2 words every failure of a float constant
                        // for an integer type "truncated", even 1e100's.
                        Repr::Overflow if tk.is_integer() && !k.is_integer() => {
                            format!("constant {vs} truncated to integer")
                        }
                        Repr::Overflow => format!("constant {vs} overflows {ts}"),
                        Repr::Mismatch => {
                            let d = self.describe(op);
                            format!("cannot use {d} as {ts} value")
                        }
                    };
                    self.error(op.span, msg);
                    op.invalidate();
                    return false;
                }
            }
        }
        op.ty = t;
        self.record_op(op);
        true
    }

    pub fn is_integer_type(&self, t: TypeId) -> bool {
        self.env.types.basic_kind(t).is_some_and(|k| k.is_integer())
    }
    pub fn is_float_type(&self, t: TypeId) -> bool {
        self.env.types.basic_kind(t).is_some_and(|k| k.is_float())
    }
    pub fn is_complex_type(&self, t: TypeId) -> bool {
        self.env.types.basic_kind(t).is_some_and(|k| k.is_complex())
    }
    pub fn is_numeric_type(&self, t: TypeId) -> bool {
        self.env.types.basic_kind(t).is_some_and(|k| k.is_numeric())
    }
    pub fn is_string_type(&self, t: TypeId) -> bool {
        self.env.types.basic_kind(t).is_some_and(|k| k.is_string())
    }
    pub fn is_boolean_type(&self, t: TypeId) -> bool {
        self.env.types.basic_kind(t).is_some_and(|k| k.is_boolean())
    }
    pub fn is_ordered_type(&self, t: TypeId) -> bool {
        self.env.types.basic_kind(t).is_some_and(|k| k.is_ordered())
    }
}

/// `e` without enclosing parentheses.
pub fn strip_parens(mut e: &Expr) -> &Expr {
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}
