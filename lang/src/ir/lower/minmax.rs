//! The builtins `min`, `max` and `clear` (the checker folds constant
//! `min`/`max`; what reaches here has a run-time operand).
//!
//! `min`/`max` fold their operands left to right into one slot. Floats
//! follow Go's rules rather than a plain comparison: a NaN operand makes
//! the result NaN, and between zeros `min` prefers -0 and `max` +0 (the
//! sign bits ORed or ANDed). `clear` zeroes a slice's elements up to its
//! length, or empties a map through the runtime.

use super::FnBuilder;
use crate::ast::Expr;
use crate::check::scope::Builtin;
use crate::ir::{BinOp, CmpOp, Inst, Loc, Scalar, Service, Term};
use crate::types::{Type, TypeId};

impl FnBuilder<'_, '_> {
    /// `min(args...)` or `max(args...)` of type `t`.
    pub(super) fn min_max(
        &mut self,
        b: Builtin,
        t: TypeId,
        args: &[Expr],
        line: u32,
    ) -> Option<Loc> {
        let size = self.m.size_of(t);
        let float = matches!(self.scalar(t), Some(Scalar::F32 | Scalar::F64));
        let acc = self.temp(t);
        for (i, a) in args.iter().enumerate() {
            let at = self.expr_type(a.id);
            let v = self.expr(a)?;
            let v = self.coerce(v, at, t, line)?;
            if i == 0 {
                self.mov(acc, v, size, line);
                continue;
            }
            // Later operands may call: keep this one in its own slot.
            let y = self.temp(t);
            self.mov(y, v, size, line);
            if float {
                self.float_min_max(b, t, acc, y, line);
                continue;
            }
            let op = if b == Builtin::Min {
                CmpOp::Lt
            } else {
                CmpOp::Gt
            };
            let better = self.compare_values(op, (y, t), (acc, t), (false, false), line, a.span)?;
            let take = self.new_block();
            let next = self.new_block();
            self.terminate(
                Term::Branch {
                    cond: better,
                    then: take,
                    els: next,
                },
                line,
            );
            self.switch_to(take);
            self.mov(acc, y, size, line);
            self.jump(next, line);
            self.switch_to(next);
        }
        Some(acc)
    }

    /// `acc = min(acc, y)` (or max) of floats: y if it is NaN or better;
    /// acc if it is NaN, better, or not zero; else both are zeros, and
    /// their sign bits combine.
    fn float_min_max(&mut self, b: Builtin, t: TypeId, acc: Loc, y: Loc, line: u32) {
        let sc = self.scalar(t).expect("a float type");
        let (bits, size) = if sc == Scalar::F64 {
            (Scalar::U64, 8)
        } else {
            (Scalar::U32, 4)
        };
        let better = if b == Builtin::Min {
            CmpOp::Lt
        } else {
            CmpOp::Gt
        };
        let take = self.new_block();
        let next = self.new_block();
        let flag = self.scalar_temp(1, 1);
        // y is NaN, or better than acc: y.
        for (op, l, r) in [(CmpOp::Ne, y, y), (better, y, acc)] {
            self.cmp(op, sc, flag, l, r, line);
            self.branch_or_next(flag, take, line);
        }
        // acc is NaN, better than y, or not a zero: acc stays.
        let zero = self.scalar_temp(size, size);
        self.emit(
            Inst::Imm {
                dst: zero,
                ty: sc,
                bits: 0,
            },
            line,
        );
        for (op, l, r) in [
            (CmpOp::Ne, acc, acc),
            (better, acc, y),
            (CmpOp::Ne, acc, zero),
        ] {
            self.cmp(op, sc, flag, l, r, line);
            self.branch_or_next(flag, next, line);
        }
        // ±0 and ±0: min is -0 if either is, max +0 if either is.
        let op = if b == Builtin::Min {
            BinOp::Or
        } else {
            BinOp::And
        };
        self.bin(op, bits, acc, acc, y, line);
        self.jump(next, line);
        self.switch_to(take);
        self.mov(acc, y, size, line);
        self.jump(next, line);
        self.switch_to(next);
    }

    /// `clear(x)` of a map or slice.
    pub(super) fn clear(&mut self, x: &Expr, line: u32) -> Option<()> {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let xt = self.expr_type(x.id);
        let v = self.expr(x)?;
        match self.under(xt).clone() {
            Type::Map(..) => {
                self.mov(Loc::Out(0), v, w, line);
                self.call_service(Service::MapClear, line);
            }
            Type::Slice(el) => {
                // Every element up to len is zeroed, one at a time: the
                // collector will see each pointer slot cleared as a store.
                let s = self.temp(xt);
                self.mov(s, v, 3 * w, line);
                let es = self.m.size_of(el);
                let zero = self.temp(el);
                self.emit(
                    Inst::Zero {
                        dst: zero,
                        size: es,
                    },
                    line,
                );
                let idx = self.word_imm(0, line);
                let one = self.word_imm(1, line);
                let head = self.loop_head(line);
                let body = self.new_block();
                let exit = self.new_block();
                let more = self.scalar_temp(1, 1);
                self.cmp(CmpOp::Lt, ws, more, idx, s.plus(w), line);
                self.terminate(
                    Term::Branch {
                        cond: more,
                        then: body,
                        els: exit,
                    },
                    line,
                );
                self.switch_to(body);
                let p = self.element(s, idx, el, false, line);
                self.write(p, zero, el, line);
                self.bin(BinOp::Add, ws, idx, idx, one, line);
                self.jump(head, line);
                self.switch_to(exit);
            }
            _ => return None,
        }
        Some(())
    }
}
