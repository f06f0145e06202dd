//! Walks over statements and expressions of the AST that the lowering's
//! analyses share (defer detection, initialization order, evaluation
//! order).

use crate::ast;

/// Whether `s` contains a `defer` (outside function literals).
pub(super) fn has_defer(s: &ast::Stmt) -> bool {
    use ast::StmtKind as S;
    let list = |v: &[ast::Stmt]| v.iter().any(has_defer);
    match &s.kind {
        S::Defer(_) => true,
        S::Labeled(_, i) => has_defer(i),
        S::Block(b) => list(&b.stmts),
        S::If { then, els, .. } => list(&then.stmts) || els.as_deref().is_some_and(has_defer),
        S::For { body, .. } | S::Range { body, .. } => list(&body.stmts),
        S::Switch { body, .. } | S::TypeSwitch { body, .. } => body.iter().any(|c| list(&c.body)),
        S::Select(cs) => cs.iter().any(|c| list(&c.body)),
        _ => false,
    }
}

/// Calls `f` on each expression directly inside `s` (recursing into nested
/// statements, not into expressions).
pub(super) fn stmt_exprs<'a>(s: &'a ast::Stmt, f: &mut dyn FnMut(&'a ast::Expr)) {
    use ast::StmtKind as S;
    let block = |b: &'a ast::Block, f: &mut dyn FnMut(&'a ast::Expr)| {
        for s in &b.stmts {
            stmt_exprs(s, f);
        }
    };
    match &s.kind {
        S::Empty | S::Branch(..) => {}
        S::Decl(ast::Decl::Var(specs, _)) | S::Decl(ast::Decl::Const(specs, _)) => {
            for sp in specs {
                sp.values.iter().for_each(&mut *f);
            }
        }
        S::Decl(_) => {}
        S::Labeled(_, inner) => stmt_exprs(inner, f),
        S::Expr(e) | S::Go(e) | S::Defer(e) | S::IncDec(e, _) => f(e),
        S::Send(a, b) => {
            f(a);
            f(b);
        }
        S::Assign(l, _, r) | S::Define(l, r) => {
            l.iter().for_each(&mut *f);
            r.iter().for_each(&mut *f);
        }
        S::Return(rs) => rs.iter().for_each(&mut *f),
        S::Block(b) => block(b, f),
        S::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            f(cond);
            block(then, f);
            if let Some(e) = els {
                stmt_exprs(e, f);
            }
        }
        S::Switch {
            init, tag, body, ..
        } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            if let Some(t) = tag {
                f(t);
            }
            for c in body {
                c.exprs.iter().flatten().for_each(&mut *f);
                for s in &c.body {
                    stmt_exprs(s, f);
                }
            }
        }
        S::TypeSwitch { init, x, body, .. } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            f(x);
            for c in body {
                for s in &c.body {
                    stmt_exprs(s, f);
                }
            }
        }
        S::Select(cs) => {
            for c in cs {
                if let Some(s) = &c.comm {
                    stmt_exprs(s, f);
                }
                for s in &c.body {
                    stmt_exprs(s, f);
                }
            }
        }
        S::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                stmt_exprs(i, f);
            }
            if let Some(c) = cond {
                f(c);
            }
            if let Some(p) = post {
                stmt_exprs(p, f);
            }
            block(body, f);
        }
        S::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter().for_each(&mut *f);
            value.iter().for_each(&mut *f);
            f(x);
            block(body, f);
        }
    }
}

/// Calls `f` on each direct sub-expression of `e`.
pub(super) fn expr_children<'a>(e: &'a ast::Expr, f: &mut dyn FnMut(&'a ast::Expr)) {
    use ast::ExprKind as K;
    match &e.kind {
        K::Paren(x) | K::Selector(x, _) | K::Star(x) | K::Unary(_, x) | K::TypeAssert(x, _) => f(x),
        K::Index(a, b) | K::Binary(_, a, b) => {
            f(a);
            f(b);
        }
        K::Slice { x, lo, hi, max, .. } => {
            f(x);
            for y in [lo, hi, max].into_iter().flatten() {
                f(y);
            }
        }
        K::Call { func, args, .. } => {
            f(func);
            args.iter().for_each(f);
        }
        K::Composite { elts, .. } => {
            for el in elts {
                if let Some(k) = &el.key {
                    f(k);
                }
                f(&el.value);
            }
        }
        K::FuncLit { body, .. } => {
            for s in &body.stmts {
                stmt_exprs(s, f);
            }
        }
        _ => {}
    }
}
