//! Operators: unary and binary arithmetic (with the shift and division
//! checks) and comparisons, inline or, for strings, interfaces and
//! aggregates, through the runtime.

use super::place::Place;
use super::*;
use crate::ast::{Expr, ExprKind};

impl FnBuilder<'_, '_> {
    pub(super) fn unary(
        &mut self,
        op: ast::UnOp,
        x: &Expr,
        t: TypeId,
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        match op {
            ast::UnOp::Addr => {
                let inner = crate::check::expr::strip_parens(x);
                if let ExprKind::Composite { .. } = inner.kind {
                    // &T{...}: build it in a heap cell.
                    let et = self.expr_type(inner.id);
                    let cell = self.heap_alloc(et, line);
                    self.composite_into(inner, et, Place::at(cell), line)?;
                    return Some(cell);
                }
                let p = self.place(x)?;
                Some(self.place_addr(p, line))
            }
            ast::UnOp::Recv => {
                let _ = span;
                Some(self.recv(x, line)?.0)
            }
            ast::UnOp::Pos => self.expr(x),
            ast::UnOp::Neg | ast::UnOp::Xor | ast::UnOp::Not => {
                let a = self.expr(x)?;
                if let Some(fs) = self.complex_part(t) {
                    return Some(self.complex_neg(a, fs, line));
                }
                let sc = self.scalar(t)?;
                let dst = self.scalar_temp(sc.size(), sc.size());
                match op {
                    ast::UnOp::Neg => self.emit(
                        Inst::Un {
                            op: UnOp::Neg,
                            ty: sc,
                            dst,
                            a,
                        },
                        line,
                    ),
                    ast::UnOp::Xor => self.emit(
                        Inst::Un {
                            op: UnOp::Not,
                            ty: sc,
                            dst,
                            a,
                        },
                        line,
                    ),
                    _ => {
                        // !b == b ^ 1 on a 0/1 byte.
                        let one = self.scalar_temp(1, 1);
                        self.emit(
                            Inst::Imm {
                                dst: one,
                                ty: Scalar::U8,
                                bits: 1,
                            },
                            line,
                        );
                        self.emit(
                            Inst::Bin {
                                op: BinOp::Xor,
                                ty: Scalar::U8,
                                dst,
                                a,
                                b: one,
                            },
                            line,
                        );
                    }
                }
                Some(dst)
            }
        }
    }

    pub(super) fn binary(
        &mut self,
        op: ast::BinOp,
        l: &Expr,
        r: &Expr,
        t: TypeId,
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        use ast::BinOp as B;
        if op == B::LAnd || op == B::LOr {
            // Short circuit: the result slot is written on both paths.
            let dst = self.scalar_temp(1, 1);
            let a = self.expr(l)?;
            self.emit(
                Inst::Move {
                    dst,
                    src: a,
                    size: 1,
                },
                line,
            );
            let rhs = self.new_block();
            let join = self.new_block();
            let (then, els) = if op == B::LAnd {
                (rhs, join)
            } else {
                (join, rhs)
            };
            self.terminate(
                Term::Branch {
                    cond: dst,
                    then,
                    els,
                },
                line,
            );
            self.switch_to(rhs);
            let b = self.expr(r)?;
            self.emit(
                Inst::Move {
                    dst,
                    src: b,
                    size: 1,
                },
                line,
            );
            self.jump(join, line);
            self.switch_to(join);
            return Some(dst);
        }
        let lt = self.expr_type(l.id);
        if op.is_comparison() {
            return self.compare(op, l, r, lt, line, span);
        }
        let a = self.expr(l)?;
        self.binary_values(op, a, r, t, line, span)
    }

    /// `a op r` for an arithmetic or concatenation operator, with the left
    /// operand already evaluated into `a` (also used by `x op= y`).
    pub(super) fn binary_values(
        &mut self,
        op: ast::BinOp,
        a: Loc,
        r: &Expr,
        t: TypeId,
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        use ast::BinOp as B;
        let _ = span;
        if self.is_string(t) {
            // Concatenation.
            let b = self.expr(r)?;
            let w = self.word();
            self.mov(Loc::Out(0), a, 2 * w, line);
            self.mov(Loc::Out(2 * w), b, 2 * w, line);
            self.call_service(Service::Concat, line);
            let dst = self.temp(t);
            self.emit(
                Inst::Move {
                    dst,
                    src: self.service_result(Service::Concat, 0),
                    size: 2 * w,
                },
                line,
            );
            return Some(dst);
        }
        if let Some(fs) = self.complex_part(t) {
            let b = self.expr(r)?;
            return self.complex_arith(op, a, b, fs, line);
        }
        let sc = self.scalar(t)?;
        let b = self.expr(r)?;
        let (bop, b) = match op {
            B::Add => (BinOp::Add, b),
            B::Sub => (BinOp::Sub, b),
            B::Mul => (BinOp::Mul, b),
            B::Div | B::Rem => {
                // A constant divisor is not zero: the checker refuses that.
                if !sc.is_float() && !self.is_constant(r) {
                    self.check_divisor(b, sc, line);
                }
                (if op == B::Div { BinOp::Div } else { BinOp::Rem }, b)
            }
            B::And => (BinOp::And, b),
            B::Or => (BinOp::Or, b),
            B::Xor => (BinOp::Xor, b),
            B::AndNot => (BinOp::AndNot, b),
            B::Shl | B::Shr => {
                // The count, as an unsigned word; a negative one of a signed
                // type panics (Go >= 1.13), a constant one the checker refused.
                let rt = self.expr_type(r.id);
                let ws = Scalar::word(&self.m.p.target);
                let from = self.scalar(rt).unwrap_or(ws);
                if from.is_signed() && !self.is_constant(r) {
                    self.check_shift(b, from, line);
                }
                let c = if from == ws {
                    b
                } else {
                    let c = self.int_temp();
                    self.emit(
                        Inst::Conv {
                            from,
                            to: ws,
                            dst: c,
                            a: b,
                        },
                        line,
                    );
                    c
                };
                (if op == B::Shl { BinOp::Shl } else { BinOp::Shr }, c)
            }
            _ => return None,
        };
        let dst = self.scalar_temp(sc.size(), sc.size());
        self.emit(
            Inst::Bin {
                op: bop,
                ty: sc,
                dst,
                a,
                b,
            },
            line,
        );
        Some(dst)
    }

    /// Whether the checker folded `e` to a constant.
    fn is_constant(&self, e: &Expr) -> bool {
        self.m
            .p
            .exprs
            .get(e.id.0 as usize)
            .and_then(|i| i.as_ref())
            .is_some_and(|i| i.value.is_some())
    }

    /// Panics with `negative shift amount` when the signed count `b` is
    /// below 0 (Go: panicshift).
    fn check_shift(&mut self, b: Loc, sc: Scalar, line: u32) {
        self.check_against_zero(CmpOp::Ge, b, sc, Service::PanicShift, line);
    }

    /// Panics with `integer divide by zero` when `b` is 0.
    fn check_divisor(&mut self, b: Loc, sc: Scalar, line: u32) {
        self.check_against_zero(CmpOp::Ne, b, sc, Service::PanicDivide, line);
    }

    /// Goes on when `b op 0` holds, else calls the panicking service
    /// `fail` (which does not return).
    fn check_against_zero(&mut self, op: CmpOp, b: Loc, sc: Scalar, fail: Service, line: u32) {
        let zero = self.scalar_temp(sc.size(), sc.size());
        self.emit(
            Inst::Imm {
                dst: zero,
                ty: sc,
                bits: 0,
            },
            line,
        );
        let ok = self.scalar_temp(1, 1);
        self.cmp(op, sc, ok, b, zero, line);
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
        self.call_service(fail, line);
        self.terminate(Term::Unreachable, line);
        self.switch_to(good);
    }

    fn compare(
        &mut self,
        op: ast::BinOp,
        l: &Expr,
        r: &Expr,
        lt: TypeId,
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        use ast::BinOp as B;
        let cop = match op {
            B::Eq => CmpOp::Eq,
            B::Ne => CmpOp::Ne,
            B::Lt => CmpOp::Lt,
            B::Le => CmpOp::Le,
            B::Gt => CmpOp::Gt,
            _ => CmpOp::Ge,
        };
        let a = self.expr(l)?;
        let b = self.expr(r)?;
        let rt = self.expr_type(r.id);
        let nil = (self.is_nil(l), self.is_nil(r));
        self.compare_values(cop, (a, lt), (b, rt), nil, line, span)
    }

    /// Whether `x` is the predeclared `nil` (the checker gives it the
    /// other operand's type, so its type does not tell).
    pub(super) fn is_nil(&self, x: &Expr) -> bool {
        let x = crate::check::expr::strip_parens(x);
        self.m
            .p
            .uses
            .get(&x.id)
            .is_some_and(|o| matches!(self.m.p.objects[o.0 as usize].kind, ObjKind::Nil))
    }

    /// `a op b` for values already evaluated, as a u8 slot: `==` and `!=`
    /// of every comparable type (strings, interfaces with a concrete
    /// operand converted, structs, arrays, nil), ordering of strings and
    /// numbers. `nil` says which operand is the literal nil. The one place
    /// comparisons are lowered: binary expressions and switch cases.
    pub(super) fn compare_values(
        &mut self,
        cop: CmpOp,
        (a, lt): (Loc, TypeId),
        (b, rt): (Loc, TypeId),
        nil: (bool, bool),
        line: u32,
        span: Span,
    ) -> Option<Loc> {
        let dst = self.scalar_temp(1, 1);
        if self.is_string(lt) && self.is_string(rt) {
            let w = self.word();
            self.mov(Loc::Out(0), a, 2 * w, line);
            self.mov(Loc::Out(2 * w), b, 2 * w, line);
            self.call_service(Service::CompareStrings, line);
            let is = if self.m.p.target.int_size == 8 {
                Scalar::I64
            } else {
                Scalar::I32
            };
            let res = self.int_temp();
            self.mov(
                res,
                self.service_result(Service::CompareStrings, 0),
                w,
                line,
            );
            let zero = self.int_temp();
            self.emit(
                Inst::Imm {
                    dst: zero,
                    ty: is,
                    bits: 0,
                },
                line,
            );
            self.emit(
                Inst::Cmp {
                    op: cop,
                    ty: is,
                    dst,
                    a: res,
                    b: zero,
                },
                line,
            );
            return Some(dst);
        }
        let first_word_nil =
            |b: &Self, t: TypeId| matches!(b.under(t), Type::Interface(_) | Type::Slice(_));
        if first_word_nil(self, lt) && (nil.0 || nil.1) {
            // An interface is nil when its type word is, a slice when its
            // array pointer is (`make([]T, 0)` and `[]T{}` point at the
            // zero-size allocation, never at 0).
            let ws = Scalar::word(&self.m.p.target);
            let iv = if nil.0 { b } else { a };
            let zero = self.word_imm(0, line);
            self.emit(
                Inst::Cmp {
                    op: cop,
                    ty: ws,
                    dst,
                    a: iv,
                    b: zero,
                },
                line,
            );
            return Some(dst);
        }
        if matches!(cop, CmpOp::Eq | CmpOp::Ne) {
            if let Some(eq) = self.compare_in_runtime(a, b, lt, rt, line) {
                let want = self.scalar_temp(1, 1);
                self.emit(
                    Inst::Imm {
                        dst: want,
                        ty: Scalar::U8,
                        bits: u64::from(cop == CmpOp::Eq),
                    },
                    line,
                );
                self.emit(
                    Inst::Cmp {
                        op: CmpOp::Eq,
                        ty: Scalar::U8,
                        dst,
                        a: eq,
                        b: want,
                    },
                    line,
                );
                return Some(dst);
            }
        }
        if let (Some(fs), Some(_)) = (self.complex_part(lt), self.complex_part(rt)) {
            return Some(self.complex_compare(cop, a, b, fs, line));
        }
        let Some(sc) = self.scalar(lt) else {
            self.m.unsupported(span, "comparing values of this type");
            return None;
        };
        self.emit(
            Inst::Cmp {
                op: cop,
                ty: sc,
                dst,
                a,
                b,
            },
            line,
        );
        Some(dst)
    }

    /// `a == b` where one instruction cannot decide: interfaces (with a
    /// non-interface operand converted to the interface, as Go does),
    /// structs, arrays. Returns the u8 "equal", computed by the
    /// ValuesEqual service from the type descriptor; `None` for other
    /// types (and for comparisons with nil, which read one word).
    fn compare_in_runtime(
        &mut self,
        a: Loc,
        b: Loc,
        lt: TypeId,
        rt: TypeId,
        line: u32,
    ) -> Option<Loc> {
        let iface = |s: &Self, t: TypeId| matches!(s.under(t), Type::Interface(_));
        let nil = |s: &Self, t: TypeId| {
            matches!(s.under(t), Type::Basic(crate::types::BasicKind::UntypedNil))
        };
        if nil(self, lt) || nil(self, rt) {
            return None;
        }
        let t = if iface(self, lt) {
            lt
        } else if iface(self, rt) {
            rt
        } else if matches!(self.under(lt), Type::Struct(_) | Type::Array(..)) {
            lt
        } else {
            return None;
        };
        let w = self.word();
        let size = self.m.size_of(t);
        let a = self.coerce(a, lt, t, line)?;
        let b = self.coerce(b, rt, t, line)?;
        // Whole copies whose addresses are taken (see chan.rs runtime_slot).
        let (sa, sb) = (self.temp(t), self.temp(t));
        self.mov(sa, a, size, line);
        self.mov(sb, b, size, line);
        let desc = self.m.type_desc(t);
        self.addr_to(Loc::Out(0), AddrOf::TypeDesc(desc), line);
        self.addr_to(Loc::Out(w), AddrOf::Frame(sa), line);
        self.addr_to(Loc::Out(2 * w), AddrOf::Frame(sb), line);
        self.call_service(Service::ValuesEqual, line);
        let eq = self.scalar_temp(1, 1);
        self.mov(eq, self.service_result(Service::ValuesEqual, 0), 1, line);
        Some(eq)
    }
}
