//! The order gc evaluates the operands of an argument list in.
//!
//! The spec fixes only the order of calls, receives and the like; when a
//! plain operand (a variable, `*p`, `s.f`, `x+1`) is read is left open. gc
//! takes every call out of the statement first, left to right, into a
//! temporary, and reads the remaining operands afterwards: `f(x, g())`
//! passes the `x` that `g` left. Programs observe this, so the lowering
//! follows it for call arguments: the arguments that hold a call are
//! evaluated first, in order, then the others.

use super::FnBuilder;
use crate::ast::{BinOp, Expr, ExprKind, UnOp};
use crate::check::scope::{Builtin, ObjKind};
use crate::ir::Loc;
use crate::types::Type;

impl FnBuilder<'_, '_> {
    /// Whether gc's ordering takes something out of `e` ahead of its
    /// statement: a call of a function or method, `append`, a receive, a
    /// type assertion to a type not stored as a pointer, or `&&`/`||`
    /// (evaluated whole). Conversions and the other builtins are not;
    /// their operands may be.
    pub(super) fn hoisted_by_gc(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { func, args, .. } => {
                let is_type = self
                    .m
                    .p
                    .exprs
                    .get(func.id.0 as usize)
                    .and_then(|i| i.as_ref())
                    .is_some_and(|i| i.is_type);
                let fun = crate::check::expr::strip_parens(func);
                let builtin = self.m.p.uses.get(&fun.id).and_then(|o| {
                    match self.m.p.objects[o.0 as usize].kind {
                        ObjKind::Builtin(b) => Some(b),
                        _ => None,
                    }
                });
                match builtin {
                    _ if is_type => args.iter().any(|a| self.hoisted_by_gc(a)),
                    Some(Builtin::Append) => true,
                    Some(_) => args.iter().any(|a| self.hoisted_by_gc(a)),
                    None => true,
                }
            }
            ExprKind::Unary(UnOp::Recv, _) => true,
            ExprKind::Binary(BinOp::LAnd | BinOp::LOr, ..) => true,
            ExprKind::TypeAssert(x, _) => {
                let t = self.expr_type(e.id);
                let pointer_shaped = matches!(
                    self.under(t),
                    Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_)
                );
                !pointer_shaped || self.hoisted_by_gc(x)
            }
            ExprKind::Unary(_, x) | ExprKind::Paren(x) | ExprKind::Star(x) => self.hoisted_by_gc(x),
            ExprKind::Selector(x, _) => self.hoisted_by_gc(x),
            ExprKind::Binary(_, l, r) | ExprKind::Index(l, r) => {
                self.hoisted_by_gc(l) || self.hoisted_by_gc(r)
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.hoisted_by_gc(x)
                    || [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .any(|y| self.hoisted_by_gc(y))
            }
            ExprKind::Composite { elts, .. } => elts.iter().any(|el| {
                el.key.as_ref().is_some_and(|k| self.hoisted_by_gc(k))
                    || self.hoisted_by_gc(&el.value)
            }),
            _ => false,
        }
    }

    /// The values of `es` in gc's order: those holding a call first, each
    /// kept in a slot of its own (a later call must not change it), then
    /// the rest. Returned in the order of `es`.
    pub(super) fn exprs_calls_first(&mut self, es: &[&Expr], line: u32) -> Option<Vec<Loc>> {
        let mut out: Vec<Option<Loc>> = vec![None; es.len()];
        let any_call = es.iter().any(|e| self.hoisted_by_gc(e));
        for pass_calls in [true, false] {
            for (i, e) in es.iter().enumerate() {
                if any_call && self.hoisted_by_gc(e) != pass_calls {
                    continue;
                }
                if out[i].is_some() {
                    continue;
                }
                let t = self.expr_type(e.id);
                let v = self.expr(e)?;
                let keep = self.temp(t);
                let size = self.m.size_of(t);
                self.mov(keep, v, size, line);
                out[i] = Some(keep);
            }
        }
        out.into_iter().collect()
    }
}
