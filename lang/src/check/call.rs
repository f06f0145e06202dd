//! Calls: of functions and methods (argument counts, variadic calls,
//! `f(g())` with a multi-value `g`), and dispatch to conversions and
//! builtins.

use super::operand::{Mode, Operand};
use super::Checker;
use crate::ast::{Expr, ExprKind};
use crate::types::{Type, TypeId};

impl<'a, 'm> Checker<'a, 'm> {
    pub fn call_expr(&mut self, e: &'a Expr) -> Operand {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            unreachable!("call_expr on a non-call")
        };
        let mut op = self.invalid_operand(e.span, e.id);
        let f = self.raw_expr(func, None);
        match f.mode {
            Mode::Invalid => {
                for a in args {
                    self.raw_expr(a, None);
                }
            }
            Mode::Type => {
                if let Some(s) = ellipsis {
                    self.error(*s, "invalid use of ... in conversion");
                }
                self.conversion(&mut op, f.ty, func, args);
            }
            Mode::Builtin(b) => self.builtin_call(&mut op, b, func, args, *ellipsis),
            _ => {
                let f = self.single_value(f);
                if f.is_invalid() {
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return self.finish(op);
                }
                let Some(sig) = self.env.types.signature(f.ty).cloned() else {
                    let d = self.describe(&f);
                    self.error(
                        e.span,
                        format!("invalid operation: cannot call non-function {d}"),
                    );
                    for a in args {
                        self.raw_expr(a, None);
                    }
                    return self.finish(op);
                };
                let fname = self.text(func.span);
                self.arguments(e, &fname, &sig, args, *ellipsis);
                op.mode = Mode::Value;
                op.ty = match sig.results.len() {
                    0 => {
                        op.mode = Mode::NoValue;
                        self.env.wk.invalid
                    }
                    1 => sig.results[0],
                    _ => self.env.types.tuple(sig.results.clone()),
                };
            }
        }
        self.finish(op)
    }

    fn finish(&mut self, op: Operand) -> Operand {
        self.record_op(&op);
        op
    }

    /// Checks the arguments of a call to a function of signature `sig`.
    pub fn arguments(
        &mut self,
        call: &'a Expr,
        fname: &str,
        sig: &crate::types::Signature,
        args: &'a [Expr],
        ellipsis: Option<crate::source::Span>,
    ) {
        // f(g()) with a multi-value g passes g's results.
        let mut ops: Vec<(Operand, &'a Expr)> = Vec::new();
        if args.len() == 1 && ellipsis.is_none() {
            let op = self.raw_expr(&args[0], sig.params.first().copied());
            if let Type::Tuple(ts) = self.env.types.get(op.ty).clone() {
                if !op.is_invalid() {
                    for t in ts {
                        ops.push((
                            Operand {
                                mode: Mode::Value,
                                ty: t,
                                ..op.clone()
                            },
                            &args[0],
                        ));
                    }
                }
            } else {
                let op = self.single_value(op);
                ops.push((op, &args[0]));
            }
        } else {
            for (i, a) in args.iter().enumerate() {
                let hint = sig.params.get(i).copied();
                let op = self.expr_hint(a, hint);
                ops.push((op, a));
            }
        }
        if ops.iter().any(|(o, _)| o.is_invalid()) {
            return;
        }
        let nparams = sig.params.len();
        if ellipsis.is_some() && !sig.variadic {
            self.error(
                call.span.start(),
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            return;
        }
        let variadic_spread = sig.variadic && ellipsis.is_none();
        let count_ok = if variadic_spread {
            ops.len() + 1 >= nparams
        } else {
            ops.len() == nparams
        };
        if !count_ok {
            let have: Vec<String> = ops
                .iter()
                .map(|(o, _)| {
                    if self.env.types.is_untyped(o.ty) && o.is_const() {
                        "number".to_string()
                    } else {
                        self.ts(o.ty)
                    }
                })
                .collect();
            let want: Vec<String> = sig
                .params
                .iter()
                .enumerate()
                .map(|(i, &t)| {
                    if sig.variadic && i + 1 == nparams {
                        let el = match self.env.types.get(t) {
                            Type::Slice(e) => *e,
                            _ => t,
                        };
                        format!("...{}", self.ts(el))
                    } else {
                        self.ts(t)
                    }
                })
                .collect();
            let few = ops.len() < nparams;
            // As gc: at the last argument when some are missing, at the
            // closing parenthesis when there is none, at the first extra one.
            let at = if few {
                ops.last().map_or(
                    crate::source::Span {
                        lo: call.span.hi - 1,
                        ..call.span
                    },
                    |(_, a)| a.span,
                )
            } else {
                ops[nparams.min(ops.len() - 1)].1.span
            };
            let what = if few { "not enough" } else { "too many" };
            self.error(
                at,
                format!(
                    "{what} arguments in call to {fname}\n\thave ({})\n\twant ({})",
                    have.join(", "),
                    want.join(", ")
                ),
            );
            return;
        }
        let context = format!("argument to {fname}");
        for (i, (mut op, a)) in ops.into_iter().enumerate() {
            let t: TypeId = if sig.variadic && i + 1 >= nparams && ellipsis.is_none() {
                match self.env.types.get(sig.params[nparams - 1]) {
                    Type::Slice(el) => *el,
                    _ => self.env.wk.invalid,
                }
            } else {
                sig.params[i]
            };
            self.assignment(&mut op, a, t, &context);
        }
    }
}
