//! Go's types as the checker represents them.
//!
//! Every type lives in one [`TypeTable`] and is named by a [`TypeId`].
//! Structural types (pointers, slices, maps, funcs, structs, ...) are
//! interned, so two structurally identical types get the same id and type
//! identity is id equality. A defined (named) type is created once per
//! declaration and is never merged with another: `type A int` and
//! `type B int` are different types, as Go requires.
//!
//! Submodules: [`basic`] (predeclared kinds), [`predicates`] (identity,
//! assignability, convertibility, comparability), [`lookup`] (fields, methods,
//! method sets and interface satisfaction), [`fmt`] (types printed as Go
//! prints them in messages), [`layout`] (sizes and offsets for a target).

pub mod basic;
pub mod fmt;
pub mod layout;
pub mod lookup;
pub mod predicates;
pub mod ptrmask;
pub use ptrmask::PtrMask;

use crate::ast::ChanDir;
use crate::source::Span;
pub use basic::BasicKind;
use serde::{Deserialize, Serialize};

/// Index of a type in the [`TypeTable`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Identifies a package: 0 is the universe, then packages in load order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PkgId(pub u32);

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<Vec<u8>>,
    /// The package that declared the field: unexported names from different
    /// packages are different names.
    pub pkg: PkgId,
}

/// A method of an interface, or the signature part of a concrete method.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    /// A `Type::Func`.
    pub sig: TypeId,
    pub pkg: PkgId,
}

/// A function signature. Receivers are not part of the type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`; its type in `params` is `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// The type of an erroneous expression; compatible with everything so
    /// that one error is reported once.
    Invalid,
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// Methods sorted by name; embedded interfaces are already flattened in.
    Interface(Vec<Method>),
    /// The result list of a call with several results.
    Tuple(Vec<TypeId>),
    Named(NamedId),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedId(pub u32);

/// A defined type: `type T struct{...}`, or a predeclared one like `error`.
#[derive(Clone, Debug)]
pub struct Named {
    pub name: String,
    pub pkg: PkgId,
    /// Where it is declared (`None` for predeclared types).
    pub span: Option<Span>,
    /// Set once the declaration is resolved; `Invalid` until then.
    pub underlying: TypeId,
    /// Methods declared with this type as receiver base, in source order.
    pub methods: Vec<MethodDecl>,
}

/// A concrete method: `func (r *T) m(...)`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct MethodDecl {
    pub name: String,
    pub pkg: PkgId,
    /// The signature, without the receiver (a `Type::Func`).
    pub sig: TypeId,
    /// Whether the receiver is a pointer `*T`.
    pub pointer_recv: bool,
    pub span: Span,
    /// The function object, for the code generator.
    pub func: Option<u32>,
}

/// All types of one program.
pub struct TypeTable {
    types: Vec<Type>,
    /// Hashed with rustc-hash's Fx: interning is on every path of the
    /// checker and of loading export data, and SipHash showed in profiles.
    interned: rustc_hash::FxHashMap<Type, TypeId>,
    named: Vec<Named>,
    /// Package paths by `PkgId`, for printing qualified names.
    pub pkg_paths: Vec<String>,
    /// Package names by `PkgId`.
    pub pkg_names: Vec<String>,
}

/// Ids of the types every part of the checker needs.
pub mod well_known {
    use super::TypeId;
    pub const INVALID: TypeId = TypeId(0);
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            interned: Default::default(),
            named: Vec::new(),
            pkg_paths: vec![String::new()],
            pkg_names: vec![String::new()],
        };
        let inv = t.intern(Type::Invalid);
        debug_assert_eq!(inv, well_known::INVALID);
        t
    }

    /// The id of a structural type, creating it if new.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.interned.get(&ty) {
            return id;
        }
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty.clone());
        self.interned.insert(ty, id);
        id
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn basic(&mut self, k: BasicKind) -> TypeId {
        self.intern(Type::Basic(k))
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// Creates a new defined type with an unresolved underlying type.
    pub fn new_named(&mut self, name: &str, pkg: PkgId, span: Option<Span>) -> TypeId {
        let nid = NamedId(self.named.len() as u32);
        self.named.push(Named {
            name: name.to_string(),
            pkg,
            span,
            underlying: well_known::INVALID,
            methods: Vec::new(),
        });
        // Named types are unique by their NamedId, so interning never merges two.
        self.intern(Type::Named(nid))
    }

    pub fn named(&self, id: NamedId) -> &Named {
        &self.named[id.0 as usize]
    }

    /// How many types the table holds.
    pub fn len(&self) -> usize {
        self.types.len()
    }

    /// Whether it holds none (never, once made: `Invalid` is type 0).
    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// How many defined types it holds.
    pub fn named_len(&self) -> usize {
        self.named.len()
    }

    pub fn named_mut(&mut self, id: NamedId) -> &mut Named {
        &mut self.named[id.0 as usize]
    }

    /// The `Named` record of a defined type, if `t` is one.
    pub fn as_named(&self, t: TypeId) -> Option<NamedId> {
        match self.get(t) {
            Type::Named(n) => Some(*n),
            _ => None,
        }
    }

    /// The underlying type: `t` itself unless it is a defined type.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        let mut t = t;
        // A defined type's underlying type is never itself defined once
        // resolved; the loop bound guards against a cycle still being resolved.
        for _ in 0..100 {
            match self.get(t) {
                Type::Named(n) => t = self.named(*n).underlying,
                _ => return t,
            }
        }
        well_known::INVALID
    }

    /// The underlying type's structure.
    pub fn under(&self, t: TypeId) -> &Type {
        self.get(self.underlying(t))
    }

    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_invalid(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Invalid)
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(k) if k.is_untyped())
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(_))
    }

    pub fn signature(&self, t: TypeId) -> Option<&Signature> {
        match self.under(t) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    /// The types `t` is made of, one level down: a defined type's
    /// underlying type, an element, key, field, parameter or result. A
    /// value of type `t` holds values of these (the method tables of
    /// ir/lower/iface.rs and the reach of check/lazy.rs follow them).
    pub fn parts(&self, t: TypeId, out: &mut Vec<TypeId>) {
        match self.get(t) {
            Type::Named(n) => out.push(self.named(*n).underlying),
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
                out.push(*e)
            }
            Type::Map(k, v) => out.extend([*k, *v]),
            Type::Struct(fields) => out.extend(fields.iter().map(|f| f.ty)),
            Type::Func(sig) => out.extend(sig.params.iter().chain(&sig.results)),
            Type::Tuple(ts) => out.extend(ts),
            Type::Invalid | Type::Basic(_) | Type::Interface(_) => {}
        }
    }

    /// Registers a package and returns its id.
    pub fn add_package(&mut self, path: &str, name: &str) -> PkgId {
        self.pkg_paths.push(path.to_string());
        self.pkg_names.push(name.to_string());
        PkgId(self.pkg_paths.len() as u32 - 1)
    }
}

/// Look-ups that do not create types (for passes that only read the table).
impl TypeTable {
    /// The id of `ty` if some part of the program created it.
    pub fn find(&self, ty: &Type) -> Option<TypeId> {
        self.interned.get(ty).copied()
    }

    /// The id of a predeclared basic type (all are created by the universe).
    pub fn basic_kind_type(&self, k: BasicKind) -> TypeId {
        self.find(&Type::Basic(k)).unwrap_or(well_known::INVALID)
    }

    /// The type id of the defined type `n`.
    pub fn named_type_id(&self, n: NamedId) -> Option<TypeId> {
        self.find(&Type::Named(n))
    }

    /// `*t`, if that type exists; otherwise `uintptr`, which has the same
    /// size and alignment (enough for frame layout).
    pub fn pointer_type_id(&self, t: TypeId) -> Option<TypeId> {
        self.find(&Type::Pointer(t))
            .or_else(|| self.find(&Type::Basic(BasicKind::Uintptr)))
    }
}

impl TypeTable {
    /// The defined type `name` of the package with import path `pkg`, if
    /// the program holds that package.
    pub fn find_named(&self, pkg: &str, name: &str) -> Option<TypeId> {
        let i = self
            .named
            .iter()
            .position(|n| n.name == name && self.pkg_paths[n.pkg.0 as usize] == pkg)?;
        self.named_type_id(NamedId(i as u32))
    }
}
