//! Lowering of complex numbers. A complex64 or complex128 value is two
//! floats side by side in its slot (real part first, then imaginary, each
//! f32 or f64), so the IR needs nothing new but one runtime service:
//! `+ - ==` and unary `-` work part by part, `*` is expanded as gc
//! expands it (in float64, then rounded back for complex64), and `/` calls
//! [`Service::ComplexDiv`], gc's complex128div with its inf/NaN rules.
//! Constants, `complex`, `real`, `imag`, conversions between the two
//! sizes and `print` of a complex value are here too.

use super::builtin::print_kind;
use super::*;
use crate::ast::Expr;
use crate::constant::ConstVal;
use crate::types::BasicKind;

impl FnBuilder<'_, '_> {
    /// The scalar of each part of a complex type; `None` for other types.
    pub(super) fn complex_part(&self, t: TypeId) -> Option<Scalar> {
        match self.under(t) {
            Type::Basic(BasicKind::Complex64) => Some(Scalar::F32),
            Type::Basic(BasicKind::Complex128 | BasicKind::UntypedComplex) => Some(Scalar::F64),
            _ => None,
        }
    }

    /// A fresh complex slot whose parts are `fs`.
    fn complex_slot(&mut self, fs: Scalar) -> Loc {
        self.scalar_temp(2 * fs.size(), fs.size())
    }

    /// Materializes a complex constant.
    pub(super) fn complex_constant(&mut self, v: &ConstVal, fs: Scalar, line: u32) -> Loc {
        let (re, im) = v.to_f64_parts();
        let dst = self.complex_slot(fs);
        for (i, x) in [re, im].into_iter().enumerate() {
            let bits = match fs {
                Scalar::F32 => u64::from((x as f32).to_bits()),
                _ => x.to_bits(),
            };
            let part = dst.plus(i as u32 * fs.size());
            self.emit(
                Inst::Imm {
                    dst: part,
                    ty: fs,
                    bits,
                },
                line,
            );
        }
        dst
    }

    /// `-a`.
    pub(super) fn complex_neg(&mut self, a: Loc, fs: Scalar, line: u32) -> Loc {
        let dst = self.complex_slot(fs);
        for i in 0..2 {
            let off = i * fs.size();
            self.emit(
                Inst::Un {
                    op: UnOp::Neg,
                    ty: fs,
                    dst: dst.plus(off),
                    a: a.plus(off),
                },
                line,
            );
        }
        dst
    }

    /// `z++` or `z--`: the real part moves by one, the imaginary part
    /// stays.
    pub(super) fn complex_step(&mut self, z: Loc, fs: Scalar, inc: bool, line: u32) -> Loc {
        let one = self.scalar_temp(fs.size(), fs.size());
        let bits = match fs {
            Scalar::F32 => u64::from(1f32.to_bits()),
            _ => 1f64.to_bits(),
        };
        self.emit(
            Inst::Imm {
                dst: one,
                ty: fs,
                bits,
            },
            line,
        );
        let dst = self.complex_slot(fs);
        let op = if inc { BinOp::Add } else { BinOp::Sub };
        self.bin(op, fs, dst, z, one, line);
        self.mov(dst.plus(fs.size()), z.plus(fs.size()), fs.size(), line);
        dst
    }

    /// `a op b` for `+ - * /`.
    pub(super) fn complex_arith(
        &mut self,
        op: ast::BinOp,
        a: Loc,
        b: Loc,
        fs: Scalar,
        line: u32,
    ) -> Option<Loc> {
        use ast::BinOp as B;
        let n = fs.size();
        match op {
            B::Add | B::Sub => {
                let bop = if op == B::Add { BinOp::Add } else { BinOp::Sub };
                let dst = self.complex_slot(fs);
                for off in [0, n] {
                    self.bin(bop, fs, dst.plus(off), a.plus(off), b.plus(off), line);
                }
                Some(dst)
            }
            B::Mul => {
                // (a+bi)(c+di) = (ac-bd) + (ad+bc)i, computed in float64
                // (gc widens complex64 parts to keep cancellation small).
                let [ar, ai] = self.widened_parts(a, fs, line);
                let [br, bi] = self.widened_parts(b, fs, line);
                let f = Scalar::F64;
                let t1 = self.scalar_temp(8, 8);
                let t2 = self.scalar_temp(8, 8);
                let re = self.scalar_temp(8, 8);
                let im = self.scalar_temp(8, 8);
                self.bin(BinOp::Mul, f, t1, ar, br, line);
                self.bin(BinOp::Mul, f, t2, ai, bi, line);
                self.bin(BinOp::Sub, f, re, t1, t2, line);
                let t3 = self.scalar_temp(8, 8);
                let t4 = self.scalar_temp(8, 8);
                self.bin(BinOp::Mul, f, t3, ar, bi, line);
                self.bin(BinOp::Mul, f, t4, ai, br, line);
                self.bin(BinOp::Add, f, im, t3, t4, line);
                Some(self.narrowed(re, im, fs, line))
            }
            B::Div => {
                // gc divides every complex type as complex128.
                let [ar, ai] = self.widened_parts(a, fs, line);
                let [br, bi] = self.widened_parts(b, fs, line);
                for (i, p) in [ar, ai, br, bi].into_iter().enumerate() {
                    self.mov(Loc::Out(8 * i as u32), p, 8, line);
                }
                self.call_service(Service::ComplexDiv, line);
                let re = self.scalar_temp(8, 8);
                let im = self.scalar_temp(8, 8);
                self.mov(re, self.service_result(Service::ComplexDiv, 0), 8, line);
                self.mov(im, self.service_result(Service::ComplexDiv, 1), 8, line);
                Some(self.narrowed(re, im, fs, line))
            }
            _ => None,
        }
    }

    /// The two parts of the complex at `v` as f64 slots.
    fn widened_parts(&mut self, v: Loc, fs: Scalar, line: u32) -> [Loc; 2] {
        if fs == Scalar::F64 {
            return [v, v.plus(8)];
        }
        let mut out = [v; 2];
        for (i, o) in out.iter_mut().enumerate() {
            let dst = self.scalar_temp(8, 8);
            self.emit(
                Inst::Conv {
                    from: fs,
                    to: Scalar::F64,
                    dst,
                    a: v.plus(i as u32 * fs.size()),
                },
                line,
            );
            *o = dst;
        }
        out
    }

    /// A complex of parts `fs` from two f64 slots.
    fn narrowed(&mut self, re: Loc, im: Loc, fs: Scalar, line: u32) -> Loc {
        let dst = self.complex_slot(fs);
        for (i, p) in [re, im].into_iter().enumerate() {
            let d = dst.plus(i as u32 * fs.size());
            if fs == Scalar::F64 {
                self.mov(d, p, 8, line);
            } else {
                self.emit(
                    Inst::Conv {
                        from: Scalar::F64,
                        to: fs,
                        dst: d,
                        a: p,
                    },
                    line,
                );
            }
        }
        dst
    }

    /// `a == b` or `a != b` (u8): both parts equal (so a NaN part makes
    /// the numbers unequal, as in Go).
    pub(super) fn complex_compare(
        &mut self,
        cop: CmpOp,
        a: Loc,
        b: Loc,
        fs: Scalar,
        line: u32,
    ) -> Loc {
        let n = fs.size();
        let re = self.scalar_temp(1, 1);
        let im = self.scalar_temp(1, 1);
        self.cmp(cop, fs, re, a, b, line);
        self.cmp(cop, fs, im, a.plus(n), b.plus(n), line);
        let dst = self.scalar_temp(1, 1);
        let join = if cop == CmpOp::Eq {
            BinOp::And
        } else {
            BinOp::Or
        };
        self.bin(join, Scalar::U8, dst, re, im, line);
        dst
    }

    /// A conversion between complex64 and complex128 (or to the same size:
    /// the same bytes).
    pub(super) fn complex_convert(&mut self, v: Loc, from: Scalar, to: Scalar, line: u32) -> Loc {
        if from == to {
            return v;
        }
        let dst = self.complex_slot(to);
        for i in 0..2 {
            self.emit(
                Inst::Conv {
                    from,
                    to,
                    dst: dst.plus(i * to.size()),
                    a: v.plus(i * from.size()),
                },
                line,
            );
        }
        dst
    }

    /// `complex(re, im)`: the two floats side by side.
    pub(super) fn builtin_complex(&mut self, e: &Expr, args: &[Expr], line: u32) -> Option<Loc> {
        let t = self.expr_type(e.id);
        let re = self.expr(&args[0])?;
        let im = self.expr(&args[1])?;
        self.complex_from_parts(t, re, im, line)
    }

    /// A complex of type `t` from its parts' slots.
    pub(super) fn complex_from_parts(
        &mut self,
        t: TypeId,
        re: Loc,
        im: Loc,
        line: u32,
    ) -> Option<Loc> {
        let fs = self.complex_part(t)?;
        let dst = self.complex_slot(fs);
        self.mov(dst, re, fs.size(), line);
        self.mov(dst.plus(fs.size()), im, fs.size(), line);
        Some(dst)
    }

    /// `real(z)` or `imag(z)`: one part of the slot.
    pub(super) fn builtin_part(&mut self, imag: bool, args: &[Expr], line: u32) -> Option<Loc> {
        let zt = self.expr_type(args[0].id);
        let fs = self.complex_part(zt)?;
        let z = self.expr(&args[0])?;
        let dst = self.scalar_temp(fs.size(), fs.size());
        let src = if imag { z.plus(fs.size()) } else { z };
        self.mov(dst, src, fs.size(), line);
        Some(dst)
    }

    /// Fills print's value area for a complex `v`: both parts as f64.
    pub(super) fn print_complex(&mut self, v: Loc, fs: Scalar, val: Loc, line: u32) -> u64 {
        let [re, im] = self.widened_parts(v, fs, line);
        self.mov(val, re, 8, line);
        self.mov(val.plus(8), im, 8, line);
        print_kind::COMPLEX
    }
}
