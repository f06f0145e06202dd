//! Interface values whose dynamic type is known at compile time: boxing a
//! concrete value (`coerce`), reading an interface's dynamic type
//! descriptor, and type assertions to concrete types (those to interface
//! types are in iface.rs).

use super::*;
use crate::ast::{Expr, ExprKind};

impl FnBuilder<'_, '_> {
    /// Converts a value of type `from` to type `to` where Go converts
    /// implicitly: a concrete value assigned to an interface is boxed into
    /// `(type descriptor, pointer to a copy)`.
    pub(super) fn coerce(&mut self, v: Loc, from: TypeId, to: TypeId, line: u32) -> Option<Loc> {
        let to_iface = matches!(self.under(to), Type::Interface(_));
        let from_iface = matches!(self.under(from), Type::Interface(_));
        if from == to || !to_iface {
            return Some(v);
        }
        if from_iface {
            if self.under(from) == self.under(to) {
                return Some(v);
            }
            if self.is_empty_iface(to) {
                // (itab, data) -> (type, data).
                let w = self.word();
                let desc = self.dyn_desc(v, from, line);
                let dst = self.temp(to);
                self.emit(
                    Inst::Move {
                        dst,
                        src: desc,
                        size: w,
                    },
                    line,
                );
                self.mov(dst.plus(w), v.plus(w), w, line);
                return Some(dst);
            }
            return Some(self.convert_iface(v, from, to, line));
        }
        let w = self.word();
        let dst = self.temp(to);
        if matches!(
            self.under(from),
            Type::Basic(crate::types::BasicKind::UntypedNil)
        ) {
            self.emit(Inst::Zero { dst, size: 2 * w }, line);
            return Some(dst);
        }
        self.m.boxed.insert(from);
        let what = if self.is_empty_iface(to) {
            AddrOf::TypeDesc(self.m.type_desc(from))
        } else {
            let span = self.m.current_span;
            AddrOf::Itab(self.m.itab(to, from, span)?)
        };
        self.emit(Inst::Addr { dst, what }, line);
        let size = self.m.size_of(from);
        let cell = self.heap_alloc(from, line);
        self.emit(
            Inst::Store {
                ptr: cell,
                off: 0,
                src: v,
                size,
            },
            line,
        );
        self.mov(dst.plus(w), cell, w, line);
        Some(dst)
    }

    pub(super) fn is_empty_iface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(ms) if ms.is_empty())
    }

    /// The dynamic type's descriptor address of the interface value at `v`
    /// (0 for nil): its first word, or the first word of its itab.
    pub(super) fn dyn_desc(&mut self, v: Loc, t: TypeId, line: u32) -> Loc {
        if self.is_empty_iface(t) {
            return v;
        }
        self.first_word_or_zero(v, line)
    }

    /// The word a possibly nil pointer at `p` points to, or 0 when it is
    /// nil: here an interface's type word through its itab.
    fn first_word_or_zero(&mut self, p: Loc, line: u32) -> Loc {
        self.word_or_zero(p, 0, PTR, line)
    }

    /// The word at `off` bytes from a possibly nil pointer at `p`, or 0
    /// when it is nil (a map's count, a channel's count and capacity);
    /// `kind` ([`PTR`] or [`INT`]) says what the word holds.
    pub(super) fn word_or_zero(&mut self, p: Loc, off: i32, kind: bool, line: u32) -> Loc {
        let w = self.word();
        let dst = self.words_temp(&[kind]);
        self.emit(Inst::Zero { dst, size: w }, line);
        let ws = Scalar::word(&self.m.p.target);
        let zero = self.word_imm(0, line);
        let nonnil = self.scalar_temp(1, 1);
        self.cmp(CmpOp::Ne, ws, nonnil, p, zero, line);
        let load = self.new_block();
        let join = self.new_block();
        self.terminate(
            Term::Branch {
                cond: nonnil,
                then: load,
                els: join,
            },
            line,
        );
        self.switch_to(load);
        self.emit(
            Inst::Load {
                dst,
                ptr: p,
                off,
                size: w,
            },
            line,
        );
        self.jump(join, line);
        self.switch_to(join);
        dst
    }

    /// `x.(T)` for a concrete `T`: the value and an ok flag; without
    /// `comma_ok`, a mismatch panics.
    pub(super) fn type_assert(
        &mut self,
        e: &Expr,
        comma_ok: bool,
        line: u32,
    ) -> Option<(Loc, Loc)> {
        let ExprKind::TypeAssert(x, Some(_)) = &e.kind else {
            return None;
        };
        let w = self.word();
        let t = self.expr_type(e.id);
        let xt = self.expr_type(x.id);
        let v = self.expr(x)?;
        if matches!(self.under(t), Type::Interface(_)) {
            return Some(self.assert_to_iface(v, xt, t, comma_ok, line));
        }
        let desc = self.dyn_desc(v, xt, line);
        let want = self.ptr_temp();
        let wd = self.m.type_desc(t);
        self.addr_to(want, AddrOf::TypeDesc(wd), line);
        let ws = Scalar::word(&self.m.p.target);
        let ok = self.scalar_temp(1, 1);
        self.cmp(CmpOp::Eq, ws, ok, desc, want, line);
        let val = self.temp(t);
        let size = self.m.size_of(t);
        self.emit(Inst::Zero { dst: val, size }, line);
        let good = self.new_block();
        let bad = self.new_block();
        let join = self.new_block();
        self.terminate(
            Term::Branch {
                cond: ok,
                then: good,
                els: bad,
            },
            line,
        );
        self.switch_to(good);
        self.emit(
            Inst::Load {
                dst: val,
                ptr: v.plus(w),
                off: 0,
                size,
            },
            line,
        );
        self.jump(join, line);
        self.switch_to(bad);
        if !comma_ok {
            let id = self.m.type_desc(xt);
            self.mov(Loc::Out(0), desc, w, line);
            self.mov(Loc::Out(w), want, w, line);
            self.addr_to(Loc::Out(2 * w), AddrOf::TypeDesc(id), line);
            self.call_service(Service::PanicAssert, line);
            self.terminate(Term::Unreachable, line);
        } else {
            self.jump(join, line);
        }
        self.switch_to(join);
        Some((val, ok))
    }
}
