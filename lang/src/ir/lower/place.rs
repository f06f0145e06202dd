//! Addressable expressions: a [`Place`] is where a variable, field, element
//! or pointed-at value lives, which can be read, written, or have its
//! address taken (with the nil checks that taking it needs).

use super::*;
use crate::ast::{Expr, ExprKind};

/// Where an addressable value is.
#[derive(Clone, Copy, Debug)]
pub(super) enum Place {
    Frame(Loc),
    /// `*(ptr + off)`: `ptr` is a frame word holding an address.
    Mem {
        ptr: Loc,
        off: i32,
        /// `ptr` is a pointer value of the program (or an address computed
        /// from one), which may be nil: an access at `ptr + off` relies on
        /// the fault for its nil check only while `off` is below
        /// [`NIL_GUARD`]; taking the address checks explicitly
        /// ([`FnBuilder::nil_check`]). False for the cells of variables, map
        /// slots and checked pointers, which are never nil.
        nilable: bool,
    },
}

impl Place {
    /// What the pointer value `ptr` points at (`*ptr`): maybe nil.
    pub(super) fn deref(ptr: Loc) -> Place {
        Place::Mem {
            ptr,
            off: 0,
            nilable: true,
        }
    }

    /// The memory at `ptr`, an address known not to be nil (a variable's
    /// cell, a map slot, a checked pointer).
    pub(super) fn at(ptr: Loc) -> Place {
        Place::Mem {
            ptr,
            off: 0,
            nilable: false,
        }
    }
}

impl FnBuilder<'_, '_> {
    /// Copies the value at `p` into a fresh slot (or returns the frame slot).
    pub(super) fn read(&mut self, p: Place, t: TypeId, line: u32) -> Loc {
        let size = self.m.size_of(t);
        match p {
            Place::Frame(l) => l,
            Place::Mem { ptr, off, nilable } => {
                self.guard_access(ptr, off, nilable, size, line);
                let dst = self.temp(t);
                self.emit(
                    Inst::Load {
                        dst,
                        ptr,
                        off,
                        size,
                    },
                    line,
                );
                dst
            }
        }
    }

    pub(super) fn write(&mut self, p: Place, src: Loc, t: TypeId, line: u32) {
        let size = self.m.size_of(t);
        match p {
            Place::Frame(l) => {
                if l != src {
                    self.emit(Inst::Move { dst: l, src, size }, line);
                }
            }
            Place::Mem { ptr, off, nilable } => {
                self.guard_access(ptr, off, nilable, size, line);
                self.emit(
                    Inst::Store {
                        ptr,
                        off,
                        src,
                        size,
                    },
                    line,
                )
            }
        }
    }

    /// The nil check an access of `size` bytes at `ptr + off` needs
    /// before it. Near the pointer (`off` below [`NIL_GUARD`]) the access
    /// itself faults when `ptr` is nil, except for a zero-size value, which
    /// touches no memory and is probed; farther, the access would reach
    /// mapped memory, so a maybe-nil pointer is checked first.
    fn guard_access(&mut self, ptr: Loc, off: i32, nilable: bool, size: u32, line: u32) {
        if nilable && off as u64 >= NIL_GUARD {
            self.nil_check(ptr, line);
        } else if size == 0 {
            self.nil_probe(ptr, off, line);
        }
    }

    /// Go's explicit nil check (gc's `TESTB AX, (AX)`): reads the byte at
    /// `ptr`, so that a nil `ptr` faults at address 0 and panics with the
    /// nil-dereference error. For the accesses whose offset may pass
    /// [`NIL_GUARD`] and the address-taking ones that touch no memory.
    pub(super) fn nil_check(&mut self, ptr: Loc, line: u32) {
        self.nil_probe(ptr, 0, line);
    }

    /// Reads one byte at `ptr + off`, for an access of a zero-size value
    /// that touches no memory: Go's nil check, so that `*p` with p nil
    /// faults (and panics) as it would for any other type.
    pub(super) fn nil_probe(&mut self, ptr: Loc, off: i32, line: u32) {
        let probe = self.scalar_temp(1, 1);
        self.emit(
            Inst::Load {
                dst: probe,
                ptr,
                off,
                size: 1,
            },
            line,
        );
    }

    /// The place an addressable (or variable-like) expression denotes.
    pub(super) fn place(&mut self, e: &Expr) -> Option<Place> {
        if let Some(&l) = self.bound.get(&e.id) {
            return Some(Place::Frame(l));
        }
        let line = self.expr_line(e);
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(_) | ExprKind::Selector(..) if self.m.p.uses.contains_key(&e.id) => {
                let o = self.m.p.uses[&e.id];
                if let Some((v, _)) = self.vars.get(&o).copied() {
                    return Some(self.var_place(v, line));
                }
                if let Some(&g) = self.m.globals.get(&o) {
                    return Some(self.var_place(VarLoc::Global(g), line));
                }
                self.m.unsupported(e.span, "this variable");
                None
            }
            ExprKind::Selector(x, sel) => {
                let xt = self.expr_type(x.id);
                let res = self
                    .m
                    .p
                    .types
                    .lookup_field_or_method(xt, &sel.name, self.pkg_of(e));
                let crate::types::lookup::LookupResult::Field { index_path, .. } = res else {
                    self.m.unsupported(e.span, "this selector");
                    return None;
                };
                // Walk the path: through pointers (explicit or embedded) to
                // the field's offset.
                let mut cur_t = xt;
                let mut place = if let Type::Pointer(_) = self.under(xt) {
                    let ptr = self.expr(x)?;
                    Place::deref(ptr)
                } else {
                    self.place_or_temp(x)?
                };
                if let Type::Pointer(p) = self.under(cur_t).clone() {
                    cur_t = p;
                }
                for (depth, &i) in index_path.iter().enumerate() {
                    let Type::Struct(fields) = self.under(cur_t).clone() else {
                        return None;
                    };
                    let offs = self.m.p.types.field_offsets(cur_t, &self.m.p.target);
                    place = self.offset_place(place, offs[i], line);
                    cur_t = fields[i].ty;
                    if depth + 1 < index_path.len() {
                        if let Type::Pointer(p) = self.under(cur_t).clone() {
                            let ptr = self.read(place, cur_t, line);
                            place = Place::deref(ptr);
                            cur_t = p;
                        }
                    }
                }
                Some(place)
            }
            ExprKind::Star(x) => {
                let ptr = self.expr(x)?;
                Some(Place::deref(ptr))
            }
            ExprKind::Index(x, i) => {
                let xt = self.expr_type(x.id);
                let w = self.word();
                match self.under(xt).clone() {
                    Type::Array(n, el) => {
                        let base = self.place_or_temp(x)?;
                        let len = self.word_imm(n, line);
                        let idx = self.index(i, len, line)?;
                        let (ptr, nilable) = self.array_base(base, n, el, line);
                        Some(self.element(ptr, idx, el, nilable, line))
                    }
                    Type::Pointer(p) => {
                        let Type::Array(n, el) = self.under(p).clone() else {
                            return None;
                        };
                        let ptr = self.expr(x)?;
                        let len = self.word_imm(n, line);
                        let idx = self.index(i, len, line)?;
                        let (ptr, nilable) = self.array_base(Place::deref(ptr), n, el, line);
                        Some(self.element(ptr, idx, el, nilable, line))
                    }
                    Type::Slice(el) => {
                        let s = self.expr(x)?;
                        let idx = self.index(i, s.plus(w), line)?;
                        Some(self.element(s, idx, el, false, line))
                    }
                    Type::Map(..) => self.map_slot(x, i, line),
                    _ => {
                        self.m.unsupported(e.span, "indexing this type");
                        None
                    }
                }
            }
            _ => {
                // Not addressable: evaluate into a temporary.
                let l = self.expr(e)?;
                Some(Place::Frame(l))
            }
        }
    }

    pub(super) fn pkg_of(&self, _e: &Expr) -> crate::types::PkgId {
        // Field lookups only need the package for unexported names; the
        // checker already verified access, so the declaring package of the
        // current function works: find it from the function's name.
        let name = &self.m.module.funcs[self.id.0 as usize].name;
        let pkg = name.split('.').next().unwrap_or("main");
        let idx = self
            .m
            .p
            .types
            .pkg_paths
            .iter()
            .position(|p| p == pkg)
            .unwrap_or(0);
        crate::types::PkgId(idx as u32)
    }

    fn place_or_temp(&mut self, x: &Expr) -> Option<Place> {
        self.place(x)
    }

    /// The place of a variable: its frame slot, its heap cell or the
    /// package variable.
    pub(super) fn var_place(&mut self, v: VarLoc, line: u32) -> Place {
        match v {
            VarLoc::Frame(l) => Place::Frame(l),
            VarLoc::Heap(cell) => Place::at(cell),
            VarLoc::Global(g) => {
                let ptr = self.ptr_temp();
                self.addr_to(ptr, AddrOf::Global(g), line);
                Place::at(ptr)
            }
        }
    }

    /// The place `off` bytes into the value at `p` (a field). An offset
    /// that a memory operand cannot hold (an `i32`) is added to the
    /// pointer, after its nil check.
    pub(super) fn offset_place(&mut self, p: Place, off: u64, line: u32) -> Place {
        match p {
            Place::Frame(l) => Place::Frame(l.plus(off as u32)),
            Place::Mem {
                ptr,
                off: o,
                nilable,
            } => match i32::try_from(o as u64 + off) {
                Ok(sum) => Place::Mem {
                    ptr,
                    off: sum,
                    nilable,
                },
                Err(_) => {
                    let ptr = self.place_addr(p, line);
                    let o = self.word_imm(off, line);
                    let dst = self.ptr_temp();
                    let ws = Scalar::word(&self.m.p.target);
                    self.bin(BinOp::Add, ws, dst, ptr, o, line);
                    Place::at(dst)
                }
            },
        }
    }

    /// The address of the first element of an array of `n` elements of
    /// type `el` at `p`, for indexing it, and whether it may be nil-derived
    /// (so the element's access or address is the nil check). When the last
    /// element lies at or past [`NIL_GUARD`] from a maybe-nil pointer, a
    /// faulting index could reach mapped memory: the pointer is checked
    /// first, as gc does for every indexing through a pointer.
    fn array_base(&mut self, p: Place, n: u64, el: TypeId, line: u32) -> (Loc, bool) {
        let es = self.m.size_of(el) as u64;
        match p {
            Place::Mem {
                ptr,
                off,
                nilable: true,
            } => {
                let last = (off as u64).saturating_add(n.saturating_sub(1).saturating_mul(es));
                if last >= NIL_GUARD {
                    return (self.place_addr(p, line), false);
                }
                let raw = Place::Mem {
                    ptr,
                    off,
                    nilable: false,
                };
                (self.place_addr(raw, line), true)
            }
            _ => (self.place_addr(p, line), false),
        }
    }

    /// The address of a place, in a fresh word. A maybe-nil pointer's
    /// place is nil-checked first (taking `&p.f` or slicing `p[:]` touches
    /// no memory, and Go panics there when `p` is nil).
    pub(super) fn place_addr(&mut self, p: Place, line: u32) -> Loc {
        if let Place::Mem {
            ptr, nilable: true, ..
        } = p
        {
            self.nil_check(ptr, line);
        }
        self.raw_addr(p, line)
    }

    /// The address of a place without a nil check: for a method's pointer
    /// receiver, which may be nil (`p.M()` with p nil calls M).
    pub(super) fn raw_addr(&mut self, p: Place, line: u32) -> Loc {
        let ws = Scalar::word(&self.m.p.target);
        match p {
            Place::Frame(l) => {
                let dst = self.ptr_temp();
                self.emit(
                    Inst::Addr {
                        dst,
                        what: AddrOf::Frame(l),
                    },
                    line,
                );
                dst
            }
            Place::Mem { ptr, off: 0, .. } => ptr,
            Place::Mem { ptr, off, .. } => {
                let o = self.word_imm(off as u64, line);
                let dst = self.ptr_temp();
                self.emit(
                    Inst::Bin {
                        op: BinOp::Add,
                        ty: ws,
                        dst,
                        a: ptr,
                        b: o,
                    },
                    line,
                );
                dst
            }
        }
    }

    /// From the place of a struct value of type `t`, follows the embedded
    /// fields of `path` (dereferencing embedded pointers) to the place of
    /// the innermost one; with whether that place is what an embedded
    /// pointer points at (its address is that pointer, nil or not), which
    /// is also the case of an empty path from `*p`.
    pub(super) fn walk_embedded(
        &mut self,
        place: Place,
        t: TypeId,
        path: &[usize],
        line: u32,
    ) -> Option<(Place, bool)> {
        let (p, _, direct) = self.walk_embedded_to(place, t, path, line)?;
        Some((p, direct))
    }

    /// [`Self::walk_embedded`], with the type of the field reached (an
    /// embedded pointer is followed: the type it points at) before
    /// `direct`.
    pub(super) fn walk_embedded_to(
        &mut self,
        mut place: Place,
        mut t: TypeId,
        path: &[usize],
        line: u32,
    ) -> Option<(Place, TypeId, bool)> {
        let mut direct = true;
        for &i in path {
            let Type::Struct(fields) = self.under(t).clone() else {
                return None;
            };
            let offs = self.m.p.types.field_offsets(t, &self.m.p.target);
            place = self.offset_place(place, offs[i], line);
            t = fields[i].ty;
            direct = false;
            if let Type::Pointer(p) = self.under(t).clone() {
                let ptr = self.read(place, t, line);
                place = Place::deref(ptr);
                t = p;
                direct = true;
            }
        }
        Some((place, t, direct))
    }
}
