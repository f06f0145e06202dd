//! The builtins that build and take apart complex numbers: `complex(re,
//! im)`, `real(z)` and `imag(z)` (types2's rules: untyped constant
//! arguments are taken as floats for `complex` and as complex numbers for
//! `real` and `imag`; the result is a constant when the arguments are).

use super::operand::{Mode, Operand};
use super::scope::Builtin;
use super::Checker;
use crate::ast::Expr;
use crate::constant::ConstVal;
use crate::types::basic::BasicKind;
use crate::types::TypeId;

impl<'a, 'm> Checker<'a, 'm> {
    /// `complex(x, y)`: two floats of one type give the complex type
    /// with that float's precision.
    pub fn builtin_complex(&mut self, op: &mut Operand, args: &'a [Expr]) {
        let x = self.expr(&args[0]);
        let y = self.expr(&args[1]);
        self.complex_of(op, x, y);
    }

    /// `complex` of two operands already evaluated (also the two results
    /// of one call: `complex(f())`).
    pub fn complex_of(&mut self, op: &mut Operand, mut x: Operand, mut y: Operand) {
        if x.is_invalid() || y.is_invalid() {
            return;
        }
        let (xu, yu) = (
            self.env.types.is_untyped(x.ty),
            self.env.types.is_untyped(y.ty),
        );
        match (xu, yu) {
            (true, false) => {
                let t = y.ty;
                if !self.convert_untyped(&mut x, t) {
                    return;
                }
            }
            (false, true) => {
                let t = x.ty;
                if !self.convert_untyped(&mut y, t) {
                    return;
                }
            }
            (true, true) if x.is_const() && y.is_const() => {
                // Untyped numbers without an imaginary part count as floats.
                let uf = self.env.wk.untyped_float;
                for o in [&mut x, &mut y] {
                    let real = o.value().and_then(|v| v.to_float());
                    let numeric = self
                        .env
                        .types
                        .basic_kind(o.ty)
                        .is_some_and(BasicKind::is_numeric);
                    if let (true, Some(v)) = (numeric, real) {
                        o.ty = uf;
                        o.mode = Mode::Const(v);
                    }
                }
            }
            (true, true) => {
                let f = self.env.wk.float64;
                if !self.convert_untyped(&mut x, f) || !self.convert_untyped(&mut y, f) {
                    return;
                }
            }
            (false, false) => {}
        }
        if x.ty != y.ty {
            let call = self.text(op.span);
            let (xs, ys) = (self.ts(x.ty), self.ts(y.ty));
            self.error(
                x.span,
                format!("invalid operation: {call} (mismatched types {xs} and {ys})"),
            );
            return;
        }
        let res = match self.env.types.basic_kind(x.ty) {
            Some(BasicKind::Float32) => BasicKind::Complex64,
            Some(BasicKind::Float64) => BasicKind::Complex128,
            Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
            _ => {
                let xs = self.ts(x.ty);
                self.error(
                    x.span,
                    format!("invalid argument: arguments have type {xs}, expected floating-point"),
                );
                return;
            }
        };
        op.ty = self.env.types.basic(res);
        op.mode = match (x.value(), y.value()) {
            (Some(a), Some(b)) => {
                let re = a.real_value().unwrap_or_default();
                let im = b.real_value().unwrap_or_default();
                Mode::Const(ConstVal::Complex(re, im))
            }
            _ => Mode::Value,
        };
        self.check_representable(op);
    }

    /// `real(z)` and `imag(z)`: a part of a complex number, as the float
    /// type of its precision.
    pub fn builtin_part(&mut self, op: &mut Operand, b: Builtin, args: &'a [Expr]) {
        let mut x = self.expr(&args[0]);
        if x.is_invalid() {
            return;
        }
        if self.env.types.is_untyped(x.ty) {
            if x.is_const() {
                let numeric = self
                    .env
                    .types
                    .basic_kind(x.ty)
                    .is_some_and(BasicKind::is_numeric);
                if numeric {
                    x.ty = self.env.wk.untyped_complex;
                }
            } else {
                let c: TypeId = self.env.types.basic(BasicKind::Complex128);
                if !self.convert_untyped(&mut x, c) {
                    return;
                }
            }
        }
        let res = match self.env.types.basic_kind(x.ty) {
            Some(BasicKind::Complex64) => BasicKind::Float32,
            Some(BasicKind::Complex128) => BasicKind::Float64,
            Some(BasicKind::UntypedComplex) => BasicKind::UntypedFloat,
            _ => {
                let xs = self.ts(x.ty);
                self.error(
                    x.span,
                    format!("invalid argument: argument has type {xs}, expected complex type"),
                );
                return;
            }
        };
        op.ty = self.env.types.basic(res);
        op.mode = match x.value().and_then(|v| v.part(b == Builtin::Imag)) {
            Some(v) => Mode::Const(v),
            None => Mode::Value,
        };
        self.check_representable(op);
    }
}
