//! The run-time type descriptors and itabs of a module, each created the
//! first time a function's lowering needs it.

use super::*;
use crate::source::Span;
use crate::types::{Type, TypeId};

impl<'p> ModuleBuilder<'p> {
    /// The method table for values of concrete type `t` in interface `i`,
    /// with its wrapper functions, created on first use. `None` (after a
    /// diagnostic) for methods the lowering cannot reach yet.
    pub(super) fn itab(&mut self, i: TypeId, t: TypeId, span: Span) -> Option<ItabId> {
        if let Some(&id) = self.itabs.get(&(i, t)) {
            return Some(id);
        }
        let Type::Interface(methods) = self.p.types.under(i).clone() else {
            return None;
        };
        let concrete = self.type_desc(t);
        let mut wrappers = Vec::new();
        for m in &methods {
            wrappers.push(self.method_wrapper(t, &m.name, m.pkg, span)?);
        }
        let id = ItabId(self.module.itabs.len() as u32);
        self.module.itabs.push(Itab {
            iface: self.p.types.type_string(i, crate::types::PkgId(0)),
            concrete,
            methods: wrappers,
        });
        self.itabs.insert((i, t), id);
        Some(id)
    }

    /// The run-time descriptor of `t`, created on first use.
    #[allow(clippy::type_complexity)]
    pub(super) fn type_desc(&mut self, t: TypeId) -> TypeDescId {
        if let Some(&d) = self.type_descs.get(&t) {
            return d;
        }
        let id = TypeDescId(self.module.type_descs.len() as u32);
        self.type_descs.insert(t, id);
        let types = &self.p.types;
        // As reflect (and so Go's messages, %T and %#v) spells types,
        // inside composite types too: `*interface {}`, `struct { A int }`.
        let name =
            crate::types::fmt::reflect_spelling(&types.type_string(t, crate::types::PkgId(0)));
        use crate::types::BasicKind as K;
        let (kind, elem, key, len, fields_src): (
            TypeKind,
            Option<TypeId>,
            Option<TypeId>,
            u64,
            Vec<(String, TypeId)>,
        ) = match types.under(t).clone() {
            Type::Basic(k) => (
                match k {
                    K::Bool | K::UntypedBool => TypeKind::Bool,
                    K::Int | K::UntypedInt => TypeKind::Int,
                    K::Int8 => TypeKind::Int8,
                    K::Int16 => TypeKind::Int16,
                    K::Int32 | K::UntypedRune => TypeKind::Int32,
                    K::Int64 => TypeKind::Int64,
                    K::Uint => TypeKind::Uint,
                    K::Uint8 => TypeKind::Uint8,
                    K::Uint16 => TypeKind::Uint16,
                    K::Uint32 => TypeKind::Uint32,
                    K::Uint64 => TypeKind::Uint64,
                    K::Uintptr => TypeKind::Uintptr,
                    K::Float32 => TypeKind::Float32,
                    K::Float64 | K::UntypedFloat => TypeKind::Float64,
                    K::Complex64 => TypeKind::Complex64,
                    K::Complex128 | K::UntypedComplex => TypeKind::Complex128,
                    K::String | K::UntypedString => TypeKind::String,
                    K::UnsafePointer | K::UntypedNil => TypeKind::UnsafePointer,
                },
                None,
                None,
                0,
                vec![],
            ),
            Type::Pointer(e) => (TypeKind::Pointer, Some(e), None, 0, vec![]),
            Type::Slice(e) => (TypeKind::Slice, Some(e), None, 0, vec![]),
            Type::Array(n, e) => (TypeKind::Array, Some(e), None, n, vec![]),
            Type::Map(k, v) => (TypeKind::Map, Some(v), Some(k), 0, vec![]),
            Type::Chan(_, e) => (TypeKind::Chan, Some(e), None, 0, vec![]),
            Type::Func(_) => (TypeKind::Func, None, None, 0, vec![]),
            // len: whether the interface's first word is an itab.
            Type::Interface(ms) => (
                TypeKind::Interface,
                None,
                None,
                u64::from(!ms.is_empty()),
                vec![],
            ),
            Type::Struct(fs) => (
                TypeKind::Struct,
                None,
                None,
                0,
                fs.iter().map(|f| (f.name.clone(), f.ty)).collect(),
            ),
            _ => (TypeKind::UnsafePointer, None, None, 0, vec![]),
        };
        let offsets = if kind == TypeKind::Struct {
            types.field_offsets(t, &self.p.target)
        } else {
            vec![]
        };
        let (size, align) = (self.size_of(t), self.align_of(t));
        self.module.type_descs.push(TypeDesc {
            name,
            kind,
            size,
            align,
            elem: None,
            key: None,
            len,
            fields: vec![],
            methods: vec![],
            info: Default::default(),
        });
        // Components after the entry exists, so recursive types terminate.
        let elem = elem.map(|e| self.type_desc(e));
        let key = key.map(|k| self.type_desc(k));
        let fields: Vec<(String, u32, TypeDescId)> = fields_src
            .into_iter()
            .zip(offsets)
            .map(|((n, ft), off)| (n, off as u32, self.type_desc(ft)))
            .collect();
        let methods = self.iface_method_recs(t);
        let info = self.type_info(t);
        let d = &mut self.module.type_descs[id.0 as usize];
        d.info = info;
        d.elem = elem;
        d.key = key;
        d.fields = fields;
        d.methods = methods;
        id
    }
}
