//! Lowering of expressions: each is evaluated into frame slots, and the
//! slot holding its value is returned. Addressable expressions also lower to
//! a [`Place`](super::place::Place), which can be read, written or have its
//! address taken (place.rs).
//!
//! This module is the dispatcher: it sends each kind of expression to the
//! module that owns it (place, index, arith, call, methodval, map,
//! ifaceval, convert, builtin, composite) and lowers the leaves itself:
//! constants, names and function values.

use super::place::Place;
use super::*;
use crate::ast::{Expr, ExprKind};
use crate::constant::ConstVal;
use crate::types::BasicKind;

impl FnBuilder<'_, '_> {
    /// The scalar an integer, float, boolean or pointer-shaped type is
    /// stored as; `None` for strings and aggregates.
    pub(super) fn scalar(&self, t: TypeId) -> Option<Scalar> {
        let target = &self.m.p.target;
        Some(match self.under(t) {
            Type::Basic(k) => match k {
                BasicKind::Bool | BasicKind::UntypedBool => Scalar::U8,
                BasicKind::Int8 => Scalar::I8,
                BasicKind::Uint8 => Scalar::U8,
                BasicKind::Int16 => Scalar::I16,
                BasicKind::Uint16 => Scalar::U16,
                BasicKind::Int32 | BasicKind::UntypedRune => Scalar::I32,
                BasicKind::Uint32 => Scalar::U32,
                BasicKind::Int64 => Scalar::I64,
                BasicKind::Uint64 => Scalar::U64,
                BasicKind::Int | BasicKind::UntypedInt => {
                    if target.int_size == 8 {
                        Scalar::I64
                    } else {
                        Scalar::I32
                    }
                }
                BasicKind::Uint => {
                    if target.int_size == 8 {
                        Scalar::U64
                    } else {
                        Scalar::U32
                    }
                }
                BasicKind::Uintptr | BasicKind::UnsafePointer | BasicKind::UntypedNil => {
                    Scalar::word(target)
                }
                BasicKind::Float32 => Scalar::F32,
                BasicKind::Float64 | BasicKind::UntypedFloat => Scalar::F64,
                BasicKind::String | BasicKind::UntypedString => return None,
                BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex => {
                    return None
                }
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                Scalar::word(target)
            }
            _ => return None,
        })
    }

    pub(super) fn is_string(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Basic(k) if k.is_string())
    }

    /// Evaluates `e` (a single value) and returns the slot holding it. The
    /// slot may be a variable's own: callers copy before changing it.
    pub(super) fn expr(&mut self, e: &Expr) -> Option<Loc> {
        if let Some(&l) = self.bound.get(&e.id) {
            return Some(l);
        }
        let t = self.expr_type(e.id);
        let line = self.expr_line(e);
        // Constants first: the checker folded them.
        if let Some(v) = self
            .m
            .p
            .exprs
            .get(e.id.0 as usize)
            .and_then(|i| i.as_ref())
            .and_then(|i| i.value.clone())
        {
            return self.constant(&v, t, line);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) => {
                let o = *self.m.p.uses.get(&e.id)?;
                match self.m.p.objects[o.0 as usize].kind {
                    ObjKind::Nil => {
                        let dst = self.temp(t);
                        let size = self.m.size_of(t);
                        self.emit(Inst::Zero { dst, size }, line);
                        Some(dst)
                    }
                    ObjKind::Func { .. } => self.func_value(o, line),
                    _ => {
                        let p = self.place(e)?;
                        Some(self.read(p, t, line))
                    }
                }
            }
            ExprKind::Selector(..)
                if self.m.p.uses.get(&e.id).is_some_and(|o| {
                    matches!(self.m.p.objects[o.0 as usize].kind, ObjKind::Func { .. })
                }) =>
            {
                // A qualified function used as a value: pkg.F.
                self.func_value(self.m.p.uses[&e.id], line)
            }
            ExprKind::Selector(..) | ExprKind::Index(..) | ExprKind::Star(_) => {
                // A qualified identifier, a field, an element, a dereference.
                if let ExprKind::Index(x, i) = &e.kind {
                    if self.is_string(self.expr_type(x.id)) {
                        return self.string_index(x, i, line);
                    }
                    if matches!(self.under(self.expr_type(x.id)), Type::Map(..)) {
                        return self.map_index(x, i, line).map(|v| v.0);
                    }
                }
                if let ExprKind::Selector(x, sel) = &e.kind {
                    let x_is_type = self
                        .m
                        .p
                        .exprs
                        .get(x.id.0 as usize)
                        .and_then(|i| i.as_ref())
                        .is_some_and(|i| i.is_type);
                    if x_is_type {
                        return self.method_expr(e, x, sel, line);
                    }
                    if self.is_method_value(e, x, sel) {
                        return self.method_value(e, x, sel, line);
                    }
                }
                let p = self.place(e)?;
                Some(self.read(p, t, line))
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, t, line, e.span),
            ExprKind::Binary(op @ (ast::BinOp::Shl | ast::BinOp::Shr), l, r)
                if self.m.p.types.is_untyped(t) =>
            {
                // A shift of an untyped float constant keeps the constant's
                // kind in the checker; one inside parentheses is left so
                // when its context made the parenthesized shift an integer
                // (the checker rejects any other). It shifts as an int.
                let int = self.m.p.types.basic_kind_type(crate::types::BasicKind::Int);
                self.binary(*op, l, r, int, line, e.span)
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, l, r, t, line, e.span),
            ExprKind::Call { .. } => {
                let vals = self.call_expr(e)?;
                match vals.len() {
                    1 => Some(vals[0].0),
                    0 => None,
                    _ => {
                        self.m.unsupported(e.span, "multiple values here");
                        None
                    }
                }
            }
            ExprKind::Composite { .. } => {
                let dst = self.temp(t);
                self.composite_into(e, t, Place::Frame(dst), line)?;
                Some(dst)
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body, line),
            ExprKind::Slice { .. } => self.slice_expr(e, line),
            ExprKind::TypeAssert(..) => self.type_assert(e, false, line).map(|v| v.0),
            _ => {
                self.m.unsupported(e.span, "this expression");
                None
            }
        }
    }

    /// The static func value of a declared function or native.
    fn func_value(&mut self, o: ObjId, line: u32) -> Option<Loc> {
        let what = match self.m.funcs.get(&o).copied()? {
            FnRef::Func(f) => {
                self.m.enqueue(f);
                AddrOf::FuncValue(f)
            }
            FnRef::Native(n) => AddrOf::NativeValue(n),
        };
        let dst = self.ptr_temp();
        self.emit(Inst::Addr { dst, what }, line);
        Some(dst)
    }

    /// Materializes a constant of type `t`.
    fn constant(&mut self, v: &ConstVal, t: TypeId, line: u32) -> Option<Loc> {
        if let ConstVal::String(s) = v {
            let w = self.word();
            let ws = Scalar::word(&self.m.p.target);
            let dst = self.words_temp(&STRING_WORDS);
            let d = self.m.string_data(s);
            self.emit(
                Inst::Addr {
                    dst,
                    what: AddrOf::Data(d),
                },
                line,
            );
            self.emit(
                Inst::Imm {
                    dst: dst.plus(w),
                    ty: ws,
                    bits: s.len() as u64,
                },
                line,
            );
            return Some(dst);
        }
        if let Some(fs) = self.complex_part(t) {
            return Some(self.complex_constant(v, fs, line));
        }
        let Some(sc) = self.scalar(t) else {
            // A constant of interface type (e.g. an argument to print of an
            // untyped constant already has its default type, so this is rare).
            return None;
        };
        let bits = match v {
            ConstVal::Bool(b) => *b as u64,
            ConstVal::Int(_) | ConstVal::Float(_) | ConstVal::Complex(..) => match sc {
                Scalar::F64 => v.to_f64().to_bits(),
                Scalar::F32 => (v.to_f64() as f32).to_bits() as u64,
                _ => v.to_i128().map_or(0, |i| i as u64),
            },
            ConstVal::String(_) => 0,
        };
        let dst = self.scalar_temp(sc.size(), sc.size());
        self.emit(Inst::Imm { dst, ty: sc, bits }, line);
        Some(dst)
    }
}
