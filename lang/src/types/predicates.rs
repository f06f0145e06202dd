//! Identity, comparability, assignability and convertibility.
//!
//! The rules are the spec's (go1.19, without type parameters) as
//! implemented by `cmd/compile/internal/types2`: `predicates.go`
//! (`comparable`, `hasNil`, `hasName`), `operand.go` (`assignableTo`),
//! `expr.go` (`implicitTypeAndValue`, for untyped values),
//! `instantiate.go` (`implements`), `conversions.go` (`convertibleTo`) and
//! `expr.go` (`incomparableCause`). Reasons are worded as gc 1.19 words them
//! (`-lang=go1.19`, compiler messages: "missing M method", not go/types'
//! "missing method M").
//!
//! What stays with the checker: whether an untyped *constant* is
//! representable in the target type (see `crate::constant`), and turning
//! an untyped operand into its default type before assigning it to an
//! interface, as gc does before calling `assignableTo`.

use super::lookup::{is_exported, MissingKind};
use super::{BasicKind, PkgId, Type, TypeId, TypeTable};
use crate::ast::ChanDir;

/// Why a value of type V may not be assigned to type T.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssignError {
    pub kind: AssignErrorKind,
    /// gc's reason when V does not implement the interface T, first line
    /// only and without its parentheses: "missing Step method", "Step
    /// method has pointer receiver", "wrong type for Step method". The
    /// checker writes ":\n\tV does not implement T (reason)". The full text,
    /// with have/want lines and the other hints, comes from
    /// [`TypeTable::assign_error_detail`].
    pub reason: Option<String>,
}

/// Which assignability rule failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssignErrorKind {
    /// No rule applies, and gc gives no reason: "cannot use x (variable of
    /// type V) as type T in assignment".
    Incompatible,
    /// T is an interface that V does not implement; `method` is the first
    /// missing one.
    DoesNotImplement { method: String, kind: MissingKind },
    /// T is a pointer to an interface: "V does not implement *I (type *I is
    /// pointer to interface, not interface)".
    PointerToInterface,
    /// V is an interface and T implements it: gc adds "need type assertion".
    NeedTypeAssertion,
}

impl AssignError {
    fn new(kind: AssignErrorKind) -> AssignError {
        let reason = match &kind {
            AssignErrorKind::DoesNotImplement { method, kind } => Some(match kind {
                MissingKind::Missing | MissingKind::WrongName { .. } => {
                    format!("missing {method} method")
                }
                MissingKind::PointerReceiver => format!("{method} method has pointer receiver"),
                MissingKind::WrongType { .. } => format!("wrong type for {method} method"),
            }),
            _ => None,
        };
        AssignError { kind, reason }
    }

    fn incompatible() -> AssignError {
        AssignError::new(AssignErrorKind::Incompatible)
    }
}

/// Rank of an untyped numeric kind: an untyped int mixed with an untyped
/// float becomes an untyped float (types2 orders the kinds the same way).
fn untyped_rank(k: BasicKind) -> u8 {
    match k {
        BasicKind::UntypedInt => 1,
        BasicKind::UntypedRune => 2,
        BasicKind::UntypedFloat => 3,
        BasicKind::UntypedComplex => 4,
        _ => 0,
    }
}

impl TypeTable {
    /// Type identity. Structural types are interned and defined types are
    /// unique per declaration, so two types are identical exactly when their
    /// ids are equal (see the module doc of [`super`]). The one exception is
    /// `Invalid`, which is identical to nothing, not even itself: callers
    /// must not report a mismatch for it, and must not treat it as a match
    /// either.
    ///
    /// Interning makes `struct{X int}` declared in two packages one type
    /// only if the checker records the same `pkg` for both exported fields
    /// (the package matters only for unexported names).
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b && !self.is_invalid(a)
    }

    /// Identity that ignores struct tags, used by conversions
    /// (types2 `IdenticalIgnoreTags`).
    pub fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        let same_name =
            |n1: &str, p1: PkgId, n2: &str, p2: PkgId| n1 == n2 && (is_exported(n1) || p1 == p2);
        match (self.get(a), self.get(b)) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.identical_ignore_tags(*x, *y)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.identical_ignore_tags(*x, *y),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.identical_ignore_tags(*k1, *k2) && self.identical_ignore_tags(*v1, *v2)
            }
            (Type::Chan(d1, x), Type::Chan(d2, y)) => {
                d1 == d2 && self.identical_ignore_tags(*x, *y)
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(x, y)| {
                        x.embedded == y.embedded
                            && same_name(&x.name, x.pkg, &y.name, y.pkg)
                            && self.identical_ignore_tags(x.ty, y.ty)
                    })
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.variadic == s2.variadic
                    && self.all_identical_ignore_tags(&s1.params, &s2.params)
                    && self.all_identical_ignore_tags(&s1.results, &s2.results)
            }
            (Type::Interface(m1), Type::Interface(m2)) => {
                m1.len() == m2.len()
                    && m1.iter().zip(m2).all(|(x, y)| {
                        same_name(&x.name, x.pkg, &y.name, y.pkg)
                            && self.identical_ignore_tags(x.sig, y.sig)
                    })
            }
            (Type::Tuple(x), Type::Tuple(y)) => self.all_identical_ignore_tags(x, y),
            _ => false,
        }
    }

    fn all_identical_ignore_tags(&self, a: &[TypeId], b: &[TypeId]) -> bool {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| self.identical_ignore_tags(*x, *y))
    }

    /// Whether `==` is defined on values of type `t` (spec "Comparison
    /// operators"): booleans, numbers, strings, pointers, channels,
    /// interfaces, and structs and arrays of comparable types. Slices, maps
    /// and funcs compare only to nil. `Invalid` counts as comparable so that
    /// one error is reported once.
    pub fn is_comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        // Only an invalid recursive type (`type T [1]T`, already reported)
        // can nest this deep; give up rather than overflow the stack.
        if depth > 100 {
            return true;
        }
        match self.under(t) {
            Type::Invalid => true,
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) | Type::Interface(_) => true,
            Type::Struct(fields) => fields
                .iter()
                .all(|f| self.comparable_depth(f.ty, depth + 1)),
            Type::Array(_, elem) => self.comparable_depth(*elem, depth + 1),
            Type::Slice(_) | Type::Map(..) | Type::Func(_) | Type::Tuple(_) => false,
            Type::Named(_) => unreachable!("underlying type is never a defined type"),
        }
    }

    /// Why values of type `t` cannot be compared, as gc puts it in
    /// parentheses after "invalid operation: a == b" (types2
    /// `incomparableCause`): "slice can only be compared to nil", "struct
    /// containing []int cannot be compared", "[2][]int cannot be compared".
    /// `None` if `t` is comparable. Types are printed for package `pkg`.
    pub fn incomparable_reason(&self, t: TypeId, pkg: PkgId) -> Option<String> {
        let u = self.underlying(t);
        match self.get(u) {
            Type::Slice(_) => Some("slice can only be compared to nil".into()),
            Type::Map(..) => Some("map can only be compared to nil".into()),
            Type::Func(_) => Some("func can only be compared to nil".into()),
            Type::Struct(fields) => fields.iter().find(|f| !self.is_comparable(f.ty)).map(|f| {
                format!(
                    "struct containing {} cannot be compared",
                    self.type_string(f.ty, pkg)
                )
            }),
            Type::Array(_, elem) if !self.is_comparable(*elem) => {
                Some(format!("{} cannot be compared", self.type_string(u, pkg)))
            }
            _ if self.is_comparable(t) => None,
            _ => Some(format!("{} cannot be compared", self.type_string(t, pkg))),
        }
    }

    /// Integers, floats and strings: the operands of `<`.
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_ordered)
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_numeric)
    }

    /// Typed or untyped integers, including runes and `uintptr`.
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_integer)
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_unsigned)
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_float)
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_string)
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_boolean)
    }

    /// Whether `t`'s underlying type is a pointer type.
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Pointer(_))
    }

    /// Whether `nil` is a value of `t`: pointers, slices, maps, channels,
    /// funcs, interfaces, `unsafe.Pointer` (and untyped nil itself).
    pub fn has_nil(&self, t: TypeId) -> bool {
        match self.under(t) {
            Type::Basic(k) => matches!(k, BasicKind::UnsafePointer | BasicKind::UntypedNil),
            Type::Pointer(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface(_) => true,
            _ => false,
        }
    }

    /// The type an untyped value takes where no other type is implied
    /// (`untyped rune` -> `int32`); typed types and untyped nil are kept.
    pub fn default_type(&mut self, t: TypeId) -> TypeId {
        match self.get(t) {
            Type::Basic(k) if k.is_untyped() && *k != BasicKind::UntypedNil => {
                self.basic(k.default_type())
            }
            _ => t,
        }
    }

    /// types2 `hasName`: defined types and the predeclared basic types have
    /// names; composite type literals do not.
    fn has_name(&self, t: TypeId) -> bool {
        matches!(self.get(t), Type::Basic(_) | Type::Named(_))
    }

    /// Whether a value of type `v` may be assigned to a variable of type `t`
    /// (spec "Assignability"). For an untyped `v` only the kind is checked
    /// (untyped bool to a boolean type, untyped numbers to numeric types,
    /// untyped strings to string types, untyped nil to types with nil, any
    /// of them to an empty interface); whether a constant's value fits is
    /// the checker's business. `Invalid` on either side is assignable, so
    /// an earlier error is not reported again.
    pub fn assignable(&self, v: TypeId, t: TypeId) -> Result<(), AssignError> {
        if self.is_invalid(v) || self.is_invalid(t) || v == t {
            return Ok(());
        }
        let vu = self.underlying(v);
        let tu = self.underlying(t);
        if self.is_invalid(vu) || self.is_invalid(tu) {
            return Ok(()); // a defined type whose declaration failed
        }
        if let Type::Basic(vk) = self.get(vu) {
            if vk.is_untyped() {
                return self.assignable_untyped(*vk, t);
            }
        }
        if vu == tu && (!self.has_name(v) || !self.has_name(t)) {
            return Ok(());
        }
        if let Type::Interface(_) = self.get(tu) {
            return self.implements_detail(v, t);
        }
        if let Type::Pointer(base) = self.get(tu) {
            if self.is_interface(*base) {
                return Err(AssignError::new(AssignErrorKind::PointerToInterface));
            }
        }
        if let Type::Interface(_) = self.get(vu) {
            if self.implements_detail(t, v).is_ok() {
                return Err(AssignError::new(AssignErrorKind::NeedTypeAssertion));
            }
        }
        // A bidirectional channel may lose a direction.
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) = (self.get(vu), self.get(tu)) {
            if ve == te && (!self.has_name(v) || !self.has_name(t)) {
                return Ok(());
            }
        }
        Err(AssignError::incompatible())
    }

    /// types2 `implements(V, T)` for an interface `t`.
    fn implements_detail(&self, v: TypeId, t: TypeId) -> Result<(), AssignError> {
        if let Type::Pointer(base) = self.under(v) {
            if self.is_invalid(self.underlying(*base)) {
                return Ok(());
            }
        }
        match self.missing_method(v, t, true) {
            None => Ok(()),
            Some((method, kind)) => Err(AssignError::new(AssignErrorKind::DoesNotImplement {
                method,
                kind,
            })),
        }
    }

    /// types2 `implicitTypeAndValue` for a value of untyped kind `vk`.
    fn assignable_untyped(&self, vk: BasicKind, t: TypeId) -> Result<(), AssignError> {
        let ok = match self.under(t) {
            _ if vk == BasicKind::UntypedNil => self.has_nil(t),
            Type::Basic(tk) if tk.is_untyped() => {
                // Both untyped: numbers may widen (int -> rune -> float).
                if vk.is_numeric() && tk.is_numeric() {
                    untyped_rank(vk) <= untyped_rank(*tk)
                } else {
                    vk == *tk
                }
            }
            Type::Basic(tk) => match vk {
                BasicKind::UntypedBool => tk.is_boolean(),
                BasicKind::UntypedString => tk.is_string(),
                _ => tk.is_numeric(),
            },
            // Only the default type could be stored in the interface, and
            // it has no methods.
            Type::Interface(methods) => match methods.first() {
                None => true,
                Some(m) => {
                    return Err(AssignError::new(AssignErrorKind::DoesNotImplement {
                        method: m.name.clone(),
                        kind: MissingKind::Missing,
                    }))
                }
            },
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(AssignError::incompatible())
        }
    }

    /// The line gc prints under "cannot use x (...) as type T in ...:" for
    /// `err` (after "\n\t"), or `None` if it prints none. Types are printed
    /// for package `pkg`; an untyped `v` is shown as its default type, as
    /// gc converts it before the check.
    pub fn assign_error_detail(
        &self,
        err: &AssignError,
        v: TypeId,
        t: TypeId,
        pkg: PkgId,
    ) -> Option<String> {
        let vs = match self.get(v) {
            Type::Basic(k) if k.is_untyped() => k.default_type().name().to_string(),
            _ => self.type_string(v, pkg),
        };
        let ts = self.type_string(t, pkg);
        match &err.kind {
            AssignErrorKind::Incompatible => None,
            AssignErrorKind::DoesNotImplement { method, kind } => Some(format!(
                "{vs} does not implement {ts} {}",
                self.missing_method_reason(v, method, kind, pkg)
            )),
            AssignErrorKind::PointerToInterface => Some(format!(
                "{vs} does not implement {ts} (type {ts} is pointer to interface, not interface)"
            )),
            AssignErrorKind::NeedTypeAssertion => Some("need type assertion".into()),
        }
    }

    /// gc's reason for a missing interface method `method` of type `v`,
    /// with its parentheses and any have/want lines (types2
    /// `missingMethodReason`): "(missing M method)", "(M method has pointer
    /// receiver)", "(wrong type for M method)\n\t\thave M(string)\n\t\twant
    /// M(int)", "(type *I is pointer to interface, not interface)". The
    /// caller writes "V does not implement I " before it.
    pub fn missing_method_reason(
        &self,
        v: TypeId,
        method: &str,
        kind: &MissingKind,
        pkg: PkgId,
    ) -> String {
        let have_want = |have: &str, have_sig: TypeId, want: TypeId| {
            format!(
                "\n\t\thave {have}{}\n\t\twant {method}{}",
                self.signature_string(have_sig, pkg),
                self.signature_string(want, pkg)
            )
        };
        match kind {
            MissingKind::Missing => match self.under(v) {
                Type::Pointer(base) if self.is_interface(*base) => format!(
                    "(type {} is pointer to interface, not interface)",
                    self.type_string(v, pkg)
                ),
                _ => format!("(missing {method} method)"),
            },
            MissingKind::PointerReceiver => format!("({method} method has pointer receiver)"),
            MissingKind::WrongType { have, want } => {
                format!(
                    "(wrong type for {method} method){}",
                    have_want(method, *have, *want)
                )
            }
            MissingKind::WrongName {
                have,
                have_sig,
                want,
            } => {
                format!(
                    "(missing {method} method){}",
                    have_want(have, *have_sig, *want)
                )
            }
        }
    }

    /// Whether a non-constant value of type `v` may be converted to `t`
    /// (spec "Conversions"): assignable; identical underlying types ignoring
    /// tags; unnamed pointers to such types; integers and floats among
    /// themselves; integers, `[]byte` and `[]rune` to strings and strings to
    /// `[]byte`/`[]rune`; pointers and `uintptr` to and from
    /// `unsafe.Pointer`; a slice to a pointer to an array of its element
    /// type (go1.17). Constant conversions are checked by the checker.
    pub fn convertible(&self, v: TypeId, t: TypeId) -> bool {
        if self.assignable(v, t).is_ok() {
            return true;
        }
        let vu = self.underlying(v);
        let tu = self.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(vb), Type::Pointer(tb)) = (self.get(v), self.get(t)) {
            if self.identical_ignore_tags(self.underlying(*vb), self.underlying(*tb)) {
                return true;
            }
        }
        let int_or_float = |t: TypeId| self.is_integer(t) || self.is_float(t);
        if int_or_float(vu) && int_or_float(tu) {
            return true;
        }
        let is_complex = |t: TypeId| self.basic_kind(t).is_some_and(BasicKind::is_complex);
        if is_complex(vu) && is_complex(tu) {
            return true;
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return true;
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return true;
        }
        let is_ptr = |t: TypeId| matches!(self.get(t), Type::Pointer(_));
        let is_kind = |t: TypeId, k: BasicKind| self.basic_kind(t) == Some(k);
        let unsafe_ptr = BasicKind::UnsafePointer;
        if (is_ptr(vu) || is_kind(vu, BasicKind::Uintptr)) && is_kind(tu, unsafe_ptr) {
            return true;
        }
        if is_kind(vu, unsafe_ptr) && (is_ptr(tu) || is_kind(tu, BasicKind::Uintptr)) {
            return true;
        }
        if let (Type::Slice(se), Type::Pointer(base)) = (self.get(vu), self.get(tu)) {
            if let Type::Array(_, ae) = self.under(*base) {
                return se == ae;
            }
        }
        false
    }

    /// `[]byte` or `[]rune`, also with a defined element type like
    /// `type B byte` (types2 `isBytesOrRunes`).
    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.under(t) {
            Type::Slice(elem) => matches!(
                self.basic_kind(*elem),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Field, Method, MethodDecl};
    use super::*;
    use crate::source::Span;

    fn field(name: &str, ty: TypeId) -> Field {
        Field {
            name: name.to_string(),
            ty,
            embedded: false,
            tag: None,
            pkg: PkgId(1),
        }
    }

    fn named(tt: &mut TypeTable, name: &str, under: TypeId) -> TypeId {
        let t = tt.new_named(name, PkgId(1), None);
        let n = tt.as_named(t).unwrap();
        tt.named_mut(n).underlying = under;
        t
    }

    #[test]
    fn comparability() {
        let mut tt = TypeTable::new();
        let main = tt.add_package("main", "main");
        let int = tt.basic(BasicKind::Int);
        let ints = tt.slice(int);
        let s = tt.intern(Type::Struct(vec![field("a", ints)]));
        let s_named = named(&mut tt, "S", s);
        let s2 = tt.intern(Type::Struct(vec![field("s", s_named)]));
        let ok = tt.intern(Type::Struct(vec![field("a", int)]));
        let arr = tt.intern(Type::Array(2, ints));
        let m = tt.intern(Type::Map(int, int));
        let f = tt.func(vec![], vec![], false);
        let nil = tt.basic(BasicKind::UntypedNil);
        let iface = tt.intern(Type::Interface(vec![]));
        let ch = tt.intern(Type::Chan(ChanDir::Both, int));

        assert!(
            tt.is_comparable(int)
                && tt.is_comparable(ok)
                && tt.is_comparable(iface)
                && tt.is_comparable(ch)
        );
        assert!(!tt.is_comparable(s) && !tt.is_comparable(s_named) && !tt.is_comparable(s2));
        assert!(
            !tt.is_comparable(arr)
                && !tt.is_comparable(m)
                && !tt.is_comparable(f)
                && !tt.is_comparable(nil)
        );
        let r = |tt: &TypeTable, t| tt.incomparable_reason(t, main);
        assert_eq!(
            r(&tt, s_named).as_deref(),
            Some("struct containing []int cannot be compared")
        );
        assert_eq!(
            r(&tt, s2).as_deref(),
            Some("struct containing S cannot be compared")
        );
        assert_eq!(r(&tt, arr).as_deref(), Some("[2][]int cannot be compared"));
        assert_eq!(
            r(&tt, ints).as_deref(),
            Some("slice can only be compared to nil")
        );
        assert_eq!(
            r(&tt, m).as_deref(),
            Some("map can only be compared to nil")
        );
        assert_eq!(
            r(&tt, f).as_deref(),
            Some("func can only be compared to nil")
        );
        assert_eq!(r(&tt, ok), None);
    }

    #[test]
    fn basic_predicates_and_defaults() {
        let mut tt = TypeTable::new();
        let u8_ = tt.basic(BasicKind::Uint8);
        let myint = named(&mut tt, "MyInt", u8_);
        let f32_ = tt.basic(BasicKind::Float32);
        let string = tt.basic(BasicKind::String);
        let untyped_rune = tt.basic(BasicKind::UntypedRune);
        let nil = tt.basic(BasicKind::UntypedNil);
        let up = tt.basic(BasicKind::UnsafePointer);
        assert!(
            tt.is_integer(myint)
                && tt.is_unsigned(myint)
                && tt.is_ordered(myint)
                && tt.is_numeric(myint)
        );
        assert!(tt.is_float(f32_) && !tt.is_integer(f32_));
        assert!(tt.is_string(string) && tt.is_ordered(string) && !tt.is_numeric(string));
        assert!(!tt.is_boolean(string));
        assert!(tt.has_nil(nil) && tt.has_nil(up) && !tt.has_nil(string));
        let int32_ = tt.basic(BasicKind::Int32);
        assert_eq!(tt.default_type(untyped_rune), int32_);
        assert_eq!(tt.default_type(nil), nil);
        assert_eq!(tt.default_type(myint), myint);
        let inv = super::super::well_known::INVALID;
        assert!(
            !tt.identical(inv, inv) && tt.identical(string, string) && !tt.identical(string, myint)
        );
    }

    #[test]
    fn assignability() {
        let mut tt = TypeTable::new();
        let main = tt.add_package("main", "main");
        let int = tt.basic(BasicKind::Int);
        let string = tt.basic(BasicKind::String);
        let ints = tt.slice(int);
        let a = named(&mut tt, "A", ints);
        let b = named(&mut tt, "B", ints);
        let myint = named(&mut tt, "MyInt", int);
        // []int -> A and back; A -> B no; int -> MyInt no (both named).
        assert_eq!(tt.assignable(ints, a), Ok(()));
        assert_eq!(tt.assignable(a, ints), Ok(()));
        assert_eq!(tt.assignable(a, b), Err(AssignError::incompatible()));
        assert_eq!(tt.assignable(int, myint), Err(AssignError::incompatible()));
        assert!(tt.convertible(a, b) && tt.convertible(int, myint));

        // Channels lose direction, never gain it.
        let ch = tt.intern(Type::Chan(ChanDir::Both, int));
        let sch = tt.intern(Type::Chan(ChanDir::Send, int));
        let rch = tt.intern(Type::Chan(ChanDir::Recv, int));
        assert_eq!(tt.assignable(ch, sch), Ok(()));
        assert_eq!(tt.assignable(ch, rch), Ok(()));
        assert_eq!(tt.assignable(sch, ch), Err(AssignError::incompatible()));
        assert_eq!(tt.assignable(sch, rch), Err(AssignError::incompatible()));
        let named_ch = named(&mut tt, "C", ch);
        assert_eq!(tt.assignable(named_ch, sch), Ok(()));
        let named_sch = named(&mut tt, "SC", sch);
        assert_eq!(
            tt.assignable(named_ch, named_sch),
            Err(AssignError::incompatible())
        );

        // Untyped values.
        let ub = tt.basic(BasicKind::UntypedBool);
        let ui = tt.basic(BasicKind::UntypedInt);
        let uf = tt.basic(BasicKind::UntypedFloat);
        let us = tt.basic(BasicKind::UntypedString);
        let nil = tt.basic(BasicKind::UntypedNil);
        let boolean = tt.basic(BasicKind::Bool);
        let empty = tt.intern(Type::Interface(vec![]));
        assert_eq!(tt.assignable(ui, myint), Ok(()));
        assert_eq!(tt.assignable(ub, boolean), Ok(()));
        assert_eq!(tt.assignable(us, string), Ok(()));
        assert_eq!(tt.assignable(us, int), Err(AssignError::incompatible()));
        assert_eq!(tt.assignable(ui, empty), Ok(()));
        assert_eq!(tt.assignable(ui, uf), Ok(()));
        assert_eq!(tt.assignable(uf, ui), Err(AssignError::incompatible()));
        assert_eq!(tt.assignable(nil, a), Ok(()));
        assert_eq!(tt.assignable(nil, empty), Ok(()));
        assert_eq!(tt.assignable(nil, int), Err(AssignError::incompatible()));

        // Interfaces: type T struct{}; func (*T) Step(); type Stepper interface{ Step() }.
        let unit = tt.func(vec![], vec![], false);
        let stepper = tt.intern(Type::Interface(vec![Method {
            name: "Step".into(),
            sig: unit,
            pkg: main,
        }]));
        let stepper_named = tt.new_named("Stepper", main, None);
        let n = tt.as_named(stepper_named).unwrap();
        tt.named_mut(n).underlying = stepper;
        let st = tt.intern(Type::Struct(vec![]));
        let t = tt.new_named("T", main, None);
        let n = tt.as_named(t).unwrap();
        tt.named_mut(n).underlying = st;
        tt.named_mut(n).methods.push(MethodDecl {
            name: "Step".into(),
            pkg: main,
            sig: unit,
            pointer_recv: true,
            span: Span::default(),
            func: None,
        });
        let pt = tt.pointer(t);
        assert_eq!(tt.assignable(pt, stepper_named), Ok(()));
        let err = tt.assignable(t, stepper_named).unwrap_err();
        assert_eq!(
            err.kind,
            AssignErrorKind::DoesNotImplement {
                method: "Step".into(),
                kind: MissingKind::PointerReceiver
            }
        );
        assert_eq!(
            err.reason.as_deref(),
            Some("Step method has pointer receiver")
        );
        assert_eq!(
            tt.assign_error_detail(&err, t, stepper_named, main)
                .as_deref(),
            Some("T does not implement Stepper (Step method has pointer receiver)")
        );
        let err = tt.assignable(int, stepper_named).unwrap_err();
        assert_eq!(
            tt.assign_error_detail(&err, int, stepper_named, main)
                .as_deref(),
            Some("int does not implement Stepper (missing Step method)")
        );
        let err = tt.assignable(ui, stepper_named).unwrap_err();
        assert_eq!(
            tt.assign_error_detail(&err, ui, stepper_named, main)
                .as_deref(),
            Some("int does not implement Stepper (missing Step method)")
        );
        assert_eq!(
            tt.assignable(stepper_named, pt),
            Err(AssignError::new(AssignErrorKind::NeedTypeAssertion))
        );
        assert_eq!(tt.assignable(stepper_named, empty), Ok(()));
        let pstepper = tt.pointer(stepper_named);
        let err = tt.assignable(pt, pstepper).unwrap_err();
        assert_eq!(
            tt.assign_error_detail(&err, pt, pstepper, main).as_deref(),
            Some("*T does not implement *Stepper (type *Stepper is pointer to interface, not interface)")
        );
        assert_eq!(
            tt.missing_method_reason(pstepper, "Step", &MissingKind::Missing, main),
            "(type *Stepper is pointer to interface, not interface)"
        );

        // Wrong type, with have/want lines.
        let step_int = tt.func(vec![int], vec![], false);
        let u = tt.new_named("U", main, None);
        let n = tt.as_named(u).unwrap();
        tt.named_mut(n).underlying = st;
        tt.named_mut(n).methods.push(MethodDecl {
            name: "Step".into(),
            pkg: main,
            sig: step_int,
            pointer_recv: false,
            span: Span::default(),
            func: None,
        });
        let err = tt.assignable(u, stepper_named).unwrap_err();
        assert_eq!(
            tt.assign_error_detail(&err, u, stepper_named, main).as_deref(),
            Some("U does not implement Stepper (wrong type for Step method)\n\t\thave Step(int)\n\t\twant Step()")
        );

        // Invalid is assignable both ways.
        let inv = super::super::well_known::INVALID;
        assert_eq!(tt.assignable(inv, int), Ok(()));
        assert_eq!(tt.assignable(int, inv), Ok(()));
    }

    #[test]
    fn conversions() {
        let mut tt = TypeTable::new();
        let int = tt.basic(BasicKind::Int);
        let f64_ = tt.basic(BasicKind::Float64);
        let string = tt.basic(BasicKind::String);
        let byte = tt.basic(BasicKind::Uint8);
        let rune = tt.basic(BasicKind::Int32);
        let bytes = tt.slice(byte);
        let runes = tt.slice(rune);
        let ints = tt.slice(int);
        let up = tt.basic(BasicKind::UnsafePointer);
        let uptr = tt.basic(BasicKind::Uintptr);
        let pint = tt.pointer(int);
        assert!(tt.convertible(int, f64_) && tt.convertible(f64_, int));
        assert!(tt.convertible(int, string) && !tt.convertible(f64_, string));
        assert!(tt.convertible(bytes, string) && tt.convertible(string, runes));
        assert!(!tt.convertible(ints, string) && !tt.convertible(string, ints));
        let mybyte = named(&mut tt, "B", byte);
        let mybytes = tt.slice(mybyte);
        assert!(tt.convertible(mybytes, string));
        assert!(tt.convertible(pint, up) && tt.convertible(up, uptr) && tt.convertible(uptr, up));
        assert!(!tt.convertible(pint, uptr));
        // Tags are ignored, for structs and unnamed pointers to them.
        let mut tagged = field("x", int);
        tagged.tag = Some(b"json:\"x\"".to_vec());
        let s1 = tt.intern(Type::Struct(vec![field("x", int)]));
        let s2 = tt.intern(Type::Struct(vec![tagged]));
        let n1 = named(&mut tt, "S1", s1);
        assert!(tt.convertible(s1, s2) && tt.convertible(n1, s2));
        let p1 = tt.pointer(n1);
        let p2 = tt.pointer(s2);
        assert!(tt.convertible(p1, p2));
        assert_eq!(tt.assignable(s1, s2), Err(AssignError::incompatible()));
        // Slice to array pointer.
        let arr = tt.intern(Type::Array(4, int));
        let parr = tt.pointer(arr);
        assert!(tt.convertible(ints, parr) && !tt.convertible(bytes, parr));
    }
}
