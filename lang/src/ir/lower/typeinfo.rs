//! The reflect part of a type descriptor (ir/typeinfo.rs): computed from
//! the checker's types when the descriptor is made, linking the
//! descriptors of parameter, result and pointer types.

use super::*;
use crate::ir::typeinfo::{field_flag, flag, FieldInfo, TypeInfo};
use crate::types::lookup::is_exported;

impl ModuleBuilder<'_> {
    /// Whether the program loads package reflect: then every exported
    /// method of every type with a descriptor goes into its method table
    /// (reflect's Method, NumMethod, MethodByName), with its func type.
    fn loads_reflect(&self) -> bool {
        self.p.packages.iter().any(|p| p.path == "reflect")
    }

    /// With package reflect, wants every exported method of every
    /// concrete type that has a descriptor (iface.rs's method tables).
    pub(super) fn reflect_wanted_methods(&mut self) {
        if !self.loads_reflect() {
            return;
        }
        let types: Vec<TypeId> = self.type_descs.keys().copied().collect();
        for t in types {
            if matches!(self.p.types.under(t), Type::Interface(_)) {
                continue;
            }
            for name in self.p.types.method_set_names(t) {
                if !is_exported(&name) {
                    continue;
                }
                if let Some(sig) = self.p.types.method_set_sig(t, &name) {
                    self.wanted_methods.insert((name, 0, sig.0));
                }
            }
        }
    }

    /// With package reflect, links each method record to the descriptor
    /// of its func type; whether any descriptor was added.
    pub(super) fn reflect_method_types(&mut self) -> bool {
        if !self.loads_reflect() {
            return false;
        }
        let before = self.module.type_descs.len();
        let mut k = 0;
        while k < self.module.type_descs.len() {
            for j in 0..self.module.type_descs[k].methods.len() {
                if self.module.type_descs[k].methods[j].ty.is_none() {
                    let sig = TypeId(self.module.type_descs[k].methods[j].sig);
                    let d = self.type_desc(sig);
                    self.module.type_descs[k].methods[j].ty = Some(d);
                }
            }
            k += 1;
        }
        self.module.type_descs.len() != before
    }

    /// What package reflect needs to know about `t` beyond the printing
    /// words of its descriptor.
    pub(super) fn type_info(&mut self, t: TypeId) -> TypeInfo {
        let types = &self.p.types;
        let mut info = TypeInfo::default();
        let named = match types.get(t) {
            Type::Named(n) => {
                let pkg = types.named(*n).pkg;
                info.pkg_path = types
                    .pkg_paths
                    .get(pkg.0 as usize)
                    .cloned()
                    .unwrap_or_default();
                true
            }
            // unsafe.Pointer is declared in package unsafe.
            Type::Basic(crate::types::BasicKind::UnsafePointer) => {
                info.pkg_path = "unsafe".to_string();
                true
            }
            Type::Basic(_) => true,
            _ => false,
        };
        if named {
            info.flags |= flag::NAMED;
        }
        if types.is_comparable(t) {
            info.flags |= flag::COMPARABLE;
        }
        info.ptrdata = self.ptrdata(t, 0);
        let mask = types.pointer_mask(t, &self.p.target);
        // Two derivations of one fact: the collector reads the mask, reflect
        // and the heap's size checks ptrdata.
        debug_assert_eq!(
            u64::from(mask.end()) * u64::from(self.p.target.ptr_size),
            info.ptrdata,
            "ptrdata and pointer mask disagree"
        );
        info.ptrmask = mask.bits().to_vec();
        // `*T` of a named type when the program has it: reflect's PtrTo and
        // Addr then give the very descriptor the compiler uses for `*T`.
        let ptr = if named {
            types.find(&Type::Pointer(t))
        } else {
            None
        };
        let mut ins = vec![];
        let mut outs = vec![];
        match types.under(t).clone() {
            Type::Func(sig) => {
                if sig.variadic {
                    info.flags |= flag::VARIADIC;
                }
                ins = sig.params;
                outs = sig.results;
            }
            Type::Chan(dir, _) => {
                info.flags |= match dir {
                    ast::ChanDir::Both => flag::CHAN_RECV | flag::CHAN_SEND,
                    ast::ChanDir::Recv => flag::CHAN_RECV,
                    ast::ChanDir::Send => flag::CHAN_SEND,
                };
            }
            Type::Struct(fs) => {
                info.fields = fs
                    .iter()
                    .map(|f| {
                        let exported = is_exported(&f.name);
                        let mut flags = 0;
                        if f.embedded {
                            flags |= field_flag::EMBEDDED;
                        }
                        if exported {
                            flags |= field_flag::EXPORTED;
                        }
                        FieldInfo {
                            tag: f.tag.clone().unwrap_or_default(),
                            flags,
                            pkg_path: if exported {
                                String::new()
                            } else {
                                types
                                    .pkg_paths
                                    .get(f.pkg.0 as usize)
                                    .cloned()
                                    .unwrap_or_default()
                            },
                        }
                    })
                    .collect();
            }
            _ => {}
        }
        info.ptr_to = ptr.map(|p| self.type_desc(p));
        info.ins = ins.into_iter().map(|p| self.type_desc(p)).collect();
        info.outs = outs.into_iter().map(|p| self.type_desc(p)).collect();
        info
    }

    /// Bytes from the start of a value of `t` to the end of its last
    /// pointer word (Go's ptrdata); 0 when it holds no pointer.
    fn ptrdata(&self, t: TypeId, depth: u32) -> u64 {
        let types = &self.p.types;
        let w = u64::from(self.p.target.ptr_size);
        if depth > 100 {
            return 0;
        }
        match types.under(t) {
            Type::Basic(k) => match k {
                crate::types::BasicKind::String | crate::types::BasicKind::UntypedString => w,
                crate::types::BasicKind::UnsafePointer => w,
                _ => 0,
            },
            Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => w,
            Type::Interface(_) => 2 * w,
            Type::Array(n, e) => {
                let e = *e;
                let inner = self.ptrdata(e, depth + 1);
                if *n == 0 || inner == 0 {
                    0
                } else {
                    (n - 1) * types.size_of(e, &self.p.target) + inner
                }
            }
            Type::Struct(fs) => {
                let offs = types.field_offsets(t, &self.p.target);
                fs.iter()
                    .zip(offs)
                    .filter_map(|(f, off)| {
                        let p = self.ptrdata(f.ty, depth + 1);
                        (p > 0).then_some(off + p)
                    })
                    .max()
                    .unwrap_or(0)
            }
            _ => 0,
        }
    }
}
