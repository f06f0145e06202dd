//! Composite literals: struct, array, slice and map literals built in
//! place, with their elements coerced to the element type.

use super::place::Place;
use super::*;
use crate::ast::{Expr, ExprKind};

impl FnBuilder<'_, '_> {
    /// Builds a composite literal of type `t` at `dst`.
    pub(super) fn composite_into(
        &mut self,
        e: &Expr,
        t: TypeId,
        dst: Place,
        line: u32,
    ) -> Option<()> {
        let ExprKind::Composite { elts, .. } = &e.kind else {
            return None;
        };
        let size = self.m.size_of(t);
        match dst {
            Place::Frame(l) => self.emit(Inst::Zero { dst: l, size }, line),
            Place::Mem { .. } => {
                let z = self.temp(t);
                self.emit(Inst::Zero { dst: z, size }, line);
                self.write(dst, z, t, line);
            }
        }
        match self.under(t).clone() {
            Type::Struct(fields) => {
                let offs = self.m.p.types.field_offsets(t, &self.m.p.target);
                for (i, el) in elts.iter().enumerate() {
                    let fi = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(n) => fields.iter().position(|f| &f.name == n)?,
                            _ => return None,
                        },
                        None => i,
                    };
                    let ft = fields[fi].ty;
                    let v = self.elem_value(&el.value, ft, line)?;
                    // A blank field keeps its zero value, as in gc: the
                    // element is evaluated and dropped.
                    if fields[fi].name == "_" {
                        continue;
                    }
                    let at = self.offset_place(dst, offs[fi], line);
                    self.write(at, v, ft, line);
                }
                Some(())
            }
            Type::Array(_, el) => {
                let es = self.m.size_of(el);
                let mut idx: u64 = 0;
                for item in elts {
                    if let Some(k) = &item.key {
                        let v = self.m.p.exprs[k.id.0 as usize].as_ref()?.value.clone()?;
                        idx = v.to_u64()?;
                    }
                    let v = self.elem_value(&item.value, el, line)?;
                    let at = self.offset_place(dst, idx * es as u64, line);
                    self.write(at, v, el, line);
                    idx += 1;
                }
                Some(())
            }
            Type::Slice(el) => {
                // A backing array on the heap, then the slice header.
                let es = self.m.size_of(el);
                let mut n: u64 = 0;
                let mut idx: u64 = 0;
                let mut items = Vec::new();
                for item in elts {
                    if let Some(k) = &item.key {
                        let v = self.m.p.exprs[k.id.0 as usize].as_ref()?.value.clone()?;
                        idx = v.to_u64()?;
                    }
                    let v = self.elem_value(&item.value, el, line)?;
                    let keep = self.temp(el);
                    self.mov(keep, v, es, line);
                    items.push((idx, keep));
                    idx += 1;
                    n = n.max(idx);
                }
                let w = self.word();
                let ws = Scalar::word(&self.m.p.target);
                let arr = self.heap_array(el, n, line);
                for (i, v) in items {
                    self.emit(
                        Inst::Store {
                            ptr: arr,
                            off: (i * es as u64) as i32,
                            src: v,
                            size: es,
                        },
                        line,
                    );
                }
                let hdr = self.temp(t);
                self.mov(hdr, arr, w, line);
                self.emit(
                    Inst::Imm {
                        dst: hdr.plus(w),
                        ty: ws,
                        bits: n,
                    },
                    line,
                );
                self.emit(
                    Inst::Imm {
                        dst: hdr.plus(2 * w),
                        ty: ws,
                        bits: n,
                    },
                    line,
                );
                self.write(dst, hdr, t, line);
                Some(())
            }
            Type::Map(kt, vt) => {
                let n = self.word_imm(elts.len() as u64, line);
                let m = self.make_map(t, n, line);
                for el in elts {
                    let Some(k) = &el.key else { return None };
                    let kv = self.elem_value(k, kt, line)?;
                    let kslot = self.temp(kt);
                    let ks = self.m.size_of(kt);
                    self.mov(kslot, kv, ks, line);
                    let v = self.elem_value(&el.value, vt, line)?;
                    let vslot = self.temp(vt);
                    let vs = self.m.size_of(vt);
                    self.mov(vslot, v, vs, line);
                    let kp = self.ptr_temp();
                    self.addr_to(kp, AddrOf::Frame(kslot), line);
                    let slot = self.map_assign_slot(m, kp, line);
                    self.emit(
                        Inst::Store {
                            ptr: slot,
                            off: 0,
                            src: vslot,
                            size: vs,
                        },
                        line,
                    );
                }
                self.write(dst, m, t, line);
                Some(())
            }
            _ => {
                self.m.unsupported(e.span, "this composite literal");
                None
            }
        }
    }

    fn elem_value(&mut self, v: &Expr, t: TypeId, line: u32) -> Option<Loc> {
        if let ExprKind::Composite { ty: None, .. } = &v.kind {
            if let Type::Pointer(p) = self.under(t).clone() {
                // An elided &T{...}.
                let cell = self.heap_alloc(p, line);
                self.composite_into(v, p, Place::at(cell), line)?;
                return Some(cell);
            }
            let dst = self.temp(t);
            self.composite_into(v, t, Place::Frame(dst), line)?;
            return Some(dst);
        }
        let vt = self.expr_type(v.id);
        let x = self.expr(v)?;
        self.coerce(x, vt, t, line)
    }
}
