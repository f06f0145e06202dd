//! Conversions `T(x)`: constant conversions (which must keep the value
//! representable, gc: `constant 300 overflows byte`) and the spec's rules for
//! converting non-constant values.

use super::operand::{Mode, Operand};
use super::Checker;
use crate::ast::Expr;
use crate::constant::{ConstVal, Repr};
use crate::types::{Type, TypeId};

impl<'a, 'm> Checker<'a, 'm> {
    pub fn conversion(&mut self, op: &mut Operand, t: TypeId, func: &'a Expr, args: &'a [Expr]) {
        let tname = self.text(func.span);
        let tname = tname
            .trim_start_matches('(')
            .trim_end_matches(')')
            .to_string();
        if args.len() != 1 {
            for a in args {
                self.expr(a);
            }
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {tname}")
            } else {
                format!("too many arguments in conversion to {tname}")
            };
            self.error(op.span, msg);
            return;
        }
        let mut x = self.expr_hint(&args[0], Some(t));
        if x.is_invalid() || self.env.types.is_invalid(t) {
            return;
        }
        self.note_iface(x.ty, t);
        let tk = self
            .env
            .types
            .basic_kind(t)
            .filter(|_| !self.env.types.is_interface(t));
        if let (Some(v), Some(tk)) = (x.value().cloned(), tk) {
            let xk = self.env.types.basic_kind(x.ty);
            // Integer constant to string: the UTF-8 of that code point.
            if tk.is_string() && xk.is_some_and(|k| k.is_integer()) {
                if let Some(s) = v.rune_to_string() {
                    op.mode = Mode::Const(s);
                    op.ty = t;
                    return;
                }
            }
            let same_class = xk.is_some_and(|k| {
                (k.is_numeric() && tk.is_numeric())
                    || (k.is_string() && tk.is_string())
                    || (k.is_boolean() && tk.is_boolean())
            });
            if same_class {
                match v.represent(tk, &self.env.target) {
                    Ok(r) => {
                        op.mode = Mode::Const(r);
                        op.ty = t;
                    }
                    Err(e) => {
                        let msg = if tk.is_integer() && !v.is_integral() {
                            format!("constant {v} truncated to integer")
                        } else {
                            match e {
                                Repr::Truncated => format!("constant {v} truncated to integer"),
                                _ => format!("constant {v} overflows {tname}"),
                            }
                        };
                        self.error(args[0].span, msg);
                    }
                }
                return;
            }
        }
        // A non-constant conversion.
        if self.env.types.is_untyped(x.ty) {
            if x.ty == self.env.wk.untyped_nil {
                if self.env.types.has_nil(t) {
                    op.mode = Mode::Value;
                    op.ty = t;
                    return;
                }
                let ts = self.ts(t);
                self.error(op.span, format!("cannot convert nil to type {ts}"));
                return;
            }
            let d = self.env.types.basic_kind(x.ty).map(|k| k.default_type());
            // Untyped constants convert as their default type would, except
            // that a numeric constant may become any numeric type.
            if let Some(d) = d {
                let dt = self.env.types.basic(d);
                if self.env.types.convertible(dt, t) {
                    self.convert_untyped(
                        &mut x,
                        if self.env.types.is_interface(t) {
                            t
                        } else {
                            dt
                        },
                    );
                    op.mode = Mode::Value;
                    op.ty = t;
                    return;
                }
            }
        }
        if !self.env.types.convertible(x.ty, t) {
            let d = self.describe(&x);
            self.error(args[0].span, format!("cannot convert {d} to type {tname}"));
            return;
        }
        op.mode = Mode::Value;
        op.ty = t;
        let _: Option<&Type> = None;
        let _: Option<ConstVal> = None;
    }
}
