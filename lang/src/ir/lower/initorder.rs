//! The order of a package's variable initializers (Go spec, "Package
//! initialization"): a variable is initialized after every package
//! variable its initializer refers to, directly or through the functions
//! and methods it refers to; among those ready, the earliest in
//! declaration order goes first. A variable without an initializer is
//! ready at once but takes its turn like the others: one declared late
//! holds back an early variable that uses it (Go's test
//! fixedbugs/issue43444.go). The checker has already rejected cycles.

use crate::ir::fasthash::{FastMap as HashMap, FastSet as HashSet};

use super::{expr_children, stmt_exprs, FnRef, ModuleBuilder};
use crate::ast;
use crate::check::scope::ObjId;

impl<'p> ModuleBuilder<'p> {
    /// `pkg`'s variable specs with initializers, in initialization order.
    pub(super) fn init_order(&self, pkg: &'p crate::check::Package) -> Vec<&'p ast::ValueSpec> {
        let specs: Vec<&ast::ValueSpec> = pkg
            .files
            .iter()
            .flat_map(|f| &f.decls)
            .filter_map(|d| match d {
                ast::Decl::Var(specs, _) => Some(specs),
                _ => None,
            })
            .flatten()
            .collect();
        let spec_of: HashMap<ObjId, usize> = specs
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                s.names
                    .iter()
                    .filter_map(move |n| self.decl_objs.get(&n.span).map(|&o| (o, i)))
            })
            .collect();
        let deps: Vec<HashSet<usize>> = specs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                self.references(&s.values, pkg.id)
                    .into_iter()
                    .filter_map(|o| spec_of.get(&o).copied())
                    .filter(|&j| j != i)
                    .collect()
            })
            .collect();
        let mut done = vec![false; specs.len()];
        let mut order = Vec::with_capacity(specs.len());
        while order.len() < specs.len() {
            let ready = (0..specs.len())
                .find(|&i| !done[i] && deps[i].iter().all(|&j| done[j]))
                // A cycle the checker let through: declaration order.
                .or_else(|| (0..specs.len()).find(|&i| !done[i]));
            let Some(i) = ready else { break };
            done[i] = true;
            if !specs[i].values.is_empty() {
                order.push(specs[i]);
            }
        }
        order
    }

    /// Every object the expressions refer to, following the bodies of the
    /// functions and methods they refer to (each once).
    fn references(&self, exprs: &[ast::Expr], pkg: crate::types::PkgId) -> HashSet<ObjId> {
        let p = self.p;
        let mut out = HashSet::default();
        let mut seen_funcs = HashSet::default();
        let mut work: Vec<&ast::Expr> = exprs.iter().collect();
        while let Some(e) = work.pop() {
            let mut callee = None;
            if let Some(&o) = p.uses.get(&e.id) {
                out.insert(o);
                if let Some(&FnRef::Func(f)) = self.funcs.get(&o) {
                    callee = Some(f);
                }
            } else if let ast::ExprKind::Selector(x, sel) = &e.kind {
                // A method value, call or expression.
                if let Some(info) = p.exprs.get(x.id.0 as usize).and_then(|i| i.as_ref()) {
                    let res = p.types.lookup_field_or_method(info.ty, &sel.name, pkg);
                    if let crate::types::lookup::LookupResult::Method { named: Some(n), .. } = res {
                        if let Some(&(FnRef::Func(f), _)) = self.methods.get(&(n, sel.name.clone()))
                        {
                            callee = Some(f);
                        }
                    }
                }
            }
            if let Some(f) = callee {
                if seen_funcs.insert(f) {
                    let fd = self.bodies.get(&f).copied();
                    if fd.is_some_and(|fd| fd.deferred) {
                        let name = self.func_name(f);
                        self.unparsed.borrow_mut().push(name);
                    }
                    if let Some(body) = fd.and_then(|fd| fd.body.as_ref()) {
                        for s in &body.stmts {
                            stmt_exprs(s, &mut |x| work.push(x));
                        }
                    }
                }
            }
            expr_children(e, &mut |x| work.push(x));
        }
        out
    }
}
