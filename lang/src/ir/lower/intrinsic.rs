//! Calls of natives that the compiler computes in place, as gc's
//! intrinsics: `math.Sqrt` is one instruction on every machine, and a
//! call through the runtime's trampoline (a safepoint: the caller's live
//! registers saved and loaded back) costs many times more.

use super::*;
use crate::ast::Expr;

impl FnBuilder<'_, '_> {
    /// The value of a call of native `n` with `args`, computed in place,
    /// or `None` when the native is not an intrinsic (then it is called).
    /// The inner `None` is a failure already reported.
    pub(super) fn intrinsic(
        &mut self,
        n: NativeId,
        args: &[Expr],
        line: u32,
    ) -> Option<Option<Vec<(Loc, TypeId)>>> {
        let name = &self.m.module.natives.get(n.0 as usize)?.name;
        if name != "math.Sqrt" || args.len() != 1 {
            return None;
        }
        let t = self.expr_type(args[0].id);
        Some((|| {
            let a = self.expr(&args[0])?;
            let dst = self.temp(t);
            self.emit(
                Inst::Un {
                    op: UnOp::Sqrt,
                    ty: Scalar::F64,
                    dst,
                    a,
                },
                line,
            );
            Some(vec![(dst, t)])
        })())
    }
}
