//! Assignability of values to types, and the statements and declarations
//! built on it: `=`, `op=`, `:=`, `var` declarations, with Go's rules for
//! multi-value right-hand sides (`a, b = f()`, `v, ok = m[k]`).

use super::operand::{Mode, Operand};
use super::scope::ObjKind;
use super::Checker;
use crate::ast::{self, BinOp, Expr, ExprKind};
use crate::constant::Repr;
use crate::types::{Type, TypeId};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

impl<'a, 'm> Checker<'a, 'm> {
    /// Checks that `op` can be assigned to a `t` in `context` ("assignment",
    /// "argument to f", "return statement"), converting an untyped operand.
    pub fn assignment(&mut self, op: &mut Operand, _e: &Expr, t: TypeId, context: &str) -> bool {
        if op.is_invalid() || self.env.types.is_invalid(t) {
            return false;
        }
        if self.env.types.is_untyped(op.ty) {
            if self.unrepresentable_in_assignment(op, t, context) {
                return false;
            }
            let before = op.clone();
            if !self.convert_untyped(op, t) {
                if !op.is_invalid() {
                    let d = self.describe(&before);
                    let ts = self.ts(t);
                    if before.ty == self.env.wk.untyped_nil {
                        self.error(
                            op.span,
                            format!("cannot use nil as {ts} value in {context}"),
                        );
                    } else {
                        self.error(
                            op.span,
                            format!("cannot use {d} as {ts} value in {context}"),
                        );
                    }
                    op.invalidate();
                }
                return false;
            }
        }
        match self.env.types.assignable(op.ty, t) {
            Ok(()) => {
                self.note_iface(op.ty, t);
                true
            }
            Err(e) => {
                let d = self.describe(op);
                let ts = self.ts(t);
                // gc's whole reason, have/want lines included.
                let reason = match self.env.types.assign_error_detail(&e, op.ty, t, self.pkg) {
                    Some(r) => format!(":\n\t{r}"),
                    None => String::new(),
                };
                // gc words a typed value's failure "as type T" (types2 with
                // its compiler messages); an untyped constant's stays "as T
                // value" (above).
                self.error(
                    op.span,
                    format!("cannot use {d} as type {ts} in {context}{reason}"),
                );
                op.invalidate();
                false
            }
        }
    }

    /// Records that a value of type `v` becomes a `t`: when `t` is an
    /// interface and `v` is not, `v`'s methods (and its parts') may be
    /// called through it (check/lazy.rs).
    pub fn note_iface(&mut self, v: TypeId, t: TypeId) {
        let types = &self.env.types;
        if types.is_interface(t) && !types.is_interface(v) && v != self.env.wk.untyped_nil {
            self.env.reach.log_iface(v);
        }
    }

    /// Reports an untyped constant `op` that a `t` cannot hold the way gc
    /// does in an assignment context: "cannot use 300 (untyped int
    /// constant) as byte value in assignment (overflows)". An interface
    /// target holds the constant's default type.
    fn unrepresentable_in_assignment(
        &mut self,
        op: &mut Operand,
        t: TypeId,
        context: &str,
    ) -> bool {
        let Mode::Const(v) = &op.mode else {
            return false;
        };
        let Some(k) = self.env.types.basic_kind(op.ty) else {
            return false;
        };
        if !k.is_numeric() {
            return false;
        }
        let target = if self.env.types.is_interface(t) {
            self.env.types.basic(k.default_type())
        } else {
            t
        };
        let Some(tk) = self.env.types.basic_kind(target) else {
            return false;
        };
        if !tk.is_numeric() || tk.is_untyped() {
            return false;
        }
        let Err(e) = v.represent(tk, &self.env.target) else {
            return false;
        };
        // types2 calls every float that misses an integer type "truncated",
        // and every other numeric miss an overflow.
        let why = match e {
            Repr::Mismatch => "",
            _ if tk.is_integer() && !k.is_integer() => " (truncated)",
            Repr::Truncated => " (truncated)",
            Repr::Overflow => " (overflows)",
        };
        let d = self.describe(op);
        let ts = self.ts(target);
        self.error(
            op.span,
            format!("cannot use {d} as {ts} value in {context}{why}"),
        );
        op.invalidate();
        true
    }

    /// Evaluates the right-hand side of an assignment of `n` values.
    /// Returns `None` after reporting a count mismatch.
    pub fn rhs_values(&mut self, n: usize, rhs: &'a [Expr], what: &str) -> Option<Vec<Operand>> {
        if rhs.len() == 1 && n > 1 {
            let op = self.raw_expr(&rhs[0], None);
            if op.is_invalid() {
                return None;
            }
            if let Type::Tuple(ts) = self.env.types.get(op.ty).clone() {
                if ts.len() == n {
                    return Some(
                        ts.into_iter()
                            .map(|t| Operand {
                                mode: Mode::Value,
                                ty: t,
                                ..op.clone()
                            })
                            .collect(),
                    );
                }
                let s = self.text(op.span);
                self.error(
                    op.span,
                    format!(
                        "assignment mismatch: {} but {s} returns {}",
                        plural(n, what),
                        plural(ts.len(), "value")
                    ),
                );
                return None;
            }
            if matches!(op.mode, Mode::CommaOk | Mode::MapIndex) && n == 2 {
                let v = Operand {
                    mode: Mode::Value,
                    ..op.clone()
                };
                let ok = Operand {
                    mode: Mode::Value,
                    ty: self.env.wk.untyped_bool,
                    id: crate::ast::NodeId::NONE,
                    ..op
                };
                return Some(vec![v, ok]);
            }
            let op = self.single_value(op);
            if op.is_invalid() {
                return None;
            }
            let inner = super::expr::strip_parens(&rhs[0]);
            if matches!(inner.kind, ExprKind::Call { .. }) {
                let s = self.text(op.span);
                self.error(
                    op.span,
                    format!(
                        "assignment mismatch: {} but {s} returns 1 value",
                        plural(n, what)
                    ),
                );
            } else {
                self.error(
                    op.span,
                    format!("assignment mismatch: {} but 1 value", plural(n, what)),
                );
            }
            return None;
        }
        let ops: Vec<Operand> = rhs.iter().map(|e| self.expr(e)).collect();
        if ops.len() != n {
            let span = rhs.first().map_or(self.scope_span(), |e| e.span);
            if n == 1 && rhs.len() == 1 {
                return None;
            }
            self.error(
                span,
                format!(
                    "assignment mismatch: {} but {}",
                    plural(n, what),
                    plural(ops.len(), "value")
                ),
            );
            return None;
        }
        Some(ops)
    }

    fn scope_span(&self) -> crate::source::Span {
        crate::source::Span::default()
    }

    /// The types of the names of a `var` spec (package-level or local).
    pub fn var_decl_types(&mut self, spec: &'a ast::ValueSpec) -> Vec<TypeId> {
        let n = spec.names.len();
        let declared = spec.ty.as_ref().map(|t| self.typ(t));
        let inv = self.env.wk.invalid;
        if spec.values.is_empty() {
            return vec![declared.unwrap_or(inv); n];
        }
        let Some(ops) = self.rhs_values(n, &spec.values, "variable") else {
            return vec![declared.unwrap_or(inv); n];
        };
        let mut out = Vec::new();
        for (i, mut op) in ops.into_iter().enumerate() {
            let e = spec.values.get(i).unwrap_or(&spec.values[0]);
            match declared {
                Some(t) => {
                    self.assignment(&mut op, e, t, "variable declaration");
                    out.push(t);
                }
                None => out.push(self.inferred_var_type(&mut op, "variable declaration")),
            }
        }
        out
    }

    /// The type a new variable gets from its initial value.
    pub fn inferred_var_type(&mut self, op: &mut Operand, context: &str) -> TypeId {
        if op.is_invalid() {
            return self.env.wk.invalid;
        }
        if op.ty == self.env.wk.untyped_nil {
            self.error(op.span, format!("use of untyped nil in {context}"));
            return self.env.wk.invalid;
        }
        self.default_type_op(op);
        op.ty
    }

    /// A `var` declaration inside a function.
    pub fn local_var_spec(&mut self, spec: &'a ast::ValueSpec) {
        let types = self.var_decl_types(spec);
        for (n, t) in spec.names.iter().zip(types) {
            self.declare_var(n, t, false);
        }
    }

    /// Checks an assignment target and returns its type. Reading a variable
    /// in order to assign it does not count as using it.
    pub fn lhs(&mut self, e: &'a Expr) -> Option<TypeId> {
        if let ExprKind::Ident(name) = &e.kind {
            if name == "_" {
                self.env.record(
                    e.id,
                    super::ExprInfo {
                        ty: self.env.wk.invalid,
                        value: None,
                        is_type: false,
                    },
                );
                return None;
            }
            if let Some((_, obj)) = self.env.scopes.lookup(self.scope, name) {
                if let ObjKind::Var { local: true, .. } = self.env.obj(obj).kind {
                    let used = self.env.obj(obj).used;
                    let op = self.expr(e);
                    self.env.obj_mut(obj).used = used;
                    return (!op.is_invalid()).then_some(op.ty);
                }
            }
        }
        let op = self.expr(e);
        match op.mode {
            Mode::Invalid => None,
            Mode::Var | Mode::MapIndex => Some(op.ty),
            _ => {
                let s = self.text(e.span);
                let inner = super::expr::strip_parens(e);
                if let ExprKind::Selector(x, _) = &inner.kind {
                    if let ExprKind::Index(m, _) = &super::expr::strip_parens(x).kind {
                        let mt = self
                            .env
                            .exprs
                            .get(m.id.0 as usize)
                            .and_then(|i| i.as_ref())
                            .map(|i| i.ty);
                        if mt.is_some_and(|t| matches!(self.env.types.under(t), Type::Map(..))) {
                            self.error(e.span, format!("cannot assign to struct field {s} in map"));
                            return None;
                        }
                    }
                }
                let d = self.describe(&op);
                let msg = match op.mode {
                    Mode::Const(_) | Mode::Value => format!(
                        "cannot assign to {s} (neither addressable nor a map index expression)"
                    ),
                    _ => format!("cannot assign to {d}"),
                };
                let _ = d;
                self.error(e.span, msg);
                None
            }
        }
    }

    /// `lhs = rhs` and `lhs op= rhs`.
    pub fn assign_stmt(
        &mut self,
        lhs: &'a [Expr],
        op: Option<BinOp>,
        rhs: &'a [Expr],
        span: crate::source::Span,
    ) {
        if let Some(b) = op {
            if lhs.len() != 1 || rhs.len() != 1 {
                self.error(
                    span,
                    format!(
                        "assignment operation {}= requires single-valued expressions",
                        b.as_str()
                    ),
                );
                return;
            }
            // x op= y is x = x op y with x evaluated once.
            let mut res = Operand {
                mode: Mode::Invalid,
                ty: self.env.wk.invalid,
                span,
                id: lhs[0].id,
            };
            self.binary_for_assign(&mut res, b, &lhs[0], &rhs[0]);
            if res.is_invalid() {
                return;
            }
            if let Some(t) = self.lhs(&lhs[0]) {
                self.assignment(&mut res, &rhs[0], t, "assignment");
            }
            return;
        }
        let Some(ops) = self.rhs_values(lhs.len(), rhs, "variable") else {
            for l in lhs {
                self.lhs(l);
            }
            return;
        };
        for (i, (l, mut op)) in lhs.iter().zip(ops).enumerate() {
            let e = rhs.get(i).unwrap_or(&rhs[0]);
            match self.lhs(l) {
                Some(t) => {
                    self.assignment(&mut op, e, t, "assignment");
                }
                None => {
                    if !op.is_invalid() && matches!(&l.kind, ExprKind::Ident(n) if n == "_") {
                        self.inferred_var_type(&mut op, "assignment");
                    }
                }
            }
        }
    }

    /// `x op= y`: checks `x op y`.
    fn binary_for_assign(&mut self, res: &mut Operand, b: BinOp, l: &'a Expr, r: &'a Expr) {
        // As in gc, `x op= y` reads x: it counts as a use.
        self.binary(res, b, l, r);
    }

    /// `a, b := x, y`.
    pub fn define_stmt(&mut self, lhs: &'a [Expr], rhs: &'a [Expr], span: crate::source::Span) {
        let mut idents = Vec::new();
        let mut ok = true;
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(n) => idents.push(ast::Ident {
                    name: n.clone(),
                    span: l.span,
                }),
                _ => {
                    let s = self.text(l.span);
                    self.error(l.span, format!("non-name {s} on left side of :="));
                    ok = false;
                }
            }
        }
        let ops = self.rhs_values(lhs.len(), rhs, "variable");
        if !ok {
            return;
        }
        // Which names are new in this scope?
        let mut any_new = false;
        let mut seen: Vec<&str> = Vec::new();
        for id in &idents {
            if id.name == "_" {
                continue;
            }
            if seen.contains(&id.name.as_str()) {
                self.error(id.span, format!("{} repeated on left side of :=", id.name));
                return;
            }
            seen.push(&id.name);
            if !self.env.scopes.get(self.scope).names.contains_key(&id.name) {
                any_new = true;
            }
        }
        if !any_new {
            // gc reports it at the `:=`.
            let at = lhs
                .last()
                .map_or(span, |l| self.env.token_after(l.span.file, l.span.hi, 2));
            self.error(at, "no new variables on left side of :=");
        }
        let inv = self.env.wk.invalid;
        let ops = ops.unwrap_or_default();
        for (i, id) in idents.iter().enumerate() {
            let existing = (id.name != "_")
                .then(|| self.env.scopes.get(self.scope).names.get(&id.name).copied())
                .flatten();
            let mut op = ops.get(i).cloned();
            match existing {
                Some(obj) => {
                    let t = self.env.obj(obj).ty;
                    self.env.note_use(lhs[i].id, obj);
                    if let Some(op) = op.as_mut() {
                        self.assignment(op, &lhs[i], t, "assignment");
                    }
                }
                None => {
                    let t = match op.as_mut() {
                        Some(op) => self.inferred_var_type(op, "assignment"),
                        None => inv,
                    };
                    let obj = self.declare_local(id, t);
                    self.env.note_use(lhs[i].id, obj);
                }
            }
        }
    }
}
