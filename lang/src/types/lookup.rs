//! Selectors, method sets and interface satisfaction.
//!
//! [`TypeTable::lookup_field_or_method`] is `lookupFieldOrMethod` of
//! `cmd/compile/internal/types2/lookup.go` (gc 1.19), which implements the
//! spec's "Selectors": the shallowest depth wins, two hits at one depth are
//! ambiguous, and a named type seen at a shallower depth shadows itself
//! deeper down (that also ends the search on recursive embeddings such as
//! `type T struct{ *T }`). The search is breadth first:
//!
//! ```text
//! depth 0:  T's methods, T's fields (or interface methods)
//! depth 1:  for each embedded field E (or *E) of T: E's methods, E's fields
//! depth 2:  ...
//! ```
//!
//! [`TypeTable::missing_method`] is `missingMethod`: the method set of a
//! value of type `T` holds the methods with value receivers, plus those
//! promoted through embedded fields, where a pointer receiver is allowed only
//! if the path went through a pointer; `*T` has them all. That is why a
//! lookup reports `indirect` and `pointer_recv` and leaves the final decision
//! (`x.m()` on an addressable `x` is `(&x).m()`) to the checker.
//!
//! Unlike types2, `lookup_field_or_method` takes no `addressable` flag: a
//! pointer method reached without indirection is returned, and
//! [`LookupResult::needs_addressable`] tells the caller to insist on it.

use super::{NamedId, PkgId, Type, TypeId, TypeTable};

/// The result of a selector lookup `x.name`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupResult {
    /// A struct field. `index_path` lists the field index at each depth,
    /// starting at depth 0 (embedded fields, then the field itself).
    Field {
        index_path: Vec<usize>,
        ty: TypeId,
        /// A pointer was dereferenced on the way (`x` itself is a pointer, or
        /// an embedded `*E` was crossed).
        indirect: bool,
    },
    /// A method, declared on a defined type or required by an interface
    /// (possibly an embedded one).
    Method {
        /// The embedded fields crossed to reach the method's receiver, from
        /// depth 0; empty if the method belongs to `x`'s type itself.
        index_path: Vec<usize>,
        /// The type the method was found in (after dereferencing): the
        /// defined type of a concrete method, or the interface type.
        recv: TypeId,
        /// The defined type declaring a concrete method; `None` for
        /// interface methods.
        named: Option<NamedId>,
        /// Index into `Named::methods`, or into the interface's method list.
        method_index: usize,
        /// The method's signature without receiver (a `Type::Func`).
        sig: TypeId,
        /// Declared with a `*T` receiver.
        pointer_recv: bool,
        /// As in `Field`.
        indirect: bool,
        from_interface: bool,
    },
    /// The name is found more than once at the shallowest depth where it
    /// occurs: gc's "ambiguous selector x.f".
    Ambiguous,
    NotFound,
}

impl LookupResult {
    /// A pointer method reached with no pointer on the way: `x.m` is valid
    /// only if `x` is addressable (then it means `(&x).m`). gc otherwise says
    /// "cannot call pointer method m on T".
    pub fn needs_addressable(&self) -> bool {
        matches!(
            self,
            LookupResult::Method {
                pointer_recv: true,
                indirect: false,
                ..
            }
        )
    }
}

/// Why a type does not implement an interface method.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MissingKind {
    /// No such method: none at all, a field of that name, or an ambiguous
    /// selector. gc: "(missing M method)".
    Missing,
    /// A method of that name whose signature differs. gc: "(wrong type for M
    /// method)\n\t\thave M(string)\n\t\twant M(int)".
    WrongType { have: TypeId, want: TypeId },
    /// The method has a pointer receiver, so only `*T` has it. gc: "(M method
    /// has pointer receiver)".
    PointerReceiver,
    /// A method whose name differs only in case. gc: "(missing m
    /// method)\n\t\thave M()\n\t\twant m()".
    WrongName {
        have: String,
        have_sig: TypeId,
        want: TypeId,
    },
}

/// One entry of the breadth-first search: `embeddedType` in types2.
#[derive(Clone)]
struct Embedded {
    ty: TypeId,
    path: Vec<usize>,
    indirect: bool,
    /// `ty` occurs more than once at this depth, so any hit is ambiguous.
    multiples: bool,
}

/// Go's exported-name rule: the first character is an upper-case letter.
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a declaration `(decl_pkg, decl_name)` is denoted by `name` used
/// in package `pkg`: unexported names from different packages differ.
fn same_id(decl_name: &str, decl_pkg: PkgId, name: &str, pkg: PkgId) -> bool {
    decl_name == name && (is_exported(name) || decl_pkg == pkg)
}

/// `strings.EqualFold`, close enough for identifiers.
fn equal_fold(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// types2 `lookupMethod`: like `same_id`, but with `fold_case` a method
/// whose name differs only in case also matches.
fn method_matches(
    decl_name: &str,
    decl_pkg: PkgId,
    name: &str,
    pkg: PkgId,
    fold_case: bool,
) -> bool {
    (decl_name == name || fold_case && equal_fold(decl_name, name))
        && same_id(decl_name, decl_pkg, decl_name, pkg)
}

impl TypeTable {
    /// Looks up `x.name` for `x` of type `t`, in package `pkg`
    /// (`LookupFieldOrMethod` with the named-pointer rule: a defined pointer
    /// type `type P *S` has the fields of `S` but never methods).
    pub fn lookup_field_or_method(&self, t: TypeId, name: &str, pkg: PkgId) -> LookupResult {
        if let Type::Named(n) = self.get(t) {
            let u = self.named(*n).underlying;
            if let Type::Pointer(base) = self.get(u) {
                return match self.lookup_from(*base, true, name, pkg, false) {
                    LookupResult::Method { .. } => LookupResult::NotFound,
                    r => r,
                };
            }
        }
        self.lookup(t, name, pkg, false)
    }

    /// types2 `lookupFieldOrMethod(T, ...)`: an unnamed pointer `*E` is
    /// searched as `E` with `indirect` set.
    fn lookup(&self, t: TypeId, name: &str, pkg: PkgId, fold_case: bool) -> LookupResult {
        match self.get(t) {
            Type::Pointer(base) => self.lookup_from(*base, true, name, pkg, fold_case),
            _ => self.lookup_from(t, false, name, pkg, fold_case),
        }
    }

    /// The breadth-first search, starting at `typ` (already dereferenced
    /// once if `is_ptr`).
    fn lookup_from(
        &self,
        typ: TypeId,
        is_ptr: bool,
        name: &str,
        pkg: PkgId,
        fold_case: bool,
    ) -> LookupResult {
        if name == "_" {
            return LookupResult::NotFound; // blank fields and methods are never found
        }
        // *I for an interface I has no methods (and no fields).
        if is_ptr && self.is_interface(typ) {
            return LookupResult::NotFound;
        }
        let mut current = vec![Embedded {
            ty: typ,
            path: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: Vec<NamedId> = Vec::new();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            let mut found: Option<LookupResult> = None;
            for e in &current {
                if let Type::Named(n) = self.get(e.ty) {
                    if seen.contains(n) {
                        // Seen at a shallower depth, which shadows this one.
                        continue;
                    }
                    seen.push(*n);
                    let named = self.named(*n);
                    if let Some(i) = named
                        .methods
                        .iter()
                        .position(|m| method_matches(&m.name, m.pkg, name, pkg, fold_case))
                    {
                        if found.is_some() || e.multiples {
                            return LookupResult::Ambiguous;
                        }
                        let m = &named.methods[i];
                        found = Some(LookupResult::Method {
                            index_path: e.path.clone(),
                            recv: e.ty,
                            named: Some(*n),
                            method_index: i,
                            sig: m.sig,
                            pointer_recv: m.pointer_recv,
                            indirect: e.indirect,
                            from_interface: false,
                        });
                        // A type cannot have a field or interface method of
                        // the same name as one of its methods.
                        continue;
                    }
                }
                match self.under(e.ty) {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if same_id(&f.name, f.pkg, name, pkg) {
                                if found.is_some() || e.multiples {
                                    return LookupResult::Ambiguous;
                                }
                                let mut path = e.path.clone();
                                path.push(i);
                                found = Some(LookupResult::Field {
                                    index_path: path,
                                    ty: f.ty,
                                    indirect: e.indirect,
                                });
                                continue;
                            }
                            // Embedded fields are searched one depth further
                            // down, unless the name is already found here.
                            if found.is_none() && f.embedded {
                                let (ty, ptr) = match self.get(f.ty) {
                                    Type::Pointer(base) => (*base, true),
                                    _ => (f.ty, false),
                                };
                                let mut path = e.path.clone();
                                path.push(i);
                                next.push(Embedded {
                                    ty,
                                    path,
                                    indirect: e.indirect || ptr,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(methods) => {
                        if let Some(i) = methods
                            .iter()
                            .position(|m| method_matches(&m.name, m.pkg, name, pkg, fold_case))
                        {
                            if found.is_some() || e.multiples {
                                return LookupResult::Ambiguous;
                            }
                            found = Some(LookupResult::Method {
                                index_path: e.path.clone(),
                                recv: e.ty,
                                named: None,
                                method_index: i,
                                sig: methods[i].sig,
                                pointer_recv: false,
                                indirect: e.indirect,
                                from_interface: true,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if let Some(r) = found {
                return r;
            }
            current = consolidate_multiples(next);
        }
        LookupResult::NotFound
    }

    /// Whether `x.name` for a non-addressable `x` of type `t` is a method of
    /// `t`'s method set, i.e. types2 `lookupFieldOrMethod(T, false, ...)`
    /// returned a `*Func`. Returns the method's name and signature.
    fn method_in_set(
        &self,
        t: TypeId,
        is_ptr: bool,
        name: &str,
        pkg: PkgId,
        fold_case: bool,
    ) -> Option<(String, TypeId)> {
        let r = if is_ptr {
            self.lookup_from(t, true, name, pkg, fold_case)
        } else {
            self.lookup(t, name, pkg, fold_case)
        };
        if r.needs_addressable() {
            return None;
        }
        match r {
            LookupResult::Method {
                named,
                recv,
                method_index,
                sig,
                ..
            } => {
                let name = match named {
                    Some(n) => self.named(n).methods[method_index].name.clone(),
                    None => match self.under(recv) {
                        Type::Interface(ms) => ms[method_index].name.clone(),
                        _ => unreachable!("interface method found outside an interface"),
                    },
                };
                Some((name, sig))
            }
            _ => None,
        }
    }

    /// The first method of interface `iface` that `v` lacks, and why
    /// (types2 `missingMethod`). `None` if `v` implements `iface`, or if
    /// `iface` is not an interface.
    ///
    /// If `v` is an interface itself and `static_check` is false (a type
    /// assertion from `v` to an interface), only the methods both have must
    /// agree in type; otherwise every method must be present.
    pub fn missing_method(
        &self,
        v: TypeId,
        iface: TypeId,
        static_check: bool,
    ) -> Option<(String, MissingKind)> {
        let Type::Interface(want) = self.under(iface) else {
            return None;
        };
        if let Type::Interface(have) = self.under(v) {
            for m in want {
                match have
                    .iter()
                    .find(|f| same_id(&f.name, f.pkg, &m.name, m.pkg))
                {
                    None if static_check => return Some((m.name.clone(), MissingKind::Missing)),
                    None => {}
                    Some(f) if f.sig != m.sig => {
                        let kind = MissingKind::WrongType {
                            have: f.sig,
                            want: m.sig,
                        };
                        return Some((m.name.clone(), kind));
                    }
                    Some(_) => {}
                }
            }
            return None;
        }
        for m in want {
            if let Some((_, sig)) = self.method_in_set(v, false, &m.name, m.pkg, false) {
                if sig != m.sig {
                    let kind = MissingKind::WrongType {
                        have: sig,
                        want: m.sig,
                    };
                    return Some((m.name.clone(), kind));
                }
                continue;
            }
            // Not in v's method set: is it on *v, or there with another case?
            let alt = self
                .method_in_set(v, true, &m.name, m.pkg, false)
                .or_else(|| self.method_in_set(v, false, &m.name, m.pkg, true));
            let kind = match alt {
                None => MissingKind::Missing,
                Some((name, sig)) if name != m.name => MissingKind::WrongName {
                    have: name,
                    have_sig: sig,
                    want: m.sig,
                },
                Some((_, sig)) if sig == m.sig => MissingKind::PointerReceiver,
                Some((_, sig)) => MissingKind::WrongType {
                    have: sig,
                    want: m.sig,
                },
            };
            return Some((m.name.clone(), kind));
        }
        None
    }

    /// Whether `v` implements interface `iface`, ignoring why not. An
    /// invalid type implements everything, so one error is reported once.
    pub fn implements(&self, v: TypeId, iface: TypeId) -> bool {
        if self.is_invalid(self.underlying(v)) || self.is_invalid(self.underlying(iface)) {
            return true;
        }
        self.is_interface(iface) && self.missing_method(v, iface, true).is_none()
    }

    /// For a type assertion `x.(t)` with `x` of interface type `iface`: the
    /// method that makes it impossible (types2 `assertableTo`). gc:
    /// "impossible type assertion: x.(T)\n\tT does not implement I (missing M
    /// method)". Asserting to an interface type is always possible.
    pub fn assertable_to(&self, iface: TypeId, t: TypeId) -> Option<(String, MissingKind)> {
        if self.is_interface(t) {
            return None;
        }
        self.missing_method(t, iface, false)
    }

    /// The signature of the exported method `name` in the method set of `t`
    /// (a value of `t` held in an interface has it), if there is one.
    pub fn method_set_sig(&self, t: TypeId, name: &str) -> Option<TypeId> {
        debug_assert!(is_exported(name), "only exported names need no package");
        self.method_in_set(t, false, name, PkgId(0), false)
            .map(|(_, sig)| sig)
    }

    /// The signature of method `name` (of package `pkg` when unexported)
    /// in the method set of `t`, if it has one: what an itab for `t` needs.
    pub fn method_set_method(&self, t: TypeId, name: &str, pkg: PkgId) -> Option<TypeId> {
        self.method_in_set(t, false, name, pkg, false)
            .map(|(_, sig)| sig)
    }

    /// The names in the method set of `t`, sorted: those `x.m` finds for a
    /// non-addressable `x` of type `t`. For tests and debugging.
    pub fn method_set_names(&self, t: TypeId) -> Vec<String> {
        // Every method reachable through embedding is a candidate; the
        // lookup then applies shadowing, ambiguity and receiver rules.
        let mut candidates: Vec<(String, PkgId)> = Vec::new();
        let mut stack = vec![match self.get(t) {
            Type::Pointer(base) => *base,
            _ => t,
        }];
        let mut seen = Vec::new();
        while let Some(ty) = stack.pop() {
            if seen.contains(&ty) {
                continue;
            }
            seen.push(ty);
            if let Type::Named(n) = self.get(ty) {
                for m in &self.named(*n).methods {
                    candidates.push((m.name.clone(), m.pkg));
                }
            }
            match self.under(ty) {
                Type::Struct(fields) => {
                    for f in fields.iter().filter(|f| f.embedded) {
                        stack.push(match self.get(f.ty) {
                            Type::Pointer(base) => *base,
                            _ => f.ty,
                        });
                    }
                }
                Type::Interface(ms) => {
                    candidates.extend(ms.iter().map(|m| (m.name.clone(), m.pkg)));
                }
                _ => {}
            }
        }
        let mut names: Vec<String> = candidates
            .into_iter()
            .filter(|(name, pkg)| self.method_in_set(t, false, name, *pkg, false).is_some())
            .map(|(name, _)| name)
            .collect();
        names.sort();
        names.dedup();
        names
    }
}

/// Merges entries of the same type at one depth into one marked `multiples`
/// (types2 `consolidateMultiples`): `struct{ A; B }` where both A and B
/// embed `C` reaches `C` twice at depth 2, so any name found in `C` is
/// ambiguous.
fn consolidate_multiples(list: Vec<Embedded>) -> Vec<Embedded> {
    let mut out: Vec<Embedded> = Vec::with_capacity(list.len());
    for e in list {
        match out.iter_mut().find(|o| o.ty == e.ty) {
            Some(o) => o.multiples = true,
            None => out.push(e),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{BasicKind, Field, Method, MethodDecl, Type, TypeTable};
    use super::*;
    use crate::source::Span;

    fn field(name: &str, ty: TypeId, embedded: bool, pkg: PkgId) -> Field {
        Field {
            name: name.to_string(),
            ty,
            embedded,
            tag: None,
            pkg,
        }
    }

    fn add_method(tt: &mut TypeTable, t: TypeId, name: &str, sig: TypeId, pointer_recv: bool) {
        let n = tt.as_named(t).unwrap();
        let pkg = tt.named(n).pkg;
        tt.named_mut(n).methods.push(MethodDecl {
            name: name.to_string(),
            pkg,
            sig,
            pointer_recv,
            span: Span::default(),
            func: None,
        });
    }

    fn set_struct(tt: &mut TypeTable, t: TypeId, fields: Vec<Field>) {
        let s = tt.intern(Type::Struct(fields));
        let n = tt.as_named(t).unwrap();
        tt.named_mut(n).underlying = s;
    }

    /// type Inner struct{ X int }  with  func (Inner) Get() int; func (*Inner) Set(int)
    /// type Outer struct{ Inner; Y int }
    /// type POuter struct{ *Inner }
    struct World {
        tt: TypeTable,
        pkg: PkgId,
        int: TypeId,
        get: TypeId,
        set: TypeId,
        inner: TypeId,
        outer: TypeId,
        pouter: TypeId,
    }

    fn world() -> World {
        let mut tt = TypeTable::new();
        let pkg = tt.add_package("main", "main");
        let int = tt.basic(BasicKind::Int);
        let get = tt.func(vec![], vec![int], false);
        let set = tt.func(vec![int], vec![], false);
        let inner = tt.new_named("Inner", pkg, None);
        set_struct(&mut tt, inner, vec![field("X", int, false, pkg)]);
        add_method(&mut tt, inner, "Get", get, false);
        add_method(&mut tt, inner, "Set", set, true);
        let outer = tt.new_named("Outer", pkg, None);
        set_struct(
            &mut tt,
            outer,
            vec![
                field("Inner", inner, true, pkg),
                field("Y", int, false, pkg),
            ],
        );
        let pinner = tt.pointer(inner);
        let pouter = tt.new_named("POuter", pkg, None);
        set_struct(&mut tt, pouter, vec![field("Inner", pinner, true, pkg)]);
        World {
            tt,
            pkg,
            int,
            get,
            set,
            inner,
            outer,
            pouter,
        }
    }

    #[test]
    fn fields_and_promoted_methods() {
        let mut w = world();
        let tt = &w.tt;
        assert_eq!(
            tt.lookup_field_or_method(w.outer, "X", w.pkg),
            LookupResult::Field {
                index_path: vec![0, 0],
                ty: w.int,
                indirect: false
            }
        );
        assert_eq!(
            tt.lookup_field_or_method(w.outer, "Y", w.pkg),
            LookupResult::Field {
                index_path: vec![1],
                ty: w.int,
                indirect: false
            }
        );
        match tt.lookup_field_or_method(w.outer, "Get", w.pkg) {
            LookupResult::Method {
                index_path,
                sig,
                pointer_recv,
                indirect,
                ..
            } => {
                assert_eq!(
                    (index_path, sig, pointer_recv, indirect),
                    (vec![0], w.get, false, false)
                );
            }
            r => panic!("{r:?}"),
        }
        let r = tt.lookup_field_or_method(w.outer, "Set", w.pkg);
        assert!(r.needs_addressable());
        let r = tt.lookup_field_or_method(w.pouter, "Set", w.pkg);
        assert!(matches!(r, LookupResult::Method { indirect: true, sig, .. } if sig == w.set));
        assert_eq!(
            tt.lookup_field_or_method(w.outer, "Z", w.pkg),
            LookupResult::NotFound
        );
        assert_eq!(
            tt.lookup_field_or_method(w.outer, "_", w.pkg),
            LookupResult::NotFound
        );
        let pouter_ptr = w.tt.pointer(w.outer);
        assert!(matches!(
            w.tt.lookup_field_or_method(pouter_ptr, "X", w.pkg),
            LookupResult::Field { indirect: true, .. }
        ));

        // Method sets: Outer lacks the promoted pointer method, *Outer and
        // POuter (which embeds *Inner) have it.
        assert_eq!(w.tt.method_set_names(w.outer), vec!["Get"]);
        assert_eq!(w.tt.method_set_names(pouter_ptr), vec!["Get", "Set"]);
        assert_eq!(w.tt.method_set_names(w.pouter), vec!["Get", "Set"]);
        assert_eq!(w.tt.method_set_names(w.inner), vec!["Get"]);
    }

    #[test]
    fn ambiguity_and_shadowing() {
        let mut w = world();
        let tt = &mut w.tt;
        let pkg = w.pkg;
        // type A struct{ X int }; type B struct{ X int }; type C struct{ A; B }
        let a = tt.new_named("A", pkg, None);
        set_struct(tt, a, vec![field("X", w.int, false, pkg)]);
        let b = tt.new_named("B", pkg, None);
        set_struct(tt, b, vec![field("X", w.int, false, pkg)]);
        let c = tt.new_named("C", pkg, None);
        set_struct(
            tt,
            c,
            vec![field("A", a, true, pkg), field("B", b, true, pkg)],
        );
        assert_eq!(
            tt.lookup_field_or_method(c, "X", pkg),
            LookupResult::Ambiguous
        );
        // type D struct{ C; X string }: the shallower X shadows both.
        let string = tt.basic(BasicKind::String);
        let d = tt.new_named("D", pkg, None);
        set_struct(
            tt,
            d,
            vec![field("C", c, true, pkg), field("X", string, false, pkg)],
        );
        assert_eq!(
            tt.lookup_field_or_method(d, "X", pkg),
            LookupResult::Field {
                index_path: vec![1],
                ty: string,
                indirect: false
            }
        );
        // type E struct{ A; *A2 } where A2 also embeds Inner twice over: the
        // same type reached twice at one depth is ambiguous.
        let e1 = tt.new_named("E1", pkg, None);
        set_struct(tt, e1, vec![field("Inner", w.inner, true, pkg)]);
        let e2 = tt.new_named("E2", pkg, None);
        set_struct(tt, e2, vec![field("Inner", w.inner, true, pkg)]);
        let e = tt.new_named("E", pkg, None);
        set_struct(
            tt,
            e,
            vec![field("E1", e1, true, pkg), field("E2", e2, true, pkg)],
        );
        assert_eq!(
            tt.lookup_field_or_method(e, "Get", pkg),
            LookupResult::Ambiguous
        );
        assert_eq!(tt.method_set_names(e), Vec::<String>::new());
        // Recursive embedding terminates: type R struct{ *R; V int }.
        let r = tt.new_named("R", pkg, None);
        let pr = tt.pointer(r);
        set_struct(
            tt,
            r,
            vec![field("R", pr, true, pkg), field("V", w.int, false, pkg)],
        );
        assert_eq!(
            tt.lookup_field_or_method(r, "W", pkg),
            LookupResult::NotFound
        );
        assert!(matches!(
            tt.lookup_field_or_method(r, "V", pkg),
            LookupResult::Field { .. }
        ));
    }

    #[test]
    fn unexported_names_and_named_pointers() {
        let mut w = world();
        let tt = &mut w.tt;
        let other = tt.add_package("other", "other");
        let s = tt.new_named("S", other, None);
        set_struct(
            tt,
            s,
            vec![
                field("x", w.int, false, other),
                field("Y", w.int, false, other),
            ],
        );
        assert_eq!(
            tt.lookup_field_or_method(s, "x", w.pkg),
            LookupResult::NotFound
        );
        assert!(matches!(
            tt.lookup_field_or_method(s, "x", other),
            LookupResult::Field { .. }
        ));
        assert!(matches!(
            tt.lookup_field_or_method(s, "Y", w.pkg),
            LookupResult::Field { .. }
        ));
        // type P *Inner: fields yes, methods no.
        let pinner = tt.pointer(w.inner);
        let p = tt.new_named("P", w.pkg, None);
        let n = tt.as_named(p).unwrap();
        tt.named_mut(n).underlying = pinner;
        assert!(matches!(
            tt.lookup_field_or_method(p, "X", w.pkg),
            LookupResult::Field { indirect: true, .. }
        ));
        assert_eq!(
            tt.lookup_field_or_method(p, "Get", w.pkg),
            LookupResult::NotFound
        );
    }

    #[test]
    fn interface_satisfaction() {
        let mut w = world();
        let tt = &mut w.tt;
        let pkg = w.pkg;
        let string = tt.basic(BasicKind::String);
        let getter = tt.intern(Type::Interface(vec![Method {
            name: "Get".into(),
            sig: w.get,
            pkg,
        }]));
        let setter = tt.intern(Type::Interface(vec![Method {
            name: "Set".into(),
            sig: w.set,
            pkg,
        }]));
        let pinner = tt.pointer(w.inner);
        assert_eq!(tt.missing_method(w.inner, getter, true), None);
        assert_eq!(
            tt.missing_method(w.inner, setter, true),
            Some(("Set".to_string(), MissingKind::PointerReceiver))
        );
        assert_eq!(tt.missing_method(pinner, setter, true), None);
        assert!(tt.implements(w.pouter, setter));
        assert!(!tt.implements(w.outer, setter));
        // Wrong type.
        let set_str = tt.func(vec![string], vec![], false);
        let setter2 = tt.intern(Type::Interface(vec![Method {
            name: "Set".into(),
            sig: set_str,
            pkg,
        }]));
        assert_eq!(
            tt.missing_method(pinner, setter2, true),
            Some((
                "Set".to_string(),
                MissingKind::WrongType {
                    have: w.set,
                    want: set_str
                }
            ))
        );
        // Wrong case.
        let lower = tt.intern(Type::Interface(vec![Method {
            name: "get".into(),
            sig: w.get,
            pkg,
        }]));
        assert_eq!(
            tt.missing_method(w.inner, lower, true),
            Some((
                "get".to_string(),
                MissingKind::WrongName {
                    have: "Get".into(),
                    have_sig: w.get,
                    want: w.get
                }
            ))
        );
        // A field is not a method.
        let x = tt.intern(Type::Interface(vec![Method {
            name: "X".into(),
            sig: w.get,
            pkg,
        }]));
        assert_eq!(
            tt.missing_method(w.inner, x, true),
            Some(("X".to_string(), MissingKind::Missing))
        );
        // Interface to interface: static requires all, assertion only agreement.
        let both = tt.intern(Type::Interface(vec![
            Method {
                name: "Get".into(),
                sig: w.get,
                pkg,
            },
            Method {
                name: "Set".into(),
                sig: w.set,
                pkg,
            },
        ]));
        assert!(tt.implements(both, getter));
        assert_eq!(
            tt.missing_method(getter, both, true),
            Some(("Set".to_string(), MissingKind::Missing))
        );
        assert_eq!(tt.missing_method(getter, both, false), None);
        // An embedded interface field provides its methods.
        let holder = tt.new_named("Holder", pkg, None);
        set_struct(tt, holder, vec![field("G", getter, true, pkg)]);
        assert!(tt.implements(holder, getter));
        // Type assertions.
        assert_eq!(
            tt.assertable_to(setter, w.inner),
            Some(("Set".to_string(), MissingKind::PointerReceiver))
        );
        assert_eq!(tt.assertable_to(setter, pinner), None);
        assert_eq!(tt.assertable_to(setter, getter), None);
        // Pointer to interface has no methods.
        let pgetter = tt.pointer(getter);
        assert_eq!(
            tt.lookup_field_or_method(pgetter, "Get", pkg),
            LookupResult::NotFound
        );
    }
}
