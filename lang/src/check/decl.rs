//! Package-level declarations: collecting them into the package scope,
//! resolving each lazily (so declaration order does not matter, as in Go)
//! with cycle detection, methods, `init` and `main`, function bodies, and
//! unused imports.

use super::load::LoadedPackage;
use super::scope::{ObjId, ObjKind, Object, ScopeId};
use super::{Checker, Env, FuncCtx, Package};
use crate::ast::{self, Decl, ExprKind};
use crate::constant::ConstVal;
use crate::source::Span;
use crate::types::{MethodDecl, PkgId, TypeId};
use std::collections::HashMap;

/// Where a package-level object is declared.
#[derive(Clone, Copy)]
pub enum DeclRef<'a> {
    Const {
        spec: &'a ast::ValueSpec,
        index: usize,
        file: ScopeId,
    },
    Var {
        spec: &'a ast::ValueSpec,
        file: ScopeId,
    },
    Type {
        spec: &'a ast::TypeSpec,
        file: ScopeId,
    },
    Func {
        decl: &'a ast::FuncDecl,
        file: ScopeId,
    },
}

/// Resolution state of a package-level object.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    InProgress,
    Done,
}

/// Checks one loaded package completely and returns it.
impl<'a, 'm> Checker<'a, 'm> {
    /// A checker for package `pkg`, at its package scope, with nothing
    /// resolved yet: for a package's declarations, and for the bodies the
    /// lazy pass checks later (lazy.rs).
    pub fn new(env: &'a mut Env<'m>, pkg: PkgId, pkg_scope: ScopeId) -> Self {
        Checker {
            env,
            pkg,
            pkg_scope,
            scope: pkg_scope,
            func: None,
            iota: None,
            resolving: Vec::new(),
            decls: HashMap::new(),
            state: HashMap::new(),
            indirection: 0,
            delayed: Vec::new(),
            pending_under: Vec::new(),
            file_scopes: Vec::new(),
            stmt_ctx: Default::default(),
            blank_objs: Vec::new(),
            cycle_reported: Vec::new(),
            entry_indirection: HashMap::new(),
        }
    }
}

pub fn check_one_package(env: &mut Env<'_>, lp: LoadedPackage, is_main: bool) -> Package {
    let pkg = env.types.add_package(&lp.path, &lp.name);
    let pkg_scope = env.scopes.new_scope(Some(env.universe), false);
    let files = lp.files;
    {
        // Only a package named main needs (and may have) func main.
        let is_main = is_main && lp.name == "main";
        let mut c = Checker::new(env, pkg, pkg_scope);
        c.check_files(&files, is_main);
    }
    env.pkg_scopes.insert(lp.path.clone(), (pkg, pkg_scope));
    Package {
        id: pkg,
        path: lp.path,
        name: lp.name,
        files,
        scope: pkg_scope,
    }
}

impl<'a, 'm> Checker<'a, 'm> {
    fn check_files(&mut self, files: &'a [ast::File], is_main: bool) {
        // 1. File scopes with their imports.
        let mut imports: Vec<(ObjId, &'a ast::ImportSpec)> = Vec::new();
        for f in files {
            let fs = self.env.scopes.new_scope(Some(self.pkg_scope), false);
            self.file_scopes.push(fs);
            for imp in &f.imports {
                let Some(&(ipkg, _)) = self.env.pkg_scopes.get(&imp.path) else {
                    let msg = if imp.path == "C" {
                        "cgo is not supported".to_string()
                    } else {
                        format!("package {} is not in std", imp.path)
                    };
                    self.error(imp.span, msg);
                    // Declare the name anyway, so its uses are not reported too.
                    let name = imp.name.as_ref().map_or_else(
                        || imp.path.rsplit('/').next().unwrap_or("").to_string(),
                        |n| n.name.clone(),
                    );
                    let obj = self.env.new_obj(Object {
                        name: name.clone(),
                        kind: ObjKind::PkgName {
                            pkg: PkgId(0),
                            path: imp.path.clone(),
                        },
                        ty: self.env.wk.invalid,
                        span: Some(imp.path_span),
                        pkg: self.pkg,
                        used: true,
                    });
                    self.env.scopes.insert(fs, &name, obj);
                    continue;
                };
                let pkg_name = self.env.types.pkg_names[ipkg.0 as usize].clone();
                let (name, span) = match &imp.name {
                    Some(n) => (n.name.clone(), n.span),
                    None => (pkg_name.clone(), imp.path_span),
                };
                if name == "." {
                    self.error(imp.span, "dot imports are not supported");
                    continue;
                }
                let obj = self.env.new_obj(Object {
                    name: name.clone(),
                    kind: ObjKind::PkgName {
                        pkg: ipkg,
                        path: imp.path.clone(),
                    },
                    ty: self.env.wk.invalid,
                    span: Some(span),
                    pkg: self.pkg,
                    used: name == "_",
                });
                if name != "_" {
                    if let Some(old) = self.env.scopes.insert(fs, &name, obj) {
                        self.redeclared(span, &name, old);
                    }
                }
                imports.push((obj, imp));
            }
        }

        // 2. Package-level objects.
        let mut funcs: Vec<(&'a ast::FuncDecl, ScopeId, Option<ObjId>)> = Vec::new();
        for (f, &fs) in files.iter().zip(&self.file_scopes.clone()) {
            for d in &f.decls {
                self.collect_decl(d, fs, &mut funcs);
            }
        }
        if is_main {
            self.check_main(files);
        }

        // 3. Resolve every object, in source order.
        let objs: Vec<ObjId> = self.env.scopes.get(self.pkg_scope).order.clone();
        // Types first, then their methods, so that the initializers of
        // variables see complete method sets.
        let all: Vec<ObjId> = objs.into_iter().chain(self.blank_objs.clone()).collect();
        for &o in &all {
            if matches!(self.env.obj(o).kind, ObjKind::TypeName) {
                self.resolve(o);
            }
        }
        // Chains of such types resolve in any order: repeat until stable.
        let pending = std::mem::take(&mut self.pending_under);
        for _ in 0..=pending.len() {
            for &(n, base) in &pending {
                let under = self.env.types.underlying(base);
                self.env.types.named_mut(n).underlying = under;
            }
        }
        // 4. Methods, attached to their receiver base types.
        for &(fd, fs, _) in &funcs {
            if fd.recv.is_some() {
                self.declare_method(fd, fs);
            }
        }
        for o in all {
            self.resolve(o);
        }
        self.check_field_method_clashes(files);

        // 5. Delayed checks on complete types.
        for (span, key) in std::mem::take(&mut self.delayed) {
            if !self.env.types.is_comparable(key) && !self.env.types.is_invalid(key) {
                let k = self.ts(key);
                self.error(span, format!("invalid map key type {k}"));
            }
        }

        // 6. Function bodies, or what lazy.rs needs to check them later.
        let mut deferring = false;
        for &(fd, fs, obj) in &funcs {
            if fd.deferred {
                deferring = true;
                self.defer_body(fd, fs, obj);
            } else {
                self.func_body(fd, fs, obj);
            }
        }

        // Map keys met in function bodies before their types were complete.
        for (span, key) in std::mem::take(&mut self.delayed) {
            if !self.env.types.is_comparable(key) && !self.env.types.is_invalid(key) {
                let k = self.ts(key);
                self.error(span, format!("invalid map key type {k}"));
            }
        }

        // 7. Unused imports (not known while bodies wait).
        if deferring {
            return;
        }
        for (obj, imp) in imports {
            if !self.env.obj(obj).used {
                let o = self.env.obj(obj);
                let default_name = imp.path.rsplit('/').next().unwrap_or("");
                let msg = match &imp.name {
                    Some(n) if n.name != default_name => {
                        format!("{:?} imported as {} and not used", imp.path, o.name)
                    }
                    _ => format!("{:?} imported and not used", imp.path),
                };
                self.error(imp.span, msg);
            }
        }
    }

    /// `x redeclared in this block`, pointing at the other declaration.
    pub fn redeclared(&mut self, span: Span, name: &str, old: ObjId) {
        let mut d = crate::diag::Diagnostic::new(span, format!("{name} redeclared in this block"));
        if let Some(s) = self.env.obj(old).span {
            d = d.with_note(s, format!("other declaration of {name}"));
        }
        self.env.diags.push(d);
    }

    fn declare_pkg_obj(
        &mut self,
        name: &ast::Ident,
        kind: ObjKind,
        decl: DeclRef<'a>,
    ) -> Option<ObjId> {
        let ty = self.env.wk.invalid;
        let obj = self.env.new_obj(Object {
            name: name.name.clone(),
            kind,
            ty,
            span: Some(name.span),
            pkg: self.pkg,
            used: true,
        });
        self.decls.insert(obj, decl);
        if name.is_blank() {
            // Still checked, never visible.
            self.blank_objs.push(obj);
            return Some(obj);
        }
        if name.name == "init" && !matches!(decl, DeclRef::Func { .. }) {
            self.error(name.span, "cannot declare init - must be func");
            return None;
        }
        if let Some(old) = self.env.scopes.insert(self.pkg_scope, &name.name, obj) {
            self.redeclared(name.span, &name.name, old);
            return None;
        }
        Some(obj)
    }

    fn collect_decl(
        &mut self,
        d: &'a Decl,
        fs: ScopeId,
        funcs: &mut Vec<(&'a ast::FuncDecl, ScopeId, Option<ObjId>)>,
    ) {
        match d {
            Decl::Const(specs, _) => {
                for spec in specs {
                    for (index, n) in spec.names.iter().enumerate() {
                        let kind = ObjKind::Const(ConstVal::Int(0.into()));
                        self.declare_pkg_obj(
                            n,
                            kind,
                            DeclRef::Const {
                                spec,
                                index,
                                file: fs,
                            },
                        );
                    }
                }
            }
            Decl::Var(specs, _) => {
                for spec in specs {
                    for n in &spec.names {
                        let kind = ObjKind::Var {
                            local: false,
                            param: false,
                        };
                        self.declare_pkg_obj(n, kind, DeclRef::Var { spec, file: fs });
                    }
                }
            }
            Decl::Type(specs, _) => {
                for spec in specs {
                    let obj = self.declare_pkg_obj(
                        &spec.name,
                        ObjKind::TypeName,
                        DeclRef::Type { spec, file: fs },
                    );
                    if let Some(obj) = obj {
                        if !spec.alias {
                            let t = self.env.types.new_named(
                                &spec.name.name,
                                self.pkg,
                                Some(spec.name.span),
                            );
                            self.env.obj_mut(obj).ty = t;
                        }
                    }
                }
            }
            Decl::Func(fd) => {
                if let Some(tp) = fd.type_params {
                    self.error(tp, "generics are not supported");
                }
                if fd.recv.is_some() {
                    funcs.push((fd, fs, None));
                    return;
                }
                if fd.name.name == "init" {
                    if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                        self.error(
                            fd.name.span,
                            "func init must have no arguments and no return values",
                        );
                    }
                    funcs.push((fd, fs, None));
                    return;
                }
                let obj = self.declare_pkg_obj(
                    &fd.name,
                    ObjKind::Func {
                        native: fd.body.is_none(),
                    },
                    DeclRef::Func { decl: fd, file: fs },
                );
                funcs.push((fd, fs, obj));
            }
        }
    }

    fn check_main(&mut self, files: &'a [ast::File]) {
        match self
            .env
            .scopes
            .get(self.pkg_scope)
            .names
            .get("main")
            .copied()
        {
            None => {
                if let Some(f) = files.first() {
                    let span = f.package.as_ref().map_or(f.span.start(), |p| p.span);
                    self.error(span, "function main is undeclared in the main package");
                }
            }
            Some(o) => match self.decls.get(&o) {
                Some(DeclRef::Func { decl, .. }) => {
                    if !decl.sig.params.is_empty() || !decl.sig.results.is_empty() {
                        self.error(
                            decl.name.span,
                            "func main must have no arguments and no return values",
                        );
                    }
                }
                _ => {
                    let span = self.env.obj(o).span.unwrap_or_default();
                    self.error(span, "cannot declare main - must be func");
                }
            },
        }
    }

    /// Resolves a package-level object: computes its type (and value).
    pub fn resolve(&mut self, obj: ObjId) {
        let Some(decl) = self.decls.get(&obj).copied() else {
            return;
        };
        match self.state.get(&obj) {
            Some(State::Done) => return,
            Some(State::InProgress) => {
                // Types handle their own cycles (through indirection); for
                // constants and variables a cycle is an error.
                if !matches!(decl, DeclRef::Type { .. } | DeclRef::Func { .. }) {
                    let o = self.env.obj(obj);
                    let (name, span) = (o.name.clone(), o.span.unwrap_or_default());
                    if !self.cycle_reported.contains(&obj) {
                        self.cycle_reported.push(obj);
                        let what = if matches!(decl, DeclRef::Const { .. }) {
                            "invalid recursive constant"
                        } else {
                            "initialization cycle or invalid recursive reference"
                        };
                        self.error(span, format!("{what} {name}"));
                    }
                    self.env.obj_mut(obj).ty = self.env.wk.invalid;
                }
                return;
            }
            None => {}
        }
        self.state.insert(obj, State::InProgress);
        self.entry_indirection.insert(obj, self.indirection);
        // Resolve in the declaring file's scope, outside any function.
        let saved = (
            self.scope,
            self.func.take(),
            self.iota.take(),
            self.indirection,
            std::mem::take(&mut self.stmt_ctx),
        );
        match decl {
            DeclRef::Const { spec, index, file } => {
                self.scope = file;
                self.const_spec_obj(obj, spec, index);
            }
            DeclRef::Var { spec, file } => {
                self.scope = file;
                self.var_spec_pkg(spec);
            }
            DeclRef::Type { spec, file } => {
                self.scope = file;
                self.env.reach.quiet += 1;
                self.type_spec(obj, spec);
                self.env.reach.quiet -= 1;
            }
            DeclRef::Func { decl, file } => {
                self.scope = file;
                self.env.reach.quiet += 1;
                let sig = if decl.type_params.is_some() {
                    self.env.wk.invalid
                } else {
                    self.signature(&decl.sig, None).0
                };
                self.env.reach.quiet -= 1;
                self.env.obj_mut(obj).ty = sig;
            }
        }
        (
            self.scope,
            self.func,
            self.iota,
            self.indirection,
            self.stmt_ctx,
        ) = saved;
        self.state.insert(obj, State::Done);
    }

    /// Computes the value of constant `obj`, the `index`th name of `spec`.
    pub fn const_spec_obj(&mut self, obj: ObjId, spec: &'a ast::ValueSpec, index: usize) {
        self.iota = Some(spec.iota as u64);
        let ty = spec.ty.as_ref().map(|t| self.typ(t));
        let value = if let Some(e) = spec.values.get(index) {
            let mut op = self.expr(e);
            if let Some(t) = ty {
                if !self.env.types.is_invalid(t) && self.env.types.basic_kind(t).is_none() {
                    let ts = self.ts(t);
                    self.error(
                        spec.ty.as_ref().map_or(e.span, |x| x.span),
                        format!("invalid constant type {ts}"),
                    );
                    op.invalidate();
                } else {
                    self.assignment(&mut op, e, t, "constant declaration");
                }
            }
            match &op.mode {
                super::operand::Mode::Const(v) => Some((v.clone(), op.ty)),
                super::operand::Mode::Invalid => None,
                _ => {
                    let d = self.describe(&op);
                    self.error(e.span, format!("{d} is not constant"));
                    None
                }
            }
        } else {
            if index == spec.values.len() && !spec.values.is_empty() || spec.values.is_empty() {
                let n = &spec.names[index];
                if spec.values.is_empty() {
                    // Reported once by the parser for the group.
                } else {
                    self.error(n.span, "missing init expr for const declaration");
                }
            }
            None
        };
        if index == 0 && spec.values.len() > spec.names.len() && !spec.implicit {
            let extra = &spec.values[spec.names.len()];
            self.error(extra.span, "extra init expr");
        }
        self.iota = None;
        let invalid = self.env.wk.invalid;
        let o = self.env.obj_mut(obj);
        match value {
            Some((v, t)) => {
                o.kind = ObjKind::Const(v);
                o.ty = t;
            }
            None => {
                o.kind = ObjKind::Const(ConstVal::Int(0.into()));
                o.ty = invalid;
            }
        }
    }

    /// Resolves all names of a package-level `var` spec at once.
    fn var_spec_pkg(&mut self, spec: &'a ast::ValueSpec) {
        let objs: Vec<ObjId> = spec.names.iter().map(|n| self.pkg_obj_at(n)).collect();
        for &o in &objs {
            self.state.insert(o, State::InProgress);
        }
        let types = self.var_decl_types(spec);
        for (o, t) in objs.into_iter().zip(types) {
            self.env.obj_mut(o).ty = t;
            self.state.insert(o, State::Done);
        }
    }

    /// The object declared by `name` at package level (by position).
    fn pkg_obj_at(&self, name: &ast::Ident) -> ObjId {
        self.decls
            .keys()
            .copied()
            .find(|&o| self.env.obj(o).span == Some(name.span))
            .expect("every package-level name has an object")
    }

    fn type_spec(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if let Some(tp) = spec.type_params {
            self.error(tp, "generics are not supported");
            return;
        }
        if spec.alias {
            let t = self.typ(&spec.ty);
            self.env.obj_mut(obj).ty = t;
            return;
        }
        let named = self.env.obj(obj).ty;
        let base = self.typ(&spec.ty);
        let under = self.env.types.underlying(base);
        if let Some(n) = self.env.types.as_named(named) {
            self.env.types.named_mut(n).underlying = under;
            if self.env.types.is_invalid(under)
                && !self.env.types.is_invalid(base)
                && self.env.types.as_named(base).is_some()
            {
                self.pending_under.push((n, base));
            }
        }
    }

    /// Checks a method declaration and adds it to its receiver's type.
    fn declare_method(&mut self, fd: &'a ast::FuncDecl, fs: ScopeId) {
        let Some(recv) = &fd.recv else { return };
        self.scope = fs;
        let (base_expr, pointer) = match &recv.ty.kind {
            ExprKind::Star(b) => (&**b, true),
            _ => (&recv.ty, false),
        };
        let base_expr = match &base_expr.kind {
            ExprKind::Paren(b) => &**b,
            _ => base_expr,
        };
        self.env.reach.quiet += 1;
        let base = self.typ(base_expr);
        let sig = self.signature(&fd.sig, None).0;
        self.env.reach.quiet -= 1;
        self.scope = self.pkg_scope;
        if self.env.types.is_invalid(base) {
            return;
        }
        let bname = self.text(base_expr.span);
        let Some(nid) = self.env.types.as_named(base) else {
            let msg = if matches!(self.env.types.get(base), crate::types::Type::Basic(_)) {
                format!("cannot define new methods on non-local type {bname}")
            } else {
                format!("invalid receiver type {bname}")
            };
            self.error(recv.span, msg);
            return;
        };
        if self.env.types.named(nid).pkg != self.pkg {
            self.error(
                recv.span,
                format!("cannot define new methods on non-local type {bname}"),
            );
            return;
        }
        let under = self.env.types.underlying(base);
        if matches!(
            self.env.types.get(under),
            crate::types::Type::Basic(crate::types::BasicKind::UnsafePointer)
        ) {
            self.error(
                recv.span,
                format!("invalid receiver type {bname} (unsafe.Pointer)"),
            );
            return;
        }
        if matches!(
            self.env.types.get(under),
            crate::types::Type::Pointer(_) | crate::types::Type::Interface(_)
        ) {
            self.error(
                recv.span,
                format!("invalid receiver type {bname} (pointer or interface type)"),
            );
            return;
        }
        if fd.name.is_blank() {
            return;
        }
        let existing = self
            .env
            .types
            .named(nid)
            .methods
            .iter()
            .find(|m| m.name == fd.name.name)
            .map(|m| m.span);
        if let Some(prev) = existing {
            let at = self.env.map.pos_string(prev);
            self.error(
                fd.name.span,
                format!("method {bname}.{} already declared at {at}", fd.name.name),
            );
            return;
        }
        self.env.types.named_mut(nid).methods.push(MethodDecl {
            name: fd.name.name.clone(),
            pkg: self.pkg,
            sig,
            pointer_recv: pointer,
            span: fd.name.span,
            func: None,
        });
    }

    /// `field and method with the same name f`.
    fn check_field_method_clashes(&mut self, files: &'a [ast::File]) {
        for f in files {
            for d in &f.decls {
                let Decl::Type(specs, _) = d else { continue };
                for spec in specs {
                    let Some(o) = self
                        .env
                        .scopes
                        .get(self.pkg_scope)
                        .names
                        .get(&spec.name.name)
                        .copied()
                    else {
                        continue;
                    };
                    let t = self.env.obj(o).ty;
                    let Some(nid) = self.env.types.as_named(t) else {
                        continue;
                    };
                    let under = self.env.types.underlying(t);
                    let crate::types::Type::Struct(fields) = self.env.types.get(under).clone()
                    else {
                        continue;
                    };
                    let methods = self.env.types.named(nid).methods.clone();
                    for m in methods {
                        if fields.iter().any(|f| f.name == m.name) {
                            self.error(
                                m.span,
                                format!("field and method with the same name {}", m.name),
                            );
                        }
                    }
                }
            }
        }
    }

    /// Checks a function or method body.
    pub(crate) fn func_body(&mut self, fd: &'a ast::FuncDecl, fs: ScopeId, _obj: Option<ObjId>) {
        let Some(body) = &fd.body else { return };
        if fd.type_params.is_some() {
            // Rejected already; its type parameters are not declared.
            return;
        }
        self.scope = fs;
        let fscope = self.env.scopes.new_scope(Some(fs), true);
        self.scope = fscope;
        if let Some(recv) = &fd.recv {
            let t = self.typ(&recv.ty);
            for n in &recv.names {
                self.declare_var(n, t, true);
            }
        }
        let (sig, named_results) = self.signature(&fd.sig, Some(fscope));
        self.func = Some(FuncCtx { sig, named_results });
        self.func_block(body);
        self.func = None;
        self.scope = self.pkg_scope;
    }

    /// Records function `fd` (its body not parsed) for lazy.rs.
    fn defer_body(&mut self, fd: &'a ast::FuncDecl, fs: ScopeId, obj: Option<ObjId>) {
        let Some(body) = &fd.body else { return };
        let recv = fd.recv.as_ref().and_then(|r| {
            let mut base = &r.ty;
            while let ExprKind::Star(b) | ExprKind::Paren(b) = &base.kind {
                base = b;
            }
            let t = self.env.exprs.get(base.id.0 as usize)?.as_ref()?.ty;
            self.env.types.as_named(t)
        });
        self.env.reach.deferred.push(super::lazy::Deferred {
            pkg: self.pkg,
            file_scope: fs,
            obj,
            recv,
            is_init: fd.recv.is_none() && fd.name.name == "init",
            at: (body.span.file, body.span.lo),
            cached: None,
        });
    }

    /// Declares a function-local variable in the current scope.
    pub fn declare_var(&mut self, name: &ast::Ident, ty: TypeId, param: bool) -> ObjId {
        let obj = self.env.new_obj(Object {
            name: name.name.clone(),
            kind: ObjKind::Var { local: true, param },
            ty,
            span: Some(name.span),
            pkg: self.pkg,
            used: param,
        });
        if !name.is_blank() {
            if let Some(old) = self.env.scopes.insert(self.scope, &name.name, obj) {
                self.redeclared(name.span, &name.name, old);
                // Reported once; not also as unused.
                self.env.obj_mut(obj).used = true;
            }
        }
        obj
    }

    /// The package that declared the current code.
    pub fn pkg_id(&self) -> PkgId {
        self.pkg
    }
}
