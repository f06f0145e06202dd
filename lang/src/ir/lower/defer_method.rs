//! `defer x.m(args)` (and `go x.m(args)`) of a method declared on x's
//! named type, or promoted to it: the deferred call is the method itself,
//! with the receiver (evaluated now, as for a method value) as its first
//! argument, as gc does it. Going through the method value's wrapper
//! (`T.m-fm`) would put a frame between the deferred call and the method,
//! and a recover() in the method would then not be called by the deferred
//! function and would return nil (Go spec, "Handling panics").

use super::*;
use crate::ast::{Expr, ExprKind};

impl FnBuilder<'_, '_> {
    /// For `x.m` naming a concrete method with a body: the method's static
    /// func value, the receiver and its type. None for everything else
    /// (func values, interface methods, natives, qualified identifiers),
    /// which the caller defers as a func value.
    pub(super) fn deferred_method(&mut self, fun: &Expr, line: u32) -> Option<(Loc, Loc, TypeId)> {
        let ExprKind::Selector(x, sel) = &fun.kind else {
            return None;
        };
        if self.m.p.uses.contains_key(&fun.id) {
            return None; // pkg.F
        }
        let is_type = self
            .m
            .p
            .exprs
            .get(x.id.0 as usize)
            .and_then(|i| i.as_ref())
            .is_some_and(|i| i.is_type);
        if is_type {
            return None; // a method expression T.m
        }
        let xt = self.expr_type(x.id);
        let crate::types::lookup::LookupResult::Method {
            named: Some(n),
            index_path,
            pointer_recv,
            ..
        } = self
            .m
            .p
            .types
            .lookup_field_or_method(xt, &sel.name, self.pkg_of(fun))
        else {
            return None;
        };
        let FnRef::Func(f) = self.m.methods.get(&(n, sel.name.clone()))?.0 else {
            return None;
        };
        let (recv, recv_t) = self.method_receiver(x, n, &index_path, pointer_recv, line)?;
        self.m.enqueue(f);
        let clo = self.ptr_temp();
        self.emit(
            Inst::Addr {
                dst: clo,
                what: AddrOf::FuncValue(f),
            },
            line,
        );
        Some((clo, recv, recv_t))
    }
}
