//! Escape analysis, as simple as the lowering needs: which variables of a
//! function body have their address taken and must live in a heap cell.

use super::*;
use crate::ast;
use crate::check::scope::ObjId;
use crate::check::Program;
use crate::types::Type;

/// Identifiers whose address is taken in `body` (so their variable must
/// outlive a freed stack segment if the address escapes): `&x`, `x.m()`
/// with a pointer method, slicing an array variable. Conservative: any such
/// use moves the variable to the heap. Only memory inside the variable
/// counts: `&p.f` through a pointer, `s[i:j]` of a slice or string and
/// `q.m()` on a pointer leave `p`, `s` and `q` in the frame, which keeps
/// functions that reslice their slice arguments from allocating per call.
pub(super) fn escaping_vars(p: &Program, body: &ast::Block) -> HashSet<ObjId> {
    let mut out = HashSet::default();
    /// The underlying type of `e`, when the checker recorded one.
    fn under_of<'p>(p: &'p Program, e: &ast::Expr) -> Option<&'p Type> {
        let info = p.exprs.get(e.id.0 as usize)?.as_ref()?;
        Some(p.types.under(info.ty))
    }
    /// The variable whose own storage `e` denotes: `x`, `x.f` of a struct
    /// value, `x[i]` of an array value, recursively. A pointer, slice,
    /// map or string on the way means the memory is elsewhere: none.
    fn root_ident<'e>(p: &Program, e: &'e ast::Expr) -> Option<&'e ast::Expr> {
        match &e.kind {
            ast::ExprKind::Ident(_) => Some(e),
            ast::ExprKind::Paren(x) => root_ident(p, x),
            ast::ExprKind::Selector(x, _) => match under_of(p, x) {
                Some(Type::Pointer(_)) => None,
                _ => root_ident(p, x),
            },
            ast::ExprKind::Index(x, _) => match under_of(p, x) {
                Some(Type::Array(..)) | None => root_ident(p, x),
                Some(_) => None,
            },
            _ => None,
        }
    }
    fn walk_expr(p: &Program, e: &ast::Expr, out: &mut HashSet<ObjId>) {
        use ast::ExprKind as K;
        match &e.kind {
            K::Unary(ast::UnOp::Addr, x) => {
                if let Some(id) = root_ident(p, x) {
                    if let Some(&o) = p.uses.get(&id.id) {
                        out.insert(o);
                    }
                }
                walk_expr(p, x, out);
            }
            K::Slice { x, lo, hi, max, .. } => {
                // Only an array is sliced in place; a slice or a string
                // already points elsewhere.
                let in_place = !matches!(
                    under_of(p, x),
                    Some(Type::Slice(_) | Type::Pointer(_) | Type::Basic(_))
                );
                if let Some(id) = root_ident(p, x).filter(|_| in_place) {
                    if let Some(&o) = p.uses.get(&id.id) {
                        out.insert(o);
                    }
                }
                walk_expr(p, x, out);
                for y in [lo, hi, max].into_iter().flatten() {
                    walk_expr(p, y, out);
                }
            }
            K::Call { func, args, .. } => {
                // A method call on an addressable variable may take its address.
                if let K::Selector(x, _) = &func.kind {
                    let by_ref =
                        matches!(under_of(p, x), Some(Type::Pointer(_) | Type::Interface(_)));
                    if let Some(id) = root_ident(p, x).filter(|_| !by_ref) {
                        if let Some(&o) = p.uses.get(&id.id) {
                            out.insert(o);
                        }
                    }
                }
                walk_expr(p, func, out);
                for a in args {
                    walk_expr(p, a, out);
                }
            }
            K::Paren(x) | K::Selector(x, _) | K::Star(x) | K::Unary(_, x) => walk_expr(p, x, out),
            K::Index(a, b) | K::Binary(_, a, b) => {
                walk_expr(p, a, out);
                walk_expr(p, b, out);
            }
            K::TypeAssert(x, _) => walk_expr(p, x, out),
            K::Composite { elts, .. } => {
                for el in elts {
                    if let Some(k) = &el.key {
                        walk_expr(p, k, out);
                    }
                    walk_expr(p, &el.value, out);
                }
            }
            // Variables captured by a closure are shared with it.
            K::FuncLit { body, .. } => collect_idents(p, body, out),
            _ => {}
        }
    }
    fn collect_idents(p: &Program, b: &ast::Block, out: &mut HashSet<ObjId>) {
        for s in &b.stmts {
            stmt_exprs(s, &mut |e| idents_in(p, e, out));
        }
    }
    fn idents_in(p: &Program, e: &ast::Expr, out: &mut HashSet<ObjId>) {
        if let ast::ExprKind::Ident(_) = &e.kind {
            if let Some(&o) = p.uses.get(&e.id) {
                out.insert(o);
            }
        }
        expr_children(e, &mut |c| idents_in(p, c, out));
    }
    for s in &body.stmts {
        stmt_exprs(s, &mut |e| walk_expr(p, e, &mut out));
    }
    out
}
