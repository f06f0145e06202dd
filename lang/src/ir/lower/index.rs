//! Indexing and slicing: `a[i]`, `s[i]`, `a[lo:hi:max]`, with their bounds
//! checks and the panics gc reports for them.

use super::place::Place;
use super::*;
use crate::ast::{Expr, ExprKind};
use crate::types::BasicKind;

impl FnBuilder<'_, '_> {
    /// An integer expression as a word (for sizes and indexes).
    pub(super) fn int_word(&mut self, e: &Expr, line: u32) -> Option<Loc> {
        let t = self.expr_type(e.id);
        let v = self.expr(e)?;
        let ws = Scalar::word(&self.m.p.target);
        let from = self.scalar(t).unwrap_or(ws);
        // A signed word is the same bits: the unsigned compares and the
        // arithmetic that follow read them as they are.
        if from.size() == ws.size() && !from.is_float() {
            return Some(v);
        }
        let dst = self.int_temp();
        self.emit(
            Inst::Conv {
                from,
                to: ws,
                dst,
                a: v,
            },
            line,
        );
        Some(dst)
    }

    /// `x[lo:hi:max]` on a string, slice, array or pointer to array.
    pub(super) fn slice_expr(&mut self, e: &Expr, line: u32) -> Option<Loc> {
        let ExprKind::Slice { x, lo, hi, max, .. } = &e.kind else {
            return None;
        };
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let xt = self.expr_type(x.id);
        // base pointer, length and capacity of what is sliced.
        let (base, len, cap, es, string) = match self.under(xt).clone() {
            Type::Basic(_) => {
                let s = self.expr(x)?;
                (s, s.plus(w), s.plus(w), 1u64, true)
            }
            Type::Slice(el) => {
                let s = self.expr(x)?;
                (
                    s,
                    s.plus(w),
                    s.plus(2 * w),
                    self.m.size_of(el) as u64,
                    false,
                )
            }
            Type::Array(n, el) => {
                let p = self.place(x)?;
                let a = self.place_addr(p, line);
                let n = self.word_imm(n, line);
                (a, n, n, self.m.size_of(el) as u64, false)
            }
            Type::Pointer(pt) => {
                let Type::Array(n, el) = self.under(pt).clone() else {
                    return None;
                };
                // Slicing touches no memory: a nil pointer is checked
                // (Go panics even for p[0:0]).
                let a = self.expr(x)?;
                self.nil_check(a, line);
                let n = self.word_imm(n, line);
                (a, n, n, self.m.size_of(el) as u64, false)
            }
            _ => return None,
        };
        let is_slice = matches!(self.under(xt), Type::Slice(_));
        let zero = self.word_imm(0, line);
        let (lo_v, lo_signed) = match lo {
            Some(l) => self.bound_word(l, line)?,
            None => (zero, true),
        };
        let hi_v = match hi {
            Some(h) => Some(self.bound_word(h, line)?),
            None => None,
        };
        // 0 <= lo <= hi <= max <= cap, checked from the top as gc does
        // (each check then compares with a bound known not negative), each
        // failure with gc's message for it (runtime/error.go boundsError).
        let hi_v = match (max, hi_v) {
            (Some(m), Some((hi_v, hi_signed))) => {
                let (max_v, max_signed) = self.bound_word(m, line)?;
                let code = if is_slice {
                    bounds::SLICE3_ACAP
                } else {
                    bounds::SLICE3_ALEN
                };
                self.bound_check(max_v, cap, code, max_signed, line);
                self.bound_check(hi_v, max_v, bounds::SLICE3_B, hi_signed, line);
                self.bound_check(lo_v, hi_v, bounds::SLICE3_C, lo_signed, line);
                let _ = len;
                (hi_v, max_v)
            }
            (_, hi_v) => {
                // `s[i:]` of a slice needs no check of len <= cap.
                let hi_v = match hi_v {
                    Some((hi_v, hi_signed)) => {
                        let code = if is_slice {
                            bounds::SLICE_ACAP
                        } else {
                            bounds::SLICE_ALEN
                        };
                        self.bound_check(hi_v, cap, code, hi_signed, line);
                        hi_v
                    }
                    None => len,
                };
                self.bound_check(lo_v, hi_v, bounds::SLICE_B, lo_signed, line);
                (hi_v, cap)
            }
        };
        let (hi_v, max_v) = hi_v;
        let dst = if string {
            self.words_temp(&STRING_WORDS)
        } else {
            self.words_temp(&SLICE_WORDS)
        };
        let esz = self.word_imm(es, line);
        let off = self.int_temp();
        self.bin(BinOp::Mul, ws, off, lo_v, esz, line);
        if lo.is_some() {
            // A result with no capacity (a string: no length) keeps the
            // base pointer, as gc's does, so that it never points past the
            // end of the object (unsafe code can see the difference).
            let room = self.int_temp();
            let top = if string { hi_v } else { max_v };
            self.bin(BinOp::Sub, ws, room, top, lo_v, line);
            let some = self.scalar_temp(1, 1);
            self.emit(
                Inst::Cmp {
                    op: CmpOp::Ne,
                    ty: ws,
                    dst: some,
                    a: room,
                    b: zero,
                },
                line,
            );
            let mask = self.int_temp();
            self.emit(
                Inst::Conv {
                    from: Scalar::U8,
                    to: ws,
                    dst: mask,
                    a: some,
                },
                line,
            );
            self.emit(
                Inst::Un {
                    op: UnOp::Neg,
                    ty: ws,
                    dst: mask,
                    a: mask,
                },
                line,
            );
            self.bin(BinOp::And, ws, off, off, mask, line);
        }
        self.emit(
            Inst::Bin {
                op: BinOp::Add,
                ty: ws,
                dst,
                a: base,
                b: off,
            },
            line,
        );
        self.bin(BinOp::Sub, ws, dst.plus(w), hi_v, lo_v, line);
        if !string {
            self.bin(BinOp::Sub, ws, dst.plus(2 * w), max_v, lo_v, line);
        }
        Some(dst)
    }

    /// A slice bound as a word, and whether its type is signed (a negative
    /// one is reported as such).
    fn bound_word(&mut self, e: &Expr, line: u32) -> Option<(Loc, bool)> {
        let t = self.expr_type(e.id);
        let signed = self.scalar(t).is_some_and(Scalar::is_signed);
        Some((self.int_word(e, line)?, signed))
    }

    /// Panics with `slice bounds out of range` (the form of `code`) unless
    /// `v <= limit` (unsigned, so a negative `v` fails too).
    fn bound_check(&mut self, v: Loc, limit: Loc, code: u64, signed: bool, line: u32) {
        self.check_or_panic(CmpOp::Le, v, limit, code, signed, line);
    }

    /// Goes on when the unsigned `v op limit` holds; otherwise calls the
    /// runtime's PanicBounds service with (v, limit, code), which does not
    /// return; `signed` when `v` is of a signed type.
    pub(super) fn check_or_panic(
        &mut self,
        op: CmpOp,
        v: Loc,
        limit: Loc,
        code: u64,
        signed: bool,
        line: u32,
    ) {
        let ws = Scalar::word(&self.m.p.target);
        let w = self.word();
        let ok = self.scalar_temp(1, 1);
        self.emit(
            Inst::Cmp {
                op,
                ty: ws,
                dst: ok,
                a: v,
                b: limit,
            },
            line,
        );
        let good = self.new_block();
        let bad = self.new_block();
        self.terminate(
            Term::Branch {
                cond: ok,
                then: good,
                els: bad,
            },
            line,
        );
        self.switch_to(bad);
        self.mov(Loc::Out(0), v, w, line);
        self.mov(Loc::Out(w), limit, w, line);
        let code = code | if signed { bounds::SIGNED } else { 0 };
        self.emit(
            Inst::Imm {
                dst: Loc::Out(2 * w),
                ty: ws,
                bits: code,
            },
            line,
        );
        self.call_service(Service::PanicBounds, line);
        self.terminate(Term::Unreachable, line);
        self.switch_to(good);
    }

    pub(super) fn word_imm(&mut self, v: u64, line: u32) -> Loc {
        let ws = Scalar::word(&self.m.p.target);
        let dst = self.int_temp();
        self.emit(
            Inst::Imm {
                dst,
                ty: ws,
                bits: v,
            },
            line,
        );
        dst
    }

    /// Evaluates an index and checks it against `len` (a word): panics with
    /// `index out of range [i] with length n` when it is not below.
    pub(super) fn index(&mut self, i: &Expr, len: Loc, line: u32) -> Option<Loc> {
        let it = self.expr_type(i.id);
        let v = self.expr(i)?;
        let ws = Scalar::word(&self.m.p.target);
        let from = self.scalar(it).unwrap_or(ws);
        let idx = if from == ws {
            v
        } else {
            let dst = self.int_temp();
            self.emit(
                Inst::Conv {
                    from,
                    to: ws,
                    dst,
                    a: v,
                },
                line,
            );
            dst
        };
        // One unsigned compare also catches negative indexes.
        self.check_or_panic(CmpOp::Lt, idx, len, bounds::INDEX, from.is_signed(), line);
        Some(idx)
    }

    /// `*(base + idx * sizeof(el))`, where `base` holds the first element's
    /// address; `nilable` when `base` may come from a nil pointer (and the
    /// elements lie below [`NIL_GUARD`]: see `array_base`).
    pub(super) fn element(
        &mut self,
        base: Loc,
        idx: Loc,
        el: TypeId,
        nilable: bool,
        line: u32,
    ) -> Place {
        let ws = Scalar::word(&self.m.p.target);
        let size = self.m.size_of(el) as u64;
        let sz = self.word_imm(size, line);
        let off = self.int_temp();
        self.bin(BinOp::Mul, ws, off, idx, sz, line);
        let ptr = self.ptr_temp();
        self.bin(BinOp::Add, ws, ptr, base, off, line);
        Place::Mem {
            ptr,
            off: 0,
            nilable,
        }
    }

    pub(super) fn string_index(&mut self, x: &Expr, i: &Expr, line: u32) -> Option<Loc> {
        let s = self.expr(x)?;
        let w = self.word();
        let idx = self.index(i, s.plus(w), line)?;
        let u8t = self.m.p.types.basic_kind_type(BasicKind::Uint8);
        let p = self.element(s, idx, u8t, false, line);
        Some(self.read(p, u8t, line))
    }
}
