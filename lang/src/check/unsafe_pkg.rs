//! Package unsafe: its scope (the type `Pointer` and the functions
//! `Sizeof`, `Alignof`, `Offsetof`, `Add`, `Slice`), made by the checker
//! itself since the package has no source, and the checks of calls of its
//! functions.
//!
//! `Sizeof`, `Alignof` and `Offsetof` are constants of type `uintptr`
//! computed from the target's layout (types/layout.rs): without generics no
//! type has a variable size. `Add` and `Slice` are run-time operations
//! (lowered in ir/lower/unsafe_ops.rs). The conversions between pointers,
//! `unsafe.Pointer` and `uintptr` are the convertibility rules of
//! types/predicates.rs.

use super::operand::{Mode, Operand};
use super::scope::{Builtin, ObjKind, Object, ScopeId, Scopes};
use super::Checker;
use crate::ast::{Expr, ExprKind};
use crate::constant::ConstVal;
use crate::source::Span;
use crate::types::lookup::LookupResult;
use crate::types::{BasicKind, PkgId, Type, TypeTable};

/// Makes package unsafe's scope; returns the package and its scope.
pub fn unsafe_package(
    types: &mut TypeTable,
    scopes: &mut Scopes,
    objects: &mut Vec<Object>,
    universe: ScopeId,
) -> (PkgId, ScopeId) {
    let pkg = types.add_package("unsafe", "unsafe");
    let scope = scopes.new_scope(Some(universe), false);
    let invalid = types.intern(Type::Invalid);
    let pointer = types.basic(BasicKind::UnsafePointer);
    let mut add = |name: &str, kind: ObjKind, ty| {
        objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            span: None,
            pkg,
            used: true,
        });
        let id = super::scope::ObjId(objects.len() as u32 - 1);
        scopes.insert(scope, name, id);
    };
    add("Pointer", ObjKind::TypeName, pointer);
    for b in [
        Builtin::Sizeof,
        Builtin::Alignof,
        Builtin::Offsetof,
        Builtin::UnsafeAdd,
        Builtin::UnsafeSlice,
    ] {
        add(b.name(), ObjKind::Builtin(b), invalid);
    }
    (pkg, scope)
}

impl<'a, 'm> Checker<'a, 'm> {
    /// A call of one of unsafe's functions; `op` becomes its result.
    pub fn unsafe_call(
        &mut self,
        op: &mut Operand,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: Option<Span>,
    ) {
        let call = self.text(op.span);
        let want = match b {
            Builtin::UnsafeAdd | Builtin::UnsafeSlice => 2,
            _ => 1,
        };
        if args.len() != want {
            for a in args {
                self.raw_expr(a, None);
            }
            let (what, at) = if args.len() < want {
                ("not enough", op.span)
            } else {
                ("too many", op.span)
            };
            self.error(
                at,
                format!(
                    "invalid operation: {what} arguments for {call} (expected {want}, found {})",
                    args.len()
                ),
            );
            return;
        }
        if ellipsis.is_some() {
            self.error(
                op.span,
                format!(
                    "invalid operation: invalid use of ... with built-in {}",
                    b.name()
                ),
            );
            return;
        }
        let uintptr = self.env.wk.uintptr;
        let target = self.env.target;
        match b {
            Builtin::Sizeof | Builtin::Alignof => {
                let context = format!("argument to unsafe.{}", b.name());
                let mut x = self.expr(&args[0]);
                if x.is_invalid() {
                    return;
                }
                if x.ty == self.env.wk.untyped_nil {
                    self.error(x.span, format!("use of untyped nil in {context}"));
                    return;
                }
                self.default_type_op(&mut x);
                if x.is_invalid() {
                    return;
                }
                let n = if b == Builtin::Sizeof {
                    self.env.types.size_of(x.ty, &target)
                } else {
                    self.env.types.align_of(x.ty, &target)
                };
                op.mode = Mode::Const(ConstVal::Int(n.into()));
                op.ty = uintptr;
            }
            Builtin::Offsetof => {
                let arg = super::expr::strip_parens(&args[0]);
                let ExprKind::Selector(x, sel) = &arg.kind else {
                    let t = self.text(args[0].span);
                    self.raw_expr(&args[0], None);
                    self.error(
                        args[0].span,
                        format!("invalid argument: {t} is not a selector expression"),
                    );
                    return;
                };
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                // The struct itself when x is a pointer to one.
                let base = match self.env.types.under(xo.ty) {
                    Type::Pointer(p) if matches!(self.env.types.under(*p), Type::Struct(_)) => *p,
                    _ => xo.ty,
                };
                let bs = self.ts(base);
                match self
                    .env
                    .types
                    .lookup_field_or_method(base, &sel.name, self.pkg)
                {
                    LookupResult::Field {
                        index_path,
                        ty,
                        indirect,
                    } => {
                        if indirect {
                            self.error(
                                x.span,
                                format!(
                                    "invalid argument: field {} is embedded via a pointer in {bs}",
                                    sel.name
                                ),
                            );
                            return;
                        }
                        // The selector is an expression of the field's type.
                        let mode = if matches!(xo.mode, Mode::Var) {
                            Mode::Var
                        } else {
                            Mode::Value
                        };
                        self.record_op(&Operand {
                            mode,
                            ty,
                            span: arg.span,
                            id: arg.id,
                        });
                        let mut off = 0u64;
                        let mut t = base;
                        for &i in &index_path {
                            off += self.env.types.field_offsets(t, &target)[i];
                            t = match self.env.types.under(t) {
                                Type::Struct(fields) => fields[i].ty,
                                _ => t,
                            };
                        }
                        op.mode = Mode::Const(ConstVal::Int(off.into()));
                        op.ty = uintptr;
                    }
                    LookupResult::Method { .. } => {
                        let t = self.text(args[0].span);
                        self.error(
                            args[0].span,
                            format!("invalid argument: {t} is a method value"),
                        );
                    }
                    _ => {
                        self.error(
                            x.span,
                            format!("invalid argument: {bs} has no single field {}", sel.name),
                        );
                    }
                }
            }
            Builtin::UnsafeAdd => {
                let mut p = self.expr(&args[0]);
                let up = self.env.types.basic(BasicKind::UnsafePointer);
                if !self.assignment(&mut p, &args[0], up, "argument to unsafe.Add") {
                    self.expr(&args[1]);
                    return;
                }
                if !self.length_arg(&args[1], true) {
                    return;
                }
                op.mode = Mode::Value;
                op.ty = up;
            }
            Builtin::UnsafeSlice => {
                let p = self.expr(&args[0]);
                if p.is_invalid() {
                    self.expr(&args[1]);
                    return;
                }
                let Type::Pointer(elem) = *self.env.types.under(p.ty) else {
                    let d = self.describe(&p);
                    self.error(p.span, format!("invalid argument: {d} is not a pointer"));
                    self.expr(&args[1]);
                    return;
                };
                if !self.length_arg(&args[1], false) {
                    return;
                }
                op.mode = Mode::Value;
                op.ty = self.env.types.slice(elem);
            }
            _ => unreachable!("not one of unsafe's functions"),
        }
    }

    /// The length argument of `unsafe.Add` and `unsafe.Slice`: an integer,
    /// an untyped constant becoming an `int`; a constant one must fit an
    /// `int` (and, unless `allow_negative`, not be negative).
    fn length_arg(&mut self, e: &'a Expr, allow_negative: bool) -> bool {
        let mut y = self.expr(e);
        if y.is_invalid() {
            return false;
        }
        let int = self.env.wk.int;
        if self.env.types.is_untyped(y.ty) && !self.convert_untyped_to(&mut y, int) {
            return false;
        }
        if !self.is_integer_type(y.ty) {
            let d = self.describe(&y);
            self.error(
                e.span,
                format!("invalid argument: length {d} must be integer"),
            );
            return false;
        }
        if let Some(v) = y.value() {
            if !allow_negative && v.sign() < 0 {
                let d = self.describe(&y);
                self.error(
                    e.span,
                    format!("invalid argument: length {d} must not be negative"),
                );
                return false;
            }
        }
        true
    }

    /// `convert_untyped` of a length to `int`, reporting as gc does when
    /// the value does not fit.
    fn convert_untyped_to(&mut self, y: &mut Operand, t: crate::types::TypeId) -> bool {
        let d = self.describe(y);
        let ts = self.ts(t);
        let kind = self.env.types.basic_kind(y.ty);
        if let (Some(v), Some(tk)) = (y.value().cloned(), self.env.types.basic_kind(t)) {
            if kind.is_some_and(|k| k.is_numeric()) {
                if let Err(e) = v.represent(tk, &self.env.target) {
                    // gc says "truncated" for every float that is no int.
                    let from_float = kind.is_some_and(|k| !k.is_integer());
                    let msg = match e {
                        crate::constant::Repr::Truncated => format!("{d} truncated to {ts}"),
                        crate::constant::Repr::Overflow if from_float => {
                            format!("{d} truncated to {ts}")
                        }
                        crate::constant::Repr::Overflow => format!("{d} overflows {ts}"),
                        crate::constant::Repr::Mismatch => format!("cannot convert {d} to {ts}"),
                    };
                    self.error(y.span, msg);
                    y.invalidate();
                    return false;
                }
            }
        }
        if self.convert_untyped(y, t) {
            return true;
        }
        if !y.is_invalid() {
            self.error(y.span, format!("cannot convert {d} to {ts}"));
            y.invalidate();
        }
        false
    }
}
