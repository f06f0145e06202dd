//! Terminating statements (The Go Programming Language Specification,
//! "Terminating statements"): a function with results must end in one, or
//! gc reports `missing return`.
//!
//! `panic` counts only when it is the builtin: the caller says which calls
//! those are (`IsPanic`), from what the checker resolved.

use crate::ast::{BranchKind, Expr, ExprKind, Stmt, StmtKind};

/// Tells whether an expression statement is a call of the builtin `panic`.
pub type IsPanic<'p> = &'p dyn Fn(&Expr) -> bool;

/// Whether the statement list ends in a terminating statement. `label` is the
/// label of the statement that owns the list, if any.
pub fn is_terminating_list(stmts: &[Stmt], label: &str, p: IsPanic<'_>) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(|s| is_terminating(s, label, p))
}

/// The callee of a call statement, without parentheses.
pub fn callee(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Call { func, .. } => Some(crate::check::expr::strip_parens(func)),
        ExprKind::Paren(x) => callee(x),
        _ => None,
    }
}

pub fn is_terminating(s: &Stmt, label: &str, p: IsPanic<'_>) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Branch(BranchKind::Goto, _) => true,
        StmtKind::Expr(e) => p(e),
        StmtKind::Block(b) => is_terminating_list(&b.stmts, "", p),
        StmtKind::If { then, els, .. } => {
            els.as_ref().is_some_and(|e| is_terminating(e, "", p))
                && is_terminating_list(&then.stmts, "", p)
        }
        StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
        StmtKind::Labeled(l, inner) => is_terminating(inner, &l.name, p),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| c.exprs.is_none())
                && body.iter().all(|c| {
                    !has_break(&c.body, label, true)
                        && (is_terminating_list(&c.body, "", p)
                            || matches!(
                                c.body
                                    .iter()
                                    .rev()
                                    .find(|s| !matches!(s.kind, StmtKind::Empty))
                                    .map(|s| &s.kind),
                                Some(StmtKind::Branch(BranchKind::Fallthrough, _))
                            ))
                })
        }
        StmtKind::Select(clauses) => clauses
            .iter()
            .all(|c| !has_break(&c.body, label, true) && is_terminating_list(&c.body, "", p)),
        _ => false,
    }
}

/// Whether a `break` in `stmts` leaves the statement labeled `label`
/// (`implicit`: an unlabeled break here would leave it too).
fn has_break(stmts: &[Stmt], label: &str, implicit: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, implicit))
}

fn stmt_has_break(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch(BranchKind::Break, l) => match l {
            None => implicit,
            Some(l) => !label.is_empty() && l.name == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, implicit),
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, implicit)
                || els
                    .as_ref()
                    .is_some_and(|e| stmt_has_break(e, label, implicit))
        }
        // Inside another breakable statement an unlabeled break is its own.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(cs) => cs.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
