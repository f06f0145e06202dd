//! Conversions `T(x)` that are not a change of representation between
//! numbers or strings (those stay in expr.rs): to an interface type (the
//! same boxing as an assignment, or a run-time itab from another
//! interface, iface.rs) and from a slice to an array pointer, whose length
//! is checked with gc's message.

use super::*;
use crate::ast::Expr;

impl FnBuilder<'_, '_> {
    /// `T(x)` when `T` is an interface type or `x` a slice converted to a
    /// pointer to an array; `None` for the other conversions, which the
    /// caller lowers. The inner `None` is a failure already reported.
    pub(super) fn special_conversion(
        &mut self,
        to_t: TypeId,
        arg: &Expr,
        line: u32,
    ) -> Option<Option<Loc>> {
        let from_t = self.expr_type(arg.id);
        if matches!(self.under(to_t), Type::Interface(_)) {
            // An untyped constant is boxed as its default type.
            let from_t = match self.m.p.types.basic_kind(from_t) {
                Some(k) if k.is_untyped() => self.m.p.types.basic_kind_type(k.default_type()),
                _ => from_t,
            };
            let v = self.expr(arg);
            return Some(v.and_then(|v| self.coerce(v, from_t, to_t, line)));
        }
        let (Type::Slice(_), Type::Pointer(p)) =
            (self.under(from_t).clone(), self.under(to_t).clone())
        else {
            return None;
        };
        let Type::Array(n, _) = self.under(p).clone() else {
            return None;
        };
        let Some(v) = self.expr(arg) else {
            return Some(None);
        };
        let w = self.word();
        // len(x) >= n, else gc's boundsConvert panic.
        let limit = self.word_imm(n, line);
        self.check_or_panic(CmpOp::Ge, v.plus(w), limit, bounds::CONVERT, false, line);
        let dst = self.ptr_temp();
        self.mov(dst, v, w, line);
        Some(Some(dst))
    }

    /// Conversions to and from strings that build new values.
    fn string_conversion(
        &mut self,
        e: &Expr,
        v: Loc,
        from_t: TypeId,
        to_t: TypeId,
        line: u32,
    ) -> Option<Loc> {
        use crate::types::BasicKind as K;
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let elem_kind = |b: &Self, t: TypeId| match b.under(t) {
            Type::Slice(el) => b.m.p.types.basic_kind(*el),
            _ => None,
        };
        let service = if self.is_string(to_t) {
            if let Some(sc) = self.scalar(from_t) {
                // string(rune): the integer widened to a word first.
                let wv = self.int_temp();
                if sc == ws {
                    self.mov(wv, v, w, line);
                } else {
                    self.emit(
                        Inst::Conv {
                            from: sc,
                            to: if sc.is_signed() { Scalar::I64 } else { ws },
                            dst: wv,
                            a: v,
                        },
                        line,
                    );
                }
                self.mov(Loc::Out(0), wv, w, line);
                self.call_service(Service::IntToString, line);
                let dst = self.temp(to_t);
                self.emit(
                    Inst::Move {
                        dst,
                        src: self.service_result(Service::IntToString, 0),
                        size: 2 * w,
                    },
                    line,
                );
                return Some(dst);
            }
            match elem_kind(self, from_t) {
                Some(K::Uint8) => Service::BytesToString,
                Some(K::Int32) => Service::RunesToString,
                _ => {
                    self.m.unsupported(e.span, "this conversion");
                    return None;
                }
            }
        } else if self.is_string(from_t) {
            match elem_kind(self, to_t) {
                Some(K::Uint8) => Service::StringToBytes,
                Some(K::Int32) => Service::StringToRunes,
                _ => {
                    self.m.unsupported(e.span, "this conversion");
                    return None;
                }
            }
        } else {
            self.m.unsupported(e.span, "this conversion");
            return None;
        };
        // A string or slice in, the other out: the sizes are the layout's.
        let frame = service.frame();
        let (in_words, out_words) = (frame.args.words, frame.results.words);
        self.mov(Loc::Out(0), v, in_words * w, line);
        self.call_service(service, line);
        let dst = self.temp(to_t);
        self.emit(
            Inst::Move {
                dst,
                src: self.service_result(service, 0),
                size: out_words * w,
            },
            line,
        );
        Some(dst)
    }

    pub(super) fn conversion(&mut self, e: &Expr, args: &[Expr], line: u32) -> Option<Loc> {
        let to_t = self.expr_type(e.id);
        let from_t = self.expr_type(args[0].id);
        if matches!(
            self.under(from_t),
            Type::Basic(crate::types::BasicKind::UntypedNil)
        ) {
            // T(nil): T's zero value, whatever its size (`[]int(nil)`).
            let size = self.m.size_of(to_t);
            let dst = self.temp(to_t);
            self.emit(Inst::Zero { dst, size }, line);
            return Some(dst);
        }
        if let Some(v) = self.special_conversion(to_t, &args[0], line) {
            return v;
        }
        let v = self.expr(&args[0])?;
        if matches!(self.under(to_t), Type::Interface(_)) {
            // I(x): boxed as an assignment to an I would box it.
            return self.coerce(v, from_t, to_t, line);
        }
        if let (Some(from), Some(to)) = (self.complex_part(from_t), self.complex_part(to_t)) {
            return Some(self.complex_convert(v, from, to, line));
        }
        let (Some(from), Some(to)) = (self.scalar(from_t), self.scalar(to_t)) else {
            if self.m.size_of(from_t) == self.m.size_of(to_t)
                && self.is_string(from_t) == self.is_string(to_t)
                && !self.is_string(from_t)
            {
                // Between types with the same underlying type: the same bytes.
                return Some(v);
            }
            if self.is_string(from_t) && self.is_string(to_t) {
                return Some(v);
            }
            return self.string_conversion(e, v, from_t, to_t, line);
        };
        if from == to {
            return Some(v);
        }
        // Mostly a number; the result type's mask covers a conversion to
        // unsafe.Pointer from an integer of another width.
        let ptrs = self.m.pointer_mask(to_t);
        let dst = self.alloc_slot(to.size(), to.size(), ptrs);
        self.emit(
            Inst::Conv {
                from,
                to,
                dst,
                a: v,
            },
            line,
        );
        Some(dst)
    }
}
