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
use crate::ir::FuncId;

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
        let mut memo = HashMap::default();
        let deps: Vec<HashSet<usize>> = specs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                self.references(&s.values, pkg.id, &mut memo)
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

    /// Every package variable the expressions refer to, following the
    /// bodies of the functions and methods they refer to (each once).
    /// `memo` keeps what each body refers to directly: the variables of a
    /// package often share the functions their initializers call.
    fn references(
        &self,
        exprs: &[ast::Expr],
        pkg: crate::types::PkgId,
        memo: &mut HashMap<FuncId, Refs>,
    ) -> HashSet<ObjId> {
        let mut out = HashSet::default();
        let mut seen_funcs = HashSet::default();
        let mut todo = Vec::new();
        let direct = self.direct_refs(exprs.iter().collect(), pkg);
        out.extend(direct.vars.iter().copied());
        todo.extend(direct.funcs.iter().copied());
        while let Some(f) = todo.pop() {
            if !seen_funcs.insert(f) {
                continue;
            }
            let refs = memo.entry(f).or_insert_with(|| {
                let fd = self.bodies.get(&f).copied();
                if fd.is_some_and(|fd| fd.deferred) {
                    self.unparsed.borrow_mut().push(self.func_name(f));
                }
                let mut work = Vec::new();
                if let Some(body) = fd.and_then(|fd| fd.body.as_ref()) {
                    for s in &body.stmts {
                        stmt_exprs(s, &mut |x| work.push(x));
                    }
                }
                self.direct_refs(work, pkg)
            });
            out.extend(refs.vars.iter().copied());
            todo.extend(refs.funcs.iter().copied());
        }
        out
    }

    /// The package variables and the functions (with bodies) that the
    /// expressions name, without following the functions.
    fn direct_refs(&self, mut work: Vec<&ast::Expr>, pkg: crate::types::PkgId) -> Refs {
        let p = self.p;
        let mut refs = Refs::default();
        while let Some(e) = work.pop() {
            if let Some(&o) = p.uses.get(&e.id) {
                if self.globals.contains_key(&o) {
                    refs.vars.push(o);
                }
                if let Some(&FnRef::Func(f)) = self.funcs.get(&o) {
                    refs.funcs.push(f);
                }
            } else if let ast::ExprKind::Selector(x, sel) = &e.kind {
                // A method value, call or expression.
                if let Some(info) = p.exprs.get(x.id.0 as usize).and_then(|i| i.as_ref()) {
                    let res = p.types.lookup_field_or_method(info.ty, &sel.name, pkg);
                    if let crate::types::lookup::LookupResult::Method { named: Some(n), .. } = res {
                        if let Some(&(FnRef::Func(f), _)) = self.methods.get(&(n, sel.name.clone()))
                        {
                            refs.funcs.push(f);
                        }
                    }
                }
            }
            expr_children(e, &mut |x| work.push(x));
        }
        refs
    }
}

/// What a body or an initializer refers to directly (see
/// `ModuleBuilder::direct_refs`).
#[derive(Default)]
pub(super) struct Refs {
    vars: Vec<ObjId>,
    funcs: Vec<FuncId>,
}
