//! Terminating statements (The Go Programming Language Specification,
//! "Terminating statements"): a function with results must end in one, or
//! gc reports `missing return`.

use crate::ast::{BranchKind, Expr, ExprKind, Stmt, StmtKind};

/// Whether the statement list ends in a terminating statement. `label` is the
/// label of the statement that owns the list, if any.
pub fn is_terminating_list(stmts: &[Stmt], label: &str) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(|s| is_terminating(s, label))
}

fn is_panic_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { func, .. } => matches!(&func.kind, ExprKind::Ident(n) if n == "panic"),
        ExprKind::Paren(x) => is_panic_call(x),
        _ => false,
    }
}

pub fn is_terminating(s: &Stmt, label: &str) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Branch(BranchKind::Goto, _) => true,
        StmtKind::Expr(e) => is_panic_call(e),
        StmtKind::Block(b) => is_terminating_list(&b.stmts, ""),
        StmtKind::If { then, els, .. } => {
            els.as_ref().is_some_and(|e| is_terminating(e, ""))
                && is_terminating_list(&then.stmts, "")
        }
        StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
        StmtKind::Labeled(l, inner) => is_terminating(inner, &l.name),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| c.exprs.is_none())
                && body.iter().all(|c| {
                    !has_break(&c.body, label, true)
                        && (is_terminating_list(&c.body, "")
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
            .all(|c| !has_break(&c.body, label, true) && is_terminating_list(&c.body, "")),
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
