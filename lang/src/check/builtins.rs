//! Calls of the builtin functions: `len`, `cap`, `append`, `make`, `new`,
//! `copy`, `delete`, `close`, `panic`, `recover`, `print`, `println`,
//! `min`, `max`, `clear`; `complex`, `real` and `imag` are in complex.rs.

use super::operand::{Mode, Operand};
use super::scope::Builtin;
use super::Checker;
use crate::ast::{ChanDir, Expr};
use crate::constant::ConstVal;
use crate::source::Span;
use crate::types::{Type, TypeId};

impl<'a, 'm> Checker<'a, 'm> {
    pub fn builtin_call(
        &mut self,
        op: &mut Operand,
        b: Builtin,
        func: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<Span>,
    ) {
        if b.is_unsafe() {
            return self.unsafe_call(op, b, args, ellipsis);
        }
        let name = b.name();
        let call = self.text(op.span);
        let (min, max) = match b {
            Builtin::Append => (1, usize::MAX),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Close
            | Builtin::New
            | Builtin::Panic
            | Builtin::Clear => (1, 1),
            Builtin::Copy | Builtin::Delete => (2, 2),
            Builtin::Make => (1, 3),
            Builtin::Max | Builtin::Min => (1, usize::MAX),
            Builtin::Print | Builtin::Println => (0, usize::MAX),
            Builtin::Recover => (0, 0),
            Builtin::Complex => (2, 2),
            Builtin::Real | Builtin::Imag => (1, 1),
            _ => unreachable!("unsafe builtins return above"),
        };
        let _ = func;
        // print(f()), copy(f()), delete(f()), append(f()) and complex(f()) with a
        // multi-value f take f's results as their arguments, as calls of
        // functions do; a single value is kept for the branches below.
        let mut first: Option<Operand> = None;
        if args.len() == 1
            && ellipsis.is_none()
            && matches!(
                b,
                Builtin::Append
                    | Builtin::Complex
                    | Builtin::Copy
                    | Builtin::Delete
                    | Builtin::Print
                    | Builtin::Println
            )
            && matches!(
                super::expr::strip_parens(&args[0]).kind,
                crate::ast::ExprKind::Call { .. }
            )
        {
            let x = self.raw_expr(&args[0], None);
            if x.is_invalid() {
                return;
            }
            if let Type::Tuple(ts) = self.env.types.get(x.ty).clone() {
                if ts.len() < min {
                    self.error(
                        op.span,
                        format!(
                            "not enough arguments for {call} (expected {min}, found {})",
                            ts.len()
                        ),
                    );
                    return;
                }
                if ts.len() > max {
                    self.error(
                        args[0].span,
                        format!(
                            "too many arguments for {call} (expected {max}, found {})",
                            ts.len()
                        ),
                    );
                    return;
                }
                let ops: Vec<Operand> = ts
                    .into_iter()
                    .map(|t| Operand {
                        mode: Mode::Value,
                        ty: t,
                        ..x.clone()
                    })
                    .collect();
                self.builtin_of_results(op, b, &args[0], ops);
                return;
            }
            first = Some(self.single_value(x));
        }
        if args.len() < min {
            self.error(
                op.span,
                format!(
                    "not enough arguments for {call} (expected {min}, found {})",
                    args.len()
                ),
            );
            return;
        }
        if args.len() > max {
            self.error(
                args[max].span,
                format!(
                    "too many arguments for {call} (expected {max}, found {})",
                    args.len()
                ),
            );
            return;
        }
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(
                op.span,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            return;
        }
        let inv = self.env.wk.invalid;
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return;
                }
                let under = self.env.types.under(x.ty).clone();
                let under = match under {
                    Type::Pointer(p) if matches!(self.env.types.under(p), Type::Array(..)) => {
                        self.env.types.under(p).clone()
                    }
                    u => u,
                };
                let ok = match &under {
                    Type::Basic(k) => b == Builtin::Len && k.is_string(),
                    Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    let d = self.describe(&x);
                    self.error(args[0].span, format!("invalid argument: {d} for {name}"));
                    return;
                }
                op.ty = self.env.wk.int;
                op.mode = Mode::Value;
                match (&under, x.value()) {
                    (_, Some(ConstVal::String(s))) => {
                        op.mode = Mode::Const(ConstVal::Int(s.len().into()))
                    }
                    (Type::Array(n, _), _) if !self.has_call_or_recv(&args[0]) => {
                        op.mode = Mode::Const(ConstVal::Int((*n).into()))
                    }
                    _ => {}
                }
            }
            Builtin::Append => {
                let s = first.take().unwrap_or_else(|| self.expr(&args[0]));
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return;
                }
                let Type::Slice(el) = self.env.types.under(s.ty).clone() else {
                    let d = self.describe(&s);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} is not a slice"),
                    );
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return;
                };
                op.ty = s.ty;
                op.mode = Mode::Value;
                if ellipsis.is_some() {
                    if args.len() != 2 {
                        self.error(op.span, "can only use ... with final argument in list");
                        return;
                    }
                    let mut x = self.expr(&args[1]);
                    // append([]byte, string...) is allowed.
                    if self.env.types.basic_kind(el) == Some(crate::types::BasicKind::Uint8)
                        && self.is_string_type(x.ty)
                    {
                        return;
                    }
                    let st = self.env.types.slice(el);
                    self.assignment(&mut x, &args[1], st, "argument to append");
                    return;
                }
                for a in &args[1..] {
                    let mut x = self.expr_hint(a, Some(el));
                    self.assignment(&mut x, a, el, "argument to append");
                }
            }
            Builtin::Make => {
                let t = self.typ(&args[0]);
                if self.env.types.is_invalid(t) {
                    return;
                }
                let (lo, hi) = match self.env.types.under(t) {
                    Type::Slice(_) => (2, 3),
                    Type::Map(..) | Type::Chan(..) => (1, 2),
                    _ => {
                        let s = self.text(args[0].span);
                        self.error(args[0].span, format!("invalid argument: cannot make {s}; type must be slice, map, or channel"));
                        return;
                    }
                };
                if args.len() < lo || args.len() > hi {
                    let s = self.text(args[0].span);
                    let expects = if lo == 2 {
                        "2 or 3 arguments"
                    } else {
                        "1 or 2 arguments"
                    };
                    self.error(
                        op.span,
                        format!(
                            "invalid operation: make({s}) expects {expects}; found {}",
                            args.len()
                        ),
                    );
                    return;
                }
                let mut vals = Vec::new();
                for a in &args[1..] {
                    if let Some(v) = self.size_arg(a) {
                        vals.push((v, a.span));
                    }
                }
                if vals.len() == 2 && vals[0].0 > vals[1].0 {
                    self.error(vals[0].1, "invalid argument: length and capacity swapped");
                }
                op.mode = Mode::Value;
                op.ty = t;
            }
            Builtin::New => {
                let t = self.typ(&args[0]);
                if self.env.types.is_invalid(t) {
                    return;
                }
                op.mode = Mode::Value;
                op.ty = self.env.types.pointer(t);
            }
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let s = self.expr(&args[1]);
                self.copy_operands(op, d, s, &args[0]);
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return;
                }
                let Type::Map(kt, _) = self.env.types.under(m.ty).clone() else {
                    let d = self.describe(&m);
                    self.error(args[0].span, format!("invalid argument: {d} is not a map"));
                    return;
                };
                self.assignment(&mut k, &args[1], kt, "argument to delete");
                op.mode = Mode::NoValue;
            }
            Builtin::Close => {
                let c = self.expr(&args[0]);
                if c.is_invalid() {
                    return;
                }
                match self.env.types.under(c.ty) {
                    Type::Chan(ChanDir::Recv, _) => {
                        let d = self.describe(&c);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close receive-only channel {d}"),
                        );
                        return;
                    }
                    Type::Chan(..) => {}
                    _ => {
                        let d = self.describe(&c);
                        self.error(
                            args[0].span,
                            format!("invalid operation: cannot close non-channel {d}"),
                        );
                        return;
                    }
                }
                op.mode = Mode::NoValue;
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return;
                }
                if !matches!(self.env.types.under(x.ty), Type::Map(..) | Type::Slice(_)) {
                    let d = self.describe(&x);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {d} is not a map or slice"),
                    );
                    return;
                }
                op.mode = Mode::NoValue;
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let e = self.env.wk.empty_interface;
                self.assignment(&mut x, &args[0], e, "argument to panic");
                op.mode = Mode::NoValue;
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = first.take().unwrap_or_else(|| self.expr(a));
                    if x.ty == self.env.wk.untyped_nil {
                        self.error(a.span, "use of untyped nil in argument to built-in print");
                        continue;
                    }
                    self.default_type_op(&mut x);
                }
                op.mode = Mode::NoValue;
            }
            Builtin::Recover => {
                op.mode = Mode::Value;
                op.ty = self.env.wk.empty_interface;
            }
            Builtin::Max | Builtin::Min => {
                let mut ops: Vec<Operand> = args.iter().map(|a| self.expr(a)).collect();
                if ops.iter().any(|o| o.is_invalid()) {
                    return;
                }
                // All operands must be of one ordered type.
                let typed = ops
                    .iter()
                    .find(|o| !self.env.types.is_untyped(o.ty))
                    .map(|o| o.ty);
                let target: TypeId = match typed {
                    Some(t) => t,
                    None => {
                        let mut best = ops[0].ty;
                        for o in &ops {
                            if o.ty == self.env.wk.untyped_float {
                                best = o.ty;
                            }
                        }
                        best
                    }
                };
                for (o, a) in ops.iter_mut().zip(args) {
                    if !self.is_ordered_type(o.ty) {
                        let d = self.describe(o);
                        self.error(a.span, format!("invalid argument: {d} cannot be ordered"));
                        return;
                    }
                    if self.env.types.is_untyped(o.ty) {
                        if !self.convert_untyped(o, target) {
                            return;
                        }
                    } else if o.ty != target {
                        let (x, y) = (self.ts(target), self.ts(o.ty));
                        self.error(op.span, format!("invalid argument: mismatched types {x} (previous argument) and {y} (type of {})", self.text(a.span)));
                        return;
                    }
                }
                op.ty = target;
                if ops.iter().all(|o| o.is_const()) {
                    let mut best = ops[0].value().cloned().unwrap_or(ConstVal::Bool(false));
                    for o in &ops[1..] {
                        let v = o.value().cloned().unwrap_or(ConstVal::Bool(false));
                        let better = if b == Builtin::Max {
                            crate::constant::compare(crate::ast::BinOp::Gt, &v, &best)
                        } else {
                            crate::constant::compare(crate::ast::BinOp::Lt, &v, &best)
                        };
                        if better {
                            best = v;
                        }
                    }
                    op.mode = Mode::Const(best);
                } else {
                    op.mode = Mode::Value;
                }
            }
            Builtin::Complex => self.builtin_complex(op, args),
            Builtin::Real | Builtin::Imag => self.builtin_part(op, b, args),
            _ => {}
        }
        let _ = inv;
    }

    /// A size argument of `make`: a non-negative integer. Returns the value
    /// of a constant.
    fn size_arg(&mut self, a: &'a Expr) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.env.types.is_untyped(x.ty) && x.is_const() {
            let int = self.env.wk.int;
            if !self.convert_untyped(&mut x, int) {
                return None;
            }
        }
        if !self.is_integer_type(x.ty) {
            let d = self.describe(&x);
            self.error(a.span, format!("cannot convert {d} to type int"));
            return None;
        }
        if let Some(v) = x.value() {
            if v.sign() < 0 {
                let d = self.describe(&x);
                self.error(
                    a.span,
                    format!("invalid argument: index {d} must not be negative"),
                );
                return None;
            }
            return v.to_i64();
        }
        None
    }

    /// Whether `e` contains a call or a receive (then `len(array)` is not constant).
    fn has_call_or_recv(&self, e: &Expr) -> bool {
        use crate::ast::ExprKind as K;
        match &e.kind {
            K::Call { .. } => true,
            K::Unary(crate::ast::UnOp::Recv, _) => true,
            K::Paren(x) | K::Selector(x, _) | K::Star(x) | K::Unary(_, x) => {
                self.has_call_or_recv(x)
            }
            K::Index(a, b) | K::Binary(_, a, b) => {
                self.has_call_or_recv(a) || self.has_call_or_recv(b)
            }
            _ => false,
        }
    }

    /// copy's operand checks, the destination `d` and source `s`: both
    /// slices of one element type, or a byte slice and a string.
    fn copy_operands(&mut self, op: &mut Operand, d: Operand, s: Operand, arg: &Expr) {
        if d.is_invalid() || s.is_invalid() {
            return;
        }
        let del = match self.env.types.under(d.ty) {
            Type::Slice(e) => Some(*e),
            _ => None,
        };
        let sel = match self.env.types.under(s.ty) {
            Type::Slice(e) => Some(*e),
            Type::Basic(k) if k.is_string() => Some(self.env.wk.uint8),
            _ => None,
        };
        match (del, sel) {
            (Some(a), Some(c))
                if a == c
                    || (self.is_string_type(s.ty)
                        && self.env.types.basic_kind(a)
                            == Some(crate::types::BasicKind::Uint8)) => {}
            (Some(a), Some(c)) => {
                let (dd, sd) = (self.describe(&d), self.describe(&s));
                let (at, ct) = (self.ts(a), self.ts(c));
                self.error(arg.span, format!("invalid argument: arguments to copy {dd} and {sd} have different element types {at} and {ct}"));
                return;
            }
            _ => {
                let (dd, sd) = (self.describe(&d), self.describe(&s));
                self.error(
                    arg.span,
                    format!("invalid argument: copy expects slice arguments; found {dd} and {sd}"),
                );
                return;
            }
        }
        op.mode = Mode::Value;
        op.ty = self.env.wk.int;
    }

    /// A builtin whose arguments are the results of one multi-value call
    /// `arg`, as operands of those result types.
    fn builtin_of_results(
        &mut self,
        op: &mut Operand,
        b: Builtin,
        arg: &'a Expr,
        mut ops: Vec<Operand>,
    ) {
        match b {
            Builtin::Print | Builtin::Println => op.mode = Mode::NoValue,
            Builtin::Copy => {
                let s = ops.pop().expect("two results");
                let d = ops.pop().expect("two results");
                self.copy_operands(op, d, s, arg);
            }
            Builtin::Delete => {
                let Type::Map(kt, _) = self.env.types.under(ops[0].ty).clone() else {
                    let d = self.describe(&ops[0]);
                    self.error(arg.span, format!("invalid argument: {d} is not a map"));
                    return;
                };
                self.assignment(&mut ops[1], arg, kt, "argument to delete");
                op.mode = Mode::NoValue;
            }
            Builtin::Complex => {
                let y = ops.pop().expect("two results");
                let x = ops.pop().expect("two results");
                self.complex_of(op, x, y);
            }
            Builtin::Append => {
                let Type::Slice(el) = self.env.types.under(ops[0].ty).clone() else {
                    let d = self.describe(&ops[0]);
                    self.error(arg.span, format!("invalid argument: {d} is not a slice"));
                    return;
                };
                op.ty = ops[0].ty;
                op.mode = Mode::Value;
                for x in &mut ops[1..] {
                    self.assignment(x, arg, el, "argument to append");
                }
            }
            _ => {}
        }
    }
}
