//! Type expressions: from syntax (`[]map[string]*T`) to a [`TypeId`], with
//! Go's checks on array lengths, map keys, struct fields, interfaces and
//! signatures, and the detection of invalid recursive types.

use super::operand::Mode;
use super::scope::{ObjId, ObjKind, ScopeId};
use super::Checker;
use crate::ast::{self, ExprKind};
use crate::types::{Field, Method, Type, TypeId};

impl<'a, 'm> Checker<'a, 'm> {
    /// The type denoted by `e`; reports and returns `invalid` if it is none.
    pub fn typ(&mut self, e: &'a ast::Expr) -> TypeId {
        let t = self.typ_inner(e);
        self.env.record(
            e.id,
            super::ExprInfo {
                ty: t,
                value: None,
                is_type: true,
            },
        );
        t
    }

    fn indirect<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> T {
        self.indirection += 1;
        let r = f(self);
        self.indirection -= 1;
        r
    }

    fn typ_inner(&mut self, e: &'a ast::Expr) -> TypeId {
        let inv = self.env.wk.invalid;
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let op = self.expr_or_type(e);
                match op.mode {
                    Mode::Type => op.ty,
                    Mode::Invalid => inv,
                    _ => {
                        let t = self.text(e.span);
                        self.error(e.span, format!("{t} is not a type"));
                        inv
                    }
                }
            }
            ExprKind::Paren(x) => self.typ(x),
            ExprKind::Star(x) => {
                let el = self.indirect(|c| c.typ(x));
                self.env.types.pointer(el)
            }
            ExprKind::ArrayType { len, dots, elem } => match len {
                None if *dots => {
                    self.error(
                        e.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.typ(elem);
                    inv
                }
                None => {
                    let el = self.indirect(|c| c.typ(elem));
                    self.env.types.slice(el)
                }
                Some(n) => {
                    let len = self.array_length(n);
                    let el = self.typ(elem);
                    match len {
                        Some(l) => self.env.types.intern(Type::Array(l, el)),
                        None => inv,
                    }
                }
            },
            ExprKind::MapType(k, v) => {
                let (kt, vt) = self.indirect(|c| (c.typ(k), c.typ(v)));
                if self.type_complete(kt) {
                    if !self.env.types.is_comparable(kt) && !self.env.types.is_invalid(kt) {
                        let ks = self.ts(kt);
                        self.error(k.span, format!("invalid map key type {ks}"));
                    }
                } else {
                    self.delayed.push((k.span, kt));
                }
                self.env.types.intern(Type::Map(kt, vt))
            }
            ExprKind::ChanType(dir, el) => {
                let et = self.indirect(|c| c.typ(el));
                self.env.types.intern(Type::Chan(*dir, et))
            }
            ExprKind::FuncType(sig) => self.indirect(|c| c.signature(sig, None).0),
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::InterfaceType(elems) => self.interface_type(e, elems),
            ExprKind::Bad => inv,
            _ => {
                let t = self.text(e.span);
                self.error(e.span, format!("{t} is not a type"));
                inv
            }
        }
    }

    /// The constant length of an array type.
    fn array_length(&mut self, n: &'a ast::Expr) -> Option<u64> {
        let op = self.expr(n);
        match &op.mode {
            Mode::Invalid => None,
            Mode::Const(v) => {
                let d = self.describe(&op);
                if !self.is_integer_type(op.ty) && !v.is_integral() {
                    self.error(n.span, format!("array length {d} must be integer"));
                    return None;
                }
                match v.to_i64() {
                    Some(l) if l >= 0 => Some(l as u64),
                    _ => {
                        self.error(n.span, format!("invalid array length {d}"));
                        None
                    }
                }
            }
            _ => {
                let d = self.describe(&op);
                self.error(n.span, format!("array length {d} must be constant"));
                None
            }
        }
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: std::collections::HashMap<String, ()> = Default::default();
        for f in fields {
            let t = self.typ(&f.ty);
            let mut add = |c: &mut Self, name: String, span, embedded| {
                if name != "_" && seen.insert(name.clone(), ()).is_some() {
                    c.error(span, format!("{name} redeclared"));
                }
                out.push(Field {
                    name,
                    ty: t,
                    embedded,
                    // An empty tag is no tag: `struct{ x int "" }` is `struct{ x int }`.
                    tag: f.tag.clone().filter(|t| !t.is_empty()),
                    pkg: c.pkg,
                });
            };
            if f.names.is_empty() {
                // Embedded: the field's name is the type's name.
                let base = match &f.ty.kind {
                    ExprKind::Star(b) => b,
                    _ => &f.ty,
                };
                let name = match &base.kind {
                    ExprKind::Ident(n) => n.clone(),
                    ExprKind::Selector(_, n) => n.name.clone(),
                    _ => "?".to_string(),
                };
                add(self, name, f.ty.span, true);
            } else {
                for n in &f.names {
                    add(self, n.name.clone(), n.span, false);
                }
            }
        }
        self.env.types.intern(Type::Struct(out))
    }

    fn interface_type(&mut self, e: &'a ast::Expr, elems: &'a [ast::InterfaceElem]) -> TypeId {
        let mut methods: Vec<Method> = Vec::new();
        let mut ok = true;
        for el in elems {
            match el {
                ast::InterfaceElem::Method { name, sig } => {
                    let s = self.indirect(|c| c.signature(sig, None).0);
                    if methods.iter().any(|m| m.name == name.name) {
                        self.error(name.span, format!("duplicate method {}", name.name));
                        continue;
                    }
                    methods.push(Method {
                        name: name.name.clone(),
                        sig: s,
                        pkg: self.pkg,
                    });
                }
                ast::InterfaceElem::Embedded(x) => {
                    if matches!(x.kind, ExprKind::Tilde(_) | ExprKind::Binary(..)) {
                        self.error(x.span, "generics are not supported (type constraints)");
                        ok = false;
                        continue;
                    }
                    let t = self.typ(x);
                    if self.env.types.is_invalid(t) {
                        ok = false;
                        continue;
                    }
                    match self.env.types.under(t).clone() {
                        Type::Interface(ms) => {
                            for m in ms {
                                match methods.iter().find(|x| x.name == m.name) {
                                    Some(prev) if prev.sig != m.sig => {
                                        self.error(x.span, format!("duplicate method {}", m.name));
                                    }
                                    Some(_) => {}
                                    None => methods.push(m),
                                }
                            }
                        }
                        _ => {
                            let ts = self.ts(t);
                            self.error(
                                x.span,
                                format!("generics are not supported (type constraint {ts})"),
                            );
                            ok = false;
                        }
                    }
                }
            }
        }
        let _ = e;
        if !ok {
            return self.env.wk.invalid;
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        self.env.types.intern(Type::Interface(methods))
    }

    /// The type of a signature. With `scope`, also declares the parameters
    /// and results there (for a function body) and returns the named results.
    pub fn signature(
        &mut self,
        sig: &'a ast::FuncType,
        scope: Option<ScopeId>,
    ) -> (TypeId, Vec<ObjId>) {
        let mut params = Vec::new();
        let mut variadic = false;
        let n = sig.params.len();
        let mut decl: Vec<(ast::Ident, TypeId)> = Vec::new();
        for (i, f) in sig.params.iter().enumerate() {
            let mut t = self.typ(&f.ty);
            if f.variadic {
                if i + 1 != n || f.names.len() > 1 {
                    // At the `...`, which sits before the type.
                    let name_end = f.names.last().map_or(f.span.lo, |x| x.span.hi);
                    let dots = self.env.token_after(f.span.file, name_end, 3);
                    self.error(dots, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.env.types.slice(t);
            }
            if f.names.is_empty() {
                params.push(t);
            }
            for nm in &f.names {
                params.push(t);
                decl.push((nm.clone(), t));
            }
        }
        let mut results = Vec::new();
        let mut rdecl: Vec<(ast::Ident, TypeId)> = Vec::new();
        for f in &sig.results {
            let t = self.typ(&f.ty);
            if f.variadic {
                self.error(f.span, "can only use ... with final parameter in list");
            }
            if f.names.is_empty() {
                results.push(t);
            }
            for nm in &f.names {
                results.push(t);
                rdecl.push((nm.clone(), t));
            }
        }
        let st = self.env.types.func(params, results, variadic);
        // Parameter and result names share one block.
        let mut names: Vec<&ast::Ident> = Vec::new();
        for f in sig.params.iter().chain(&sig.results) {
            for nm in &f.names {
                if nm.name != "_" && names.iter().any(|x| x.name == nm.name) {
                    self.error(nm.span, format!("duplicate argument {}", nm.name));
                }
                names.push(nm);
            }
        }
        let mut named = Vec::new();
        if let Some(s) = scope {
            let saved = self.scope;
            self.scope = s;
            for (nm, t) in decl {
                if !self.env.scopes.get(s).names.contains_key(&nm.name) {
                    self.declare_var(&nm, t, true);
                }
            }
            for (nm, t) in rdecl {
                if !self.env.scopes.get(s).names.contains_key(&nm.name) {
                    named.push(self.declare_var(&nm, t, true));
                }
            }
            self.scope = saved;
        }
        (st, named)
    }

    /// Whether every defined type inside `t` has its underlying type set
    /// (it may not while declarations are being resolved).
    fn type_complete(&self, t: TypeId) -> bool {
        fn walk(c: &Checker<'_, '_>, t: TypeId, depth: u32) -> bool {
            if depth > 50 {
                return false;
            }
            match c.env.types.get(t) {
                Type::Named(n) => {
                    let u = c.env.types.named(*n).underlying;
                    !c.env.types.is_invalid(u) && walk(c, u, depth + 1)
                }
                Type::Array(_, e) => walk(c, *e, depth + 1),
                Type::Struct(fs) => fs.iter().all(|f| walk(c, f.ty, depth + 1)),
                _ => true,
            }
        }
        walk(self, t, 0)
    }

    /// Resolves a type name to its object, checking for invalid recursion.
    pub fn type_name_obj(&mut self, obj: ObjId, span: crate::source::Span) -> TypeId {
        if matches!(self.env.obj(obj).kind, ObjKind::TypeName) && self.decls.contains_key(&obj) {
            if self.state.get(&obj) == Some(&super::decl::State::InProgress) {
                let alias = matches!(self.decls.get(&obj), Some(super::decl::DeclRef::Type { spec, .. }) if spec.alias);
                let entry = self.entry_indirection.get(&obj).copied().unwrap_or(0);
                if (self.indirection == entry || alias) && !self.cycle_reported.contains(&obj) {
                    self.cycle_reported.push(obj);
                    let name = self.env.obj(obj).name.clone();
                    let at = self.env.obj(obj).span.unwrap_or(span);
                    self.error(at, format!("invalid recursive type {name}"));
                    return self.env.wk.invalid;
                }
            } else {
                self.resolve(obj);
            }
        }
        self.env.obj(obj).ty
    }
}
