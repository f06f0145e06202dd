//! Objects (what a name denotes) and scopes (where a name is visible), with
//! the universe block of predeclared names.

use crate::constant::ConstVal;
use crate::source::Span;
use crate::types::{BasicKind, PkgId, Type, TypeId, TypeTable};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

/// The builtin functions of the universe block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    /// Package unsafe's functions (check/unsafe_pkg.rs).
    Sizeof,
    Alignof,
    Offsetof,
    UnsafeAdd,
    UnsafeSlice,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Sizeof => "Sizeof",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            UnsafeAdd => "Add",
            UnsafeSlice => "Slice",
        }
    }

    /// One of package unsafe's functions.
    pub fn is_unsafe(self) -> bool {
        use Builtin::*;
        matches!(self, Sizeof | Alignof | Offsetof | UnsafeAdd | UnsafeSlice)
    }

    /// Whether a call of it is allowed as an expression statement.
    pub fn is_statement(self) -> bool {
        use Builtin::*;
        matches!(
            self,
            Clear | Close | Copy | Delete | Panic | Print | Println | Recover
        )
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ObjKind {
    /// A variable; `local` for function-local ones (checked for use).
    Var {
        local: bool,
        param: bool,
    },
    Const(ConstVal),
    /// A type name; `ty` is the type it denotes.
    TypeName,
    /// A function; `native` when declared without a body.
    Func {
        native: bool,
    },
    /// An imported package name in a file scope.
    PkgName {
        pkg: PkgId,
        path: String,
    },
    Builtin(Builtin),
    Nil,
    /// `iota` in the universe; its value comes from the constant declaration.
    Iota,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    pub span: Option<Span>,
    pub pkg: PkgId,
    /// Read (variables), referred to (imports), or reached (labels).
    pub used: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub names: HashMap<String, ObjId>,
    /// Declaration order, for the unused-variable report.
    pub order: Vec<ObjId>,
    /// A function's outermost scope: lookups past it leave the function.
    pub is_func: bool,
}

#[derive(Default)]
pub struct Scopes {
    scopes: Vec<Scope>,
}

impl Scopes {
    pub fn new_scope(&mut self, parent: Option<ScopeId>, is_func: bool) -> ScopeId {
        self.scopes.push(Scope {
            parent,
            is_func,
            ..Scope::default()
        });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn get(&self, s: ScopeId) -> &Scope {
        &self.scopes[s.0 as usize]
    }

    pub fn get_mut(&mut self, s: ScopeId) -> &mut Scope {
        &mut self.scopes[s.0 as usize]
    }

    /// The object `name` denotes in `s` or an enclosing scope.
    pub fn lookup(&self, mut s: ScopeId, name: &str) -> Option<(ScopeId, ObjId)> {
        loop {
            let sc = self.get(s);
            if let Some(&o) = sc.names.get(name) {
                return Some((s, o));
            }
            s = sc.parent?;
        }
    }

    /// Inserts `name`; returns the object already there, if any.
    pub fn insert(&mut self, s: ScopeId, name: &str, o: ObjId) -> Option<ObjId> {
        let sc = self.get_mut(s);
        if let Some(&old) = sc.names.get(name) {
            return Some(old);
        }
        sc.names.insert(name.to_string(), o);
        sc.order.push(o);
        None
    }
}

/// Types the checker refers to by name.
#[derive(Clone, Copy, Debug)]
pub struct WellKnown {
    pub invalid: TypeId,
    pub bool_: TypeId,
    pub int: TypeId,
    pub uint8: TypeId,
    pub int32: TypeId,
    pub uintptr: TypeId,
    pub float64: TypeId,
    pub string: TypeId,
    pub untyped_bool: TypeId,
    pub untyped_int: TypeId,
    pub untyped_rune: TypeId,
    pub untyped_float: TypeId,
    pub untyped_complex: TypeId,
    pub untyped_string: TypeId,
    pub untyped_nil: TypeId,
    pub error: TypeId,
    pub empty_interface: TypeId,
}

/// Fills the universe block: predeclared types, constants, `nil`, `iota` and
/// the builtins. Returns the well-known types.
pub fn universe(
    types: &mut TypeTable,
    scopes: &mut Scopes,
    objects: &mut Vec<Object>,
    scope: ScopeId,
) -> WellKnown {
    let universe_pkg = PkgId(0);
    let mut add = |scopes: &mut Scopes, name: &str, kind: ObjKind, ty: TypeId| {
        objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            span: None,
            pkg: universe_pkg,
            used: true,
        });
        let id = ObjId(objects.len() as u32 - 1);
        scopes.insert(scope, name, id);
    };
    use BasicKind::*;
    for (name, k) in [
        ("bool", Bool),
        ("int", Int),
        ("int8", Int8),
        ("int16", Int16),
        ("int32", Int32),
        ("int64", Int64),
        ("uint", Uint),
        ("uint8", Uint8),
        ("uint16", Uint16),
        ("uint32", Uint32),
        ("uint64", Uint64),
        ("uintptr", Uintptr),
        ("float32", Float32),
        ("float64", Float64),
        ("complex64", Complex64),
        ("complex128", Complex128),
        ("string", String),
        // Aliases: the same type under another name.
        ("byte", Uint8),
        ("rune", Int32),
    ] {
        let t = types.basic(k);
        add(scopes, name, ObjKind::TypeName, t);
    }
    let untyped_bool = types.basic(UntypedBool);
    add(
        scopes,
        "true",
        ObjKind::Const(ConstVal::Bool(true)),
        untyped_bool,
    );
    add(
        scopes,
        "false",
        ObjKind::Const(ConstVal::Bool(false)),
        untyped_bool,
    );
    let untyped_nil = types.basic(UntypedNil);
    add(scopes, "nil", ObjKind::Nil, untyped_nil);
    let untyped_int = types.basic(UntypedInt);
    add(scopes, "iota", ObjKind::Iota, untyped_int);

    // type error interface { Error() string }
    let string = types.basic(String);
    let error_sig = types.func(vec![], vec![string], false);
    let error_iface = types.intern(Type::Interface(vec![crate::types::Method {
        name: "Error".to_string(),
        sig: error_sig,
        pkg: universe_pkg,
    }]));
    let error = types.new_named("error", universe_pkg, None);
    let nid = types.as_named(error).expect("just created");
    types.named_mut(nid).underlying = error_iface;
    add(scopes, "error", ObjKind::TypeName, error);
    let empty = types.intern(Type::Interface(vec![]));
    add(scopes, "any", ObjKind::TypeName, empty);

    let invalid = types.intern(Type::Invalid);
    for b in [
        Builtin::Append,
        Builtin::Cap,
        Builtin::Clear,
        Builtin::Close,
        Builtin::Complex,
        Builtin::Copy,
        Builtin::Delete,
        Builtin::Imag,
        Builtin::Len,
        Builtin::Make,
        Builtin::Max,
        Builtin::Min,
        Builtin::New,
        Builtin::Panic,
        Builtin::Print,
        Builtin::Println,
        Builtin::Real,
        Builtin::Recover,
    ] {
        add(scopes, b.name(), ObjKind::Builtin(b), invalid);
    }
    WellKnown {
        invalid,
        bool_: types.basic(Bool),
        int: types.basic(Int),
        uint8: types.basic(Uint8),
        int32: types.basic(Int32),
        uintptr: types.basic(Uintptr),
        float64: types.basic(Float64),
        string,
        untyped_bool,
        untyped_int,
        untyped_rune: types.basic(UntypedRune),
        untyped_float: types.basic(UntypedFloat),
        untyped_complex: types.basic(UntypedComplex),
        untyped_string: types.basic(UntypedString),
        untyped_nil,
        error,
        empty_interface: empty,
    }
}
