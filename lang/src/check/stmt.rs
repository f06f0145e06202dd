//! Statements: blocks and scopes, simple statements, if/for/range/switch/
//! type switch/select, go/defer/return, branch statements, and the
//! function-level checks run when a body is done (unused variables, labels,
//! `missing return`).

use super::operand::Mode;
use super::scope::{ObjKind, Object};
use super::Checker;
use crate::ast::{self, BranchKind, ChanDir, Expr, ExprKind, Stmt, StmtKind};
use crate::constant::ConstVal;
use crate::types::{Type, TypeId};

/// What encloses the statement being checked.
#[derive(Clone, Default)]
pub struct StmtCtx {
    /// Inside a for, switch or select: `break` is allowed.
    pub breakable: bool,
    /// Inside a for: `continue` is allowed.
    pub continuable: bool,
    /// This statement is the last one of a clause of an expression switch
    /// (`Some(true)` if that clause is the final one).
    pub fallthrough_slot: Option<bool>,
    pub in_type_switch_clause: bool,
    /// Local variables of the function being checked, for the unused report.
    pub locals: Vec<super::scope::ObjId>,
}

impl<'a, 'm> Checker<'a, 'm> {
    /// Checks a function body in the function's scope (which already holds
    /// the parameters), then the function-level rules.
    pub fn func_block(&mut self, body: &'a ast::Block) {
        let saved_locals = std::mem::take(&mut self.stmt_ctx.locals);
        let ctx = StmtCtx::default();
        let outer = std::mem::replace(&mut self.stmt_ctx, ctx);
        self.stmt_list(&body.stmts);
        let locals = std::mem::take(&mut self.stmt_ctx.locals);
        self.stmt_ctx = outer;
        self.stmt_ctx.locals = saved_locals;
        for o in locals {
            let obj = self.env.obj(o);
            if !obj.used && obj.name != "_" {
                let (span, name) = (obj.span.unwrap_or_default(), obj.name.clone());
                self.error(span, format!("declared and not used: {name}"));
            }
        }
        self.check_labels(body);
        let has_results = self
            .func
            .as_ref()
            .and_then(|f| self.env.types.signature(f.sig))
            .is_some_and(|s| !s.results.is_empty());
        let is_panic = |e: &Expr| {
            super::terminating::callee(e).is_some_and(|f| {
                self.env.uses.get(&f.id).is_some_and(|&o| {
                    matches!(
                        self.env.obj(o).kind,
                        ObjKind::Builtin(super::scope::Builtin::Panic)
                    )
                })
            })
        };
        if has_results && !super::terminating::is_terminating_list(&body.stmts, "", &is_panic) {
            let end = crate::source::Span {
                lo: body.span.hi.saturating_sub(1),
                ..body.span
            };
            self.error(end, "missing return");
        }
    }

    fn open_scope(&mut self) -> super::scope::ScopeId {
        let saved = self.scope;
        self.scope = self.env.scopes.new_scope(Some(saved), false);
        saved
    }

    pub fn stmt_list(&mut self, stmts: &'a [Stmt]) {
        let slot = self.stmt_ctx.fallthrough_slot.take();
        // The last non-empty statement is the one that may fall through.
        let last = stmts
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty));
        for (i, s) in stmts.iter().enumerate() {
            self.stmt_ctx.fallthrough_slot = if Some(i) == last { slot } else { None };
            self.stmt(s);
        }
        self.stmt_ctx.fallthrough_slot = None;
    }

    fn block(&mut self, b: &'a ast::Block) {
        let saved = self.open_scope();
        self.stmt_list(&b.stmts);
        self.scope = saved;
    }

    /// Declares a local variable (tracked for the unused report).
    pub fn declare_local(&mut self, name: &ast::Ident, t: TypeId) -> super::scope::ObjId {
        let o = self.declare_var(name, t, false);
        self.stmt_ctx.locals.push(o);
        o
    }

    pub fn stmt(&mut self, s: &'a Stmt) {
        let slot = self.stmt_ctx.fallthrough_slot.take();
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled(_, inner) => {
                self.stmt_ctx.fallthrough_slot = slot;
                self.stmt(inner);
            }
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(c, v) => self.send(c, v),
            StmtKind::IncDec(x, inc) => {
                let op = self.expr(x);
                if op.is_invalid() {
                    return;
                }
                if !self.is_numeric_type(op.ty) {
                    let s2 = self.text(s.span);
                    let ts = self.ts(op.ty);
                    let _ = inc;
                    self.error(
                        s.span,
                        format!("invalid operation: {s2} (non-numeric type {ts})"),
                    );
                    return;
                }
                self.lhs(x);
            }
            StmtKind::Assign(l, op, r) => self.assign_stmt(l, *op, r, s.span),
            StmtKind::Define(l, r) => {
                let before = self.stmt_ctx.locals.len();
                self.define_stmt(l, r, s.span);
                let _ = before;
            }
            StmtKind::Go(e) => self.go_defer(e, "go"),
            StmtKind::Defer(e) => self.go_defer(e, "defer"),
            StmtKind::Return(rs) => self.return_stmt(s, rs),
            StmtKind::Branch(kind, label) => self.branch(s, *kind, label.as_ref(), slot),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let saved = self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.condition(cond, "if statement");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.scope = saved;
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let saved = self.open_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.loop_body(body);
                self.scope = saved;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body),
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch_stmt(init.as_deref(), tag.as_ref(), body),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, body),
            StmtKind::Select(clauses) => self.select(clauses),
        }
    }

    fn loop_body(&mut self, body: &'a ast::Block) {
        let saved = (self.stmt_ctx.breakable, self.stmt_ctx.continuable);
        self.stmt_ctx.breakable = true;
        self.stmt_ctx.continuable = true;
        self.block(body);
        (self.stmt_ctx.breakable, self.stmt_ctx.continuable) = saved;
    }

    fn local_decl(&mut self, d: &'a ast::Decl) {
        match d {
            ast::Decl::Var(specs, _) => {
                for spec in specs {
                    let types = self.var_decl_types(spec);
                    for (n, t) in spec.names.iter().zip(types) {
                        self.declare_local(n, t);
                    }
                }
            }
            ast::Decl::Const(specs, _) => {
                for spec in specs {
                    for (i, n) in spec.names.iter().enumerate() {
                        let obj = self.env.new_obj(Object {
                            name: n.name.clone(),
                            kind: ObjKind::Const(ConstVal::Int(0.into())),
                            ty: self.env.wk.invalid,
                            span: Some(n.span),
                            pkg: self.pkg,
                            used: true,
                        });
                        self.const_spec_obj(obj, spec, i);
                        if !n.is_blank() {
                            if let Some(old) = self.env.scopes.insert(self.scope, &n.name, obj) {
                                self.redeclared(n.span, &n.name, old);
                            }
                        }
                    }
                }
            }
            ast::Decl::Type(specs, _) => {
                for spec in specs {
                    let obj = self.env.new_obj(Object {
                        name: spec.name.name.clone(),
                        kind: ObjKind::TypeName,
                        ty: self.env.wk.invalid,
                        span: Some(spec.name.span),
                        pkg: self.pkg,
                        used: true,
                    });
                    if spec.type_params.is_some() {
                        self.error(
                            spec.type_params.unwrap_or_default(),
                            "generics are not supported",
                        );
                    }
                    if spec.alias {
                        let t = self.typ(&spec.ty);
                        self.env.obj_mut(obj).ty = t;
                        self.env.scopes.insert(self.scope, &spec.name.name, obj);
                        continue;
                    }
                    let named =
                        self.env
                            .types
                            .new_named(&spec.name.name, self.pkg, Some(spec.name.span));
                    self.env.obj_mut(obj).ty = named;
                    // In scope before its definition, so it can refer to itself.
                    if let Some(old) = self.env.scopes.insert(self.scope, &spec.name.name, obj) {
                        self.redeclared(spec.name.span, &spec.name.name, old);
                    }
                    let under = self.typ(&spec.ty);
                    let under = self.env.types.underlying(under);
                    if let Some(n) = self.env.types.as_named(named) {
                        self.env.types.named_mut(n).underlying = under;
                    }
                }
            }
            ast::Decl::Func(f) => self.error(f.span, "function declaration inside a function"),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let op = self.raw_expr(e, None);
        if op.is_invalid() {
            return;
        }
        let inner = super::expr::strip_parens(e);
        let ok = match &inner.kind {
            ExprKind::Call { func, .. } => {
                // A builtin call must be one allowed as a statement.
                match self.builtin_of(func) {
                    Some(b) => b.is_statement(),
                    None => !matches!(op.mode, Mode::Type) && !self.is_conversion(func),
                }
            }
            ExprKind::Unary(ast::UnOp::Recv, _) => true,
            _ => false,
        };
        if !ok {
            let d = self.describe(&op);
            self.error(e.span, format!("{d} is not used"));
        }
    }

    fn builtin_of(&self, func: &Expr) -> Option<super::scope::Builtin> {
        let f = super::expr::strip_parens(func);
        if let ExprKind::Selector(..) = &f.kind {
            // unsafe.Sizeof and the other functions of package unsafe.
            if let Some(&o) = self.env.uses.get(&f.id) {
                if let ObjKind::Builtin(b) = self.env.obj(o).kind {
                    return Some(b);
                }
            }
        }
        if let ExprKind::Ident(n) = &f.kind {
            if let Some((_, o)) = self.env.scopes.lookup(self.scope, n) {
                if let ObjKind::Builtin(b) = self.env.obj(o).kind {
                    return Some(b);
                }
            }
        }
        None
    }

    fn is_conversion(&self, func: &Expr) -> bool {
        self.env
            .exprs
            .get(func.id.0 as usize)
            .and_then(|i| i.as_ref())
            .is_some_and(|i| i.is_type)
    }

    fn send(&mut self, c: &'a Expr, v: &'a Expr) {
        let co = self.expr(c);
        let mut vo = self.expr(v);
        if co.is_invalid() || vo.is_invalid() {
            return;
        }
        match self.env.types.under(co.ty).clone() {
            Type::Chan(dir, el) => {
                if dir == ChanDir::Recv {
                    let d = self.describe(&co);
                    self.error(
                        c.span,
                        format!("invalid operation: cannot send to receive-only channel {d}"),
                    );
                    return;
                }
                self.assignment(&mut vo, v, el, "send");
            }
            _ => {
                let d = self.describe(&co);
                self.error(
                    c.span,
                    format!("invalid operation: cannot send to non-channel {d}"),
                );
            }
        }
    }

    fn go_defer(&mut self, e: &'a Expr, what: &str) {
        let inner = super::expr::strip_parens(e);
        let ExprKind::Call { func, .. } = &inner.kind else {
            self.raw_expr(e, None);
            self.error(
                e.span,
                format!("expression in {what} must be function call"),
            );
            return;
        };
        let op = self.raw_expr(e, None);
        if op.is_invalid() {
            return;
        }
        if let Some(b) = self.builtin_of(func) {
            if !b.is_statement() {
                let s = self.text(e.span);
                self.error(e.span, format!("{what} discards result of {s}"));
            }
        } else if self.is_conversion(func) {
            let s = self.text(e.span);
            self.error(
                e.span,
                format!("{what} requires function call, not conversion: {s}"),
            );
        }
    }

    fn condition(&mut self, cond: &'a Expr, what: &str) {
        let mut op = self.expr(cond);
        if op.is_invalid() {
            return;
        }
        if !self.is_boolean_type(op.ty) {
            let s = self.text(cond.span);
            self.error(cond.span, format!("non-boolean condition in {what}"));
            let _ = s;
            return;
        }
        self.default_type_op(&mut op);
    }

    fn return_stmt(&mut self, s: &'a Stmt, rs: &'a [Expr]) {
        let Some(f) = self.func.clone() else {
            self.error(s.span, "return statement outside function");
            return;
        };
        let Some(sig) = self.env.types.signature(f.sig).cloned() else {
            return;
        };
        if rs.is_empty() {
            if !sig.results.is_empty() && f.named_results.is_empty() {
                let want = self.tuple_words(&sig.results);
                self.error(
                    s.span,
                    format!("not enough return values\n\thave ()\n\twant {want}"),
                );
            }
            // A naked return must see the named results.
            for &r in &f.named_results {
                let name = self.env.obj(r).name.clone();
                if name == "_" {
                    continue;
                }
                if let Some((_, o)) = self.env.scopes.lookup(self.scope, &name) {
                    if o != r {
                        let inner = self.env.obj(o).span.unwrap_or_default();
                        let (file, line, col) = self.env.map.position(inner);
                        let _ = (file, col);
                        self.error(
                            s.span,
                            format!("result parameter {name} not in scope at return\n\tinner declaration of {name} at line {line}"),
                        );
                    }
                }
            }
            return;
        }
        let n = sig.results.len();
        if n == 0 {
            for r in rs {
                self.raw_expr(r, None);
            }
            self.error(
                rs[0].span,
                "too many return values\n\thave (...)\n\twant ()",
            );
            return;
        }
        let ops = if rs.len() == 1 && n > 1 {
            let op = self.raw_expr(&rs[0], None);
            match self.env.types.get(op.ty).clone() {
                Type::Tuple(ts) if !op.is_invalid() => ts
                    .into_iter()
                    .map(|t| super::operand::Operand {
                        mode: Mode::Value,
                        ty: t,
                        ..op.clone()
                    })
                    .collect(),
                _ => vec![self.single_value(op)],
            }
        } else {
            rs.iter()
                .enumerate()
                .map(|(i, r)| self.expr_hint(r, sig.results.get(i).copied()))
                .collect::<Vec<_>>()
        };
        if ops.iter().any(|o| o.is_invalid()) {
            return;
        }
        if ops.len() != n {
            let have: Vec<String> = ops
                .iter()
                .map(|o| {
                    if self.env.types.is_untyped(o.ty) && o.is_const() {
                        "number".into()
                    } else {
                        self.ts(o.ty)
                    }
                })
                .collect();
            let want = self.tuple_words(&sig.results);
            let what = if ops.len() < n {
                "not enough"
            } else {
                "too many"
            };
            // As gc: at the first extra value, or at the first value.
            let at = if ops.len() > n && rs.len() > n {
                rs[n].span
            } else {
                rs[0].span
            };
            self.error(
                at,
                format!(
                    "{what} return values\n\thave ({})\n\twant {want}",
                    have.join(", ")
                ),
            );
            return;
        }
        for (i, mut op) in ops.into_iter().enumerate() {
            let e = rs.get(i).unwrap_or(&rs[0]);
            self.assignment(&mut op, e, sig.results[i], "return statement");
        }
    }

    fn tuple_words(&self, ts: &[TypeId]) -> String {
        let v: Vec<String> = ts.iter().map(|&t| self.ts(t)).collect();
        format!("({})", v.join(", "))
    }

    fn branch(
        &mut self,
        s: &'a Stmt,
        kind: BranchKind,
        label: Option<&ast::Ident>,
        slot: Option<bool>,
    ) {
        match kind {
            BranchKind::Break if label.is_none() && !self.stmt_ctx.breakable => {
                self.error(s.span, "break is not in a loop, switch, or select");
            }
            BranchKind::Continue if label.is_none() && !self.stmt_ctx.continuable => {
                self.error(s.span, "continue is not in a loop");
            }
            BranchKind::Fallthrough => {
                if self.stmt_ctx.in_type_switch_clause && slot.is_some() {
                    self.error(s.span, "cannot fallthrough in type switch");
                } else {
                    match slot {
                        Some(false) => {}
                        Some(true) => self.error(s.span, "cannot fallthrough final case in switch"),
                        None => self.error(s.span, "fallthrough statement out of place"),
                    }
                }
            }
            _ => {}
        }
    }

    fn range_stmt(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
    ) {
        let saved = self.open_scope();
        let mut xo = self.expr(x);
        let mut types: Option<(TypeId, Option<TypeId>)> = None;
        if !xo.is_invalid() {
            let under = self.env.types.under(xo.ty).clone();
            let under = match under {
                Type::Pointer(p) if matches!(self.env.types.under(p), Type::Array(..)) => {
                    self.env.types.under(p).clone()
                }
                u => u,
            };
            let int = self.env.wk.int;
            match under {
                Type::Basic(k) if k.is_string() => {
                    self.default_type_op(&mut xo);
                    types = Some((int, Some(self.env.wk.int32)));
                }
                Type::Array(_, el) | Type::Slice(el) => types = Some((int, Some(el))),
                Type::Map(k, v) => types = Some((k, Some(v))),
                Type::Chan(dir, el) => {
                    if dir == ChanDir::Send {
                        let d = self.describe(&xo);
                        self.error(
                            x.span,
                            format!("invalid operation: range {d}: receive from send-only channel"),
                        );
                    } else {
                        types = Some((el, None));
                    }
                }
                _ => {
                    let d = self.describe(&xo);
                    self.error(x.span, format!("cannot range over {d}"));
                }
            }
        }
        if let (Some((_, None)), Some(v)) = (&types, value) {
            let d = self.describe(&xo);
            self.error(
                v.span,
                format!("range over {d} permits only one iteration variable"),
            );
            types = None;
        }
        let inv = self.env.wk.invalid;
        let kt = types.map(|t| t.0).unwrap_or(inv);
        let vt = types.and_then(|t| t.1).unwrap_or(inv);
        for (e, t) in [(key, kt), (value, vt)] {
            let Some(e) = e else { continue };
            if define {
                match &e.kind {
                    ExprKind::Ident(n) => {
                        let id = ast::Ident {
                            name: n.clone(),
                            span: e.span,
                        };
                        let o = self.declare_local(&id, t);
                        self.env.note_use(e.id, o);
                    }
                    _ => {
                        let s = self.text(e.span);
                        self.error(e.span, format!("non-name {s} on left side of :="));
                    }
                }
            } else if let Some(lt) = self.lhs(e) {
                self.note_iface(t, lt);
                if !self.env.types.is_invalid(t) && self.env.types.assignable(t, lt).is_err() {
                    let (a, b) = (self.ts(t), self.ts(lt));
                    let s = self.text(e.span);
                    self.error(
                        e.span,
                        format!("cannot use {s} (value of type {a}) as type {b} in assignment"),
                    );
                }
            }
        }
        self.loop_body(body);
        self.scope = saved;
    }

    fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        body: &'a [ast::CaseClause],
    ) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let mut tag_op = tag.map(|t| {
            let mut op = self.expr(t);
            self.default_type_op(&mut op);
            if !op.is_invalid()
                && !self.env.types.is_comparable(op.ty)
                && !self.env.types.has_nil(op.ty)
            {
                let d = self.describe(&op);
                self.error(t.span, format!("cannot switch on {d}"));
                op.invalidate();
            }
            op
        });
        let mut seen: Vec<(ConstVal, TypeId)> = Vec::new();
        let mut default_seen = false;
        for (ci, clause) in body.iter().enumerate() {
            match &clause.exprs {
                None => {
                    if default_seen {
                        self.error(clause.span, "multiple defaults in switch");
                    }
                    default_seen = true;
                }
                Some(es) => {
                    for e in es {
                        let mut op = self.expr(e);
                        if op.is_invalid() {
                            continue;
                        }
                        match tag_op.as_mut() {
                            Some(t) if !t.is_invalid() => {
                                // The case value is compared with the tag.
                                let mut cmp = self.invalid_operand(e.span, e.id);
                                let mut tcopy = t.clone();
                                self.case_compare(
                                    &mut cmp,
                                    &mut tcopy,
                                    &mut op,
                                    e,
                                    tag.expect("tag"),
                                );
                            }
                            Some(_) => {}
                            None => {
                                // A tagless switch compares each case with `true`.
                                let b = self.env.wk.bool_;
                                if !self.is_boolean_type(op.ty)
                                    && self.env.types.assignable(b, op.ty).is_err()
                                {
                                    let s = self.text(e.span);
                                    let ts = self.ts(op.ty);
                                    self.error(
                                        e.span,
                                        format!("invalid case {s} in switch (mismatched types {ts} and bool)"),
                                    );
                                    continue;
                                }
                            }
                        }
                        // gc looks for duplicates among integer, float and
                        // string constants only: `case x != 1: case y != 2:`
                        // in a tagless switch are two `false` cases, allowed.
                        if let Some(v) = op.value().filter(|v| !matches!(v, ConstVal::Bool(_))) {
                            if seen.iter().any(|(sv, st)| sv == v && *st == op.ty) {
                                let s = self.text(e.span);
                                self.error(
                                    e.span,
                                    format!("duplicate case {s} in expression switch"),
                                );
                            } else {
                                seen.push((v.clone(), op.ty));
                            }
                        }
                    }
                }
            }
            let last = ci + 1 == body.len();
            let inner = self.open_scope();
            let saved_ctx = (self.stmt_ctx.breakable, self.stmt_ctx.in_type_switch_clause);
            self.stmt_ctx.breakable = true;
            self.stmt_ctx.in_type_switch_clause = false;
            self.stmt_ctx.fallthrough_slot = Some(last);
            self.stmt_list(&clause.body);
            (self.stmt_ctx.breakable, self.stmt_ctx.in_type_switch_clause) = saved_ctx;
            self.scope = inner;
        }
        self.scope = saved;
    }

    fn case_compare(
        &mut self,
        _cmp: &mut super::operand::Operand,
        t: &mut super::operand::Operand,
        op: &mut super::operand::Operand,
        e: &'a Expr,
        _tag: &'a Expr,
    ) {
        let is_nil = op.ty == self.env.wk.untyped_nil;
        if self.env.types.is_untyped(op.ty) {
            let tt = t.ty;
            if !self.convert_untyped(op, tt) {
                if !op.is_invalid() {
                    let (a, b) = (self.ts(op.ty), self.ts(tt));
                    let s = self.text(e.span);
                    let ts = self.text(t.span);
                    self.error(
                        e.span,
                        format!(
                            "invalid case {s} in switch on {ts} (mismatched types {a} and {b})"
                        ),
                    );
                }
                op.invalidate();
                return;
            }
        }
        let ok = self.env.types.assignable(op.ty, t.ty).is_ok()
            || self.env.types.assignable(t.ty, op.ty).is_ok();
        if ok {
            self.note_iface(op.ty, t.ty);
            self.note_iface(t.ty, op.ty);
        }
        if !ok {
            let (a, b) = (self.ts(op.ty), self.ts(t.ty));
            let s = self.text(e.span);
            let ts = self.text(t.span);
            self.error(
                e.span,
                format!("invalid case {s} in switch on {ts} (mismatched types {a} and {b})"),
            );
            op.invalidate();
            return;
        }
        if !is_nil && !self.env.types.is_comparable(op.ty) {
            let s = self.text(e.span);
            let reason = self
                .env
                .types
                .incomparable_reason(op.ty, self.pkg)
                .unwrap_or_default();
            self.error(e.span, format!("invalid case {s} in switch ({reason})"));
        }
    }

    fn type_switch(
        &mut self,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        body: &'a [ast::CaseClause],
    ) {
        let saved = self.open_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        if let Some(b) = bind {
            if b.name == "_" {
                self.error(b.span, "no new variable on left side of :=");
            }
        }
        let xo = self.expr(x);
        let valid = !xo.is_invalid();
        if valid && !self.env.types.is_interface(xo.ty) {
            let d = self.describe(&xo);
            self.error(x.span, format!("{d} is not an interface"));
        }
        let is_iface = valid && self.env.types.is_interface(xo.ty);
        let mut bind_objs = Vec::new();
        let mut seen: Vec<TypeId> = Vec::new();
        let nil = self.env.wk.untyped_nil;
        let mut default_seen = false;
        for clause in body {
            let mut single: Option<TypeId> = None;
            match &clause.exprs {
                None => {
                    if default_seen {
                        self.error(clause.span, "multiple defaults in switch");
                    }
                    default_seen = true;
                }
                Some(es) => {
                    for e in es {
                        let t =
                            if matches!(&e.kind, ExprKind::Ident(n) if n == "nil")
                                && self.env.scopes.lookup(self.scope, "nil").is_some_and(
                                    |(_, o)| matches!(self.env.obj(o).kind, ObjKind::Nil),
                                )
                            {
                                self.expr(e);
                                nil
                            } else {
                                self.typ(e)
                            };
                        if self.env.types.is_invalid(t) {
                            continue;
                        }
                        if seen.contains(&t) {
                            let s = self.text(e.span);
                            self.error(e.span, format!("duplicate case {s} in type switch"));
                        } else {
                            seen.push(t);
                        }
                        if is_iface && t != nil {
                            if let Some(reason) = self.impossible_assertion(xo.ty, t) {
                                let s = self.text(e.span);
                                let xs = self.text(x.span);
                                self.error(e.span, format!("impossible type switch case: {xs} (variable of type {}) cannot have dynamic type {s} ({})", self.ts(xo.ty), reason.split_once('(').map(|(_, r)| r.trim_end_matches(')')).unwrap_or("")));
                            }
                        }
                        single = if es.len() == 1 && t != nil {
                            Some(t)
                        } else {
                            None
                        };
                    }
                }
            }
            let inner = self.open_scope();
            if let Some(b) = bind {
                let t = single.unwrap_or(if valid { xo.ty } else { self.env.wk.invalid });
                let o = self.env.new_obj(Object {
                    name: b.name.clone(),
                    kind: ObjKind::Var {
                        local: true,
                        param: false,
                    },
                    ty: t,
                    span: Some(b.span),
                    pkg: self.pkg,
                    used: false,
                });
                if b.name != "_" {
                    self.env.scopes.insert(self.scope, &b.name, o);
                }
                bind_objs.push(o);
            }
            let saved_ctx = (self.stmt_ctx.breakable, self.stmt_ctx.in_type_switch_clause);
            self.stmt_ctx.breakable = true;
            self.stmt_ctx.in_type_switch_clause = true;
            self.stmt_ctx.fallthrough_slot = Some(true);
            self.stmt_list(&clause.body);
            (self.stmt_ctx.breakable, self.stmt_ctx.in_type_switch_clause) = saved_ctx;
            self.scope = inner;
        }
        if let Some(b) = bind {
            if b.name != "_" && !bind_objs.iter().any(|&o| self.env.obj(o).used) {
                self.error(b.span, format!("declared and not used: {}", b.name));
            }
        }
        self.scope = saved;
    }

    fn select(&mut self, clauses: &'a [ast::CommClause]) {
        let mut default_seen = false;
        for c in clauses {
            let saved = self.open_scope();
            match &c.comm {
                None => {
                    if default_seen {
                        self.error(c.span, "multiple defaults in select");
                    }
                    default_seen = true;
                }
                Some(s) => {
                    let ok = match &s.kind {
                        StmtKind::Send(..) => true,
                        StmtKind::Expr(e) => is_recv(e),
                        StmtKind::Assign(_, None, r) | StmtKind::Define(_, r) => {
                            r.len() == 1 && is_recv(&r[0])
                        }
                        _ => false,
                    };
                    if !ok {
                        self.error(s.span, "select case must be receive, send or assign recv");
                    }
                    self.stmt(s);
                }
            }
            let saved_b = self.stmt_ctx.breakable;
            self.stmt_ctx.breakable = true;
            self.stmt_list(&c.body);
            self.stmt_ctx.breakable = saved_b;
            self.scope = saved;
        }
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(
        super::expr::strip_parens(e).kind,
        ExprKind::Unary(ast::UnOp::Recv, _)
    )
}
