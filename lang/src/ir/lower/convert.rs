//! Conversions `T(x)` that are not a change of representation between
//! numbers or strings (those stay in expr.rs): to an interface type (the
//! same boxing as an assignment, or a run-time itab from another
//! interface, iface.rs) and from a slice to an array pointer, whose length
//! is checked with gc's message.

use super::*;
use crate::ast::Expr;

impl FnBuilder<'_, '_> {
    /// `T(x)` when `T` is an interface type or `x` a slice converted to a
    /// pointer to an array; `None` for the other conversions, which the
    /// caller lowers. The inner `None` is a failure already reported.
    pub(super) fn special_conversion(
        &mut self,
        to_t: TypeId,
        arg: &Expr,
        line: u32,
    ) -> Option<Option<Loc>> {
        let from_t = self.expr_type(arg.id);
        if matches!(self.under(to_t), Type::Interface(_)) {
            // An untyped constant is boxed as its default type.
            let from_t = match self.m.p.types.basic_kind(from_t) {
                Some(k) if k.is_untyped() => self.m.p.types.basic_kind_type(k.default_type()),
                _ => from_t,
            };
            let v = self.expr(arg);
            return Some(v.and_then(|v| self.coerce(v, from_t, to_t, line)));
        }
        let (Type::Slice(_), Type::Pointer(p)) =
            (self.under(from_t).clone(), self.under(to_t).clone())
        else {
            return None;
        };
        let Type::Array(n, _) = self.under(p).clone() else {
            return None;
        };
        let Some(v) = self.expr(arg) else {
            return Some(None);
        };
        let w = self.word();
        // len(x) >= n, else gc's boundsConvert panic.
        let limit = self.word_imm(n, line);
        self.check_or_panic(CmpOp::Ge, v.plus(w), limit, bounds::CONVERT, false, line);
        let dst = self.word_temp();
        self.mov(dst, v, w, line);
        Some(Some(dst))
    }
}
