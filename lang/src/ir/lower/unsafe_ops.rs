//! Lowering of package unsafe's run-time functions. `unsafe.Sizeof`,
//! `Alignof` and `Offsetof` are constants the checker folded, and the
//! conversions between pointers, `unsafe.Pointer` and `uintptr` keep the
//! word as it is; what is left here is `unsafe.Add` (a word addition) and
//! `unsafe.Slice` (the runtime's UnsafeSlice service, which makes gc's
//! checks of the length before building the slice).

use super::*;
use crate::ast::Expr;

impl FnBuilder<'_, '_> {
    /// `unsafe.Add(ptr, len)`: `ptr + len`, `len` sign- or zero-extended to
    /// a word by its type, wrapping as gc's pointer arithmetic does.
    pub(super) fn unsafe_add(&mut self, args: &[Expr], line: u32) -> Option<Loc> {
        let p = self.expr(&args[0])?;
        let n = self.int_word(&args[1], line)?;
        let dst = self.ptr_temp();
        self.emit(
            Inst::Bin {
                op: BinOp::Add,
                ty: Scalar::word(&self.m.p.target),
                dst,
                a: p,
                b: n,
            },
            line,
        );
        Some(dst)
    }

    /// `unsafe.Slice(ptr, len)`: the slice `ptr[:len:len]` of `*ptr`'s
    /// type, after the checks of gc's runtime (a negative or too long
    /// length, a nil pointer with a non-zero length), which panic.
    pub(super) fn unsafe_slice(&mut self, e: &Expr, args: &[Expr], line: u32) -> Option<Loc> {
        let t = self.expr_type(e.id);
        let Type::Slice(el) = self.under(t).clone() else {
            self.m.unsupported(e.span, "this unsafe.Slice");
            return None;
        };
        let p = self.expr(&args[0])?;
        let n = self.int_word(&args[1], line)?;
        let es = u64::from(self.m.size_of(el));
        let esz = self.word_imm(es, line);
        Some(self.slice_service(Service::UnsafeSlice, [esz, p, n], None, line))
    }
}
