//! Calls: of functions, methods, closures and interface methods, with
//! their arguments evaluated and coerced into the callee's parameter
//! slots (variadic ones packed into a slice).

use super::*;
use crate::ast::{Expr, ExprKind};

impl FnBuilder<'_, '_> {
    /// Lowers a call; returns the slots of its results.
    pub(super) fn call_expr(&mut self, e: &Expr) -> Option<Vec<(Loc, TypeId)>> {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            return None;
        };
        let line = self.call_line(func.span, e.span);
        let ft = self.expr_type(func.id);
        let finfo = self
            .m
            .p
            .exprs
            .get(func.id.0 as usize)
            .and_then(|i| i.as_ref())
            .cloned();
        if finfo.as_ref().is_some_and(|i| i.is_type) {
            return self
                .conversion(e, args, line)
                .map(|l| vec![(l, self.expr_type(e.id))]);
        }
        let fun = crate::check::expr::strip_parens(func);
        // Builtins (unsafe's are selectors: unsafe.Add).
        if let ExprKind::Ident(_) | ExprKind::Selector(..) = &fun.kind {
            if let Some(&o) = self.m.p.uses.get(&fun.id) {
                if let ObjKind::Builtin(b) = self.m.p.objects[o.0 as usize].kind {
                    return self.builtin(b, e, args, line);
                }
            }
        }
        let sig = self.m.p.types.signature(ft).cloned()?;
        // What is called, and its receiver if it is a method.
        let mut recv: Option<(Loc, TypeId)> = None;
        let callee = match &fun.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) if self.m.p.uses.contains_key(&fun.id) => {
                let o = self.m.p.uses[&fun.id];
                match self.m.funcs.get(&o).copied() {
                    Some(FnRef::Func(f)) => Callee::Func(f),
                    Some(FnRef::Native(n)) => Callee::Native(n),
                    None => {
                        let v = self.expr(fun)?;
                        Callee::Closure(v)
                    }
                }
            }
            ExprKind::Selector(x, _)
                if self
                    .m
                    .p
                    .exprs
                    .get(x.id.0 as usize)
                    .and_then(|i| i.as_ref())
                    .is_some_and(|i| i.is_type) =>
            {
                // A method expression called: T.m(recv, args).
                let v = self.expr(fun)?;
                Callee::Closure(v)
            }
            ExprKind::Selector(x, sel) => {
                let xt = self.expr_type(x.id);
                let res = self
                    .m
                    .p
                    .types
                    .lookup_field_or_method(xt, &sel.name, self.pkg_of(e));
                match res {
                    crate::types::lookup::LookupResult::Method {
                        named: Some(n),
                        pointer_recv,
                        index_path,
                        ..
                    } => {
                        let (fref, _) = *self.m.methods.get(&(n, sel.name.clone()))?;
                        recv = Some(self.method_receiver(x, n, &index_path, pointer_recv, line)?);
                        match fref {
                            FnRef::Func(f) => Callee::Func(f),
                            FnRef::Native(nid) => Callee::Native(nid),
                        }
                    }
                    crate::types::lookup::LookupResult::Field { .. } => {
                        let v = self.expr(fun)?;
                        Callee::Closure(v)
                    }
                    crate::types::lookup::LookupResult::Method {
                        from_interface: true,
                        method_index,
                        index_path,
                        ..
                    } => {
                        // Through the itab: the wrapper takes the data word.
                        // The interface is x, or the one x embeds
                        // (`type S struct{ R }`: s.Read() calls s.R.Read()).
                        let w = self.word();
                        let iv = if index_path.is_empty() {
                            self.expr(x)?
                        } else {
                            let (start, base_t) = self.receiver_base(x, line)?;
                            let (p, it, _) =
                                self.walk_embedded_to(start, base_t, &index_path, line)?;
                            self.read(p, it, line)
                        };
                        let itab = self.ptr_temp();
                        self.mov(itab, iv, w, line);
                        let fv = self.ptr_temp();
                        let off = ((1 + method_index) as u32 * w) as i32;
                        self.emit(
                            Inst::Load {
                                dst: fv,
                                ptr: itab,
                                off,
                                size: w,
                            },
                            line,
                        );
                        let data = self.ptr_temp();
                        self.mov(data, iv.plus(w), w, line);
                        let uintptr = self
                            .m
                            .p
                            .types
                            .basic_kind_type(crate::types::BasicKind::Uintptr);
                        recv = Some((data, uintptr));
                        Callee::Closure(fv)
                    }
                    _ => {
                        self.m.unsupported(e.span, "this method call");
                        return None;
                    }
                }
            }
            _ => {
                let v = self.expr(fun)?;
                Callee::Closure(v)
            }
        };
        if let (Callee::Native(n), None) = (callee, recv) {
            if let Some(v) = self.intrinsic(n, args, line) {
                return v;
            }
        }
        let layout = self.m.frame_layout(recv.map(|r| r.1), &sig);
        // Evaluate every argument first (they may contain calls, which use
        // the outgoing area), then copy them in.
        let mut vals = Vec::new();
        if let Some((v, t)) = recv {
            vals.push((v, t));
        }
        vals.extend(self.call_args(args, &sig, ellipsis.is_some(), line)?);
        let saved: Vec<(Loc, TypeId)> = vals
            .into_iter()
            .map(|(v, t)| {
                // A value already in Out would be clobbered by the copies.
                if let Loc::Out(_) = v {
                    let tmp = self.temp(t);
                    let size = self.m.size_of(t);
                    self.emit(
                        Inst::Move {
                            dst: tmp,
                            src: v,
                            size,
                        },
                        line,
                    );
                    (tmp, t)
                } else {
                    (v, t)
                }
            })
            .collect();
        for ((v, t), off) in saved.iter().zip(&layout.params) {
            let size = self.m.size_of(*t);
            self.emit(
                Inst::Move {
                    dst: Loc::Out(*off),
                    src: *v,
                    size,
                },
                line,
            );
        }
        if let Callee::Closure(c) = callee {
            let w = self.word();
            let keep = self.ptr_temp();
            self.mov(keep, c, w, line);
            self.call(Callee::Closure(keep), layout.total, line);
        } else {
            self.call(callee, layout.total, line);
        }
        // Results are copied out before anything else can use the area.
        let mut out = Vec::new();
        for (t, off) in sig.results.iter().zip(&layout.results) {
            let dst = self.temp(*t);
            let size = self.m.size_of(*t);
            self.emit(
                Inst::Move {
                    dst,
                    src: Loc::Out(*off),
                    size,
                },
                line,
            );
            out.push((dst, *t));
        }
        Some(out)
    }

    /// The arguments of a call of a function of signature `sig`, each
    /// converted to its parameter's type (an interface parameter boxes
    /// it), in parameter order, with the variadic part packed into a new
    /// slice unless `spread` (`f(xs...)`) passes one. `f(g())` with a
    /// multi-value `g` passes g's results as the arguments, each converted
    /// the same way. Calls and `defer`/`go` of calls evaluate their
    /// arguments here, so every form converts alike.
    pub(super) fn call_args(
        &mut self,
        args: &[Expr],
        sig: &crate::types::Signature,
        spread: bool,
        line: u32,
    ) -> Option<Vec<(Loc, TypeId)>> {
        let nfixed = if sig.variadic {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        let multi =
            args.len() == 1 && matches!(self.under(self.expr_type(args[0].id)), Type::Tuple(_));
        let mut vals = Vec::new();
        if multi {
            let rs = self.call_expr(&args[0])?;
            for (&(v, t), &pt) in rs.iter().zip(&sig.params).take(nfixed) {
                let v = self.coerce(v, t, pt, line)?;
                vals.push((v, pt));
            }
            if sig.variadic {
                let st = sig.params[nfixed];
                let v = self.pack_values(&rs[nfixed.min(rs.len())..], st, line)?;
                vals.push((v, st));
            }
            return Some(vals);
        }
        // gc's order (evalorder.rs): the arguments holding calls first,
        // then the plain ones, the variadic ones included.
        let all: Vec<&Expr> = args.iter().collect();
        let locs = self.exprs_calls_first(&all, line)?;
        for ((a, &pt), &v) in args.iter().zip(&sig.params).take(nfixed).zip(&locs) {
            let at = self.expr_type(a.id);
            let v = self.coerce(v, at, pt, line)?;
            vals.push((v, pt));
        }
        if sig.variadic {
            let st = sig.params[nfixed];
            let v = if spread {
                // f(xs...): the slice itself.
                locs[nfixed]
            } else {
                let rest = nfixed.min(args.len());
                let typed: Vec<_> = args[rest..]
                    .iter()
                    .zip(&locs[rest..])
                    .map(|(a, &v)| (v, self.expr_type(a.id)))
                    .collect();
                self.pack_values(&typed, st, line)?
            };
            vals.push((v, st));
        }
        Some(vals)
    }

    /// The slice of type `st` holding `vals` (each converted to the element
    /// type), nil when there are none.
    fn pack_values(&mut self, vals: &[(Loc, TypeId)], st: TypeId, line: u32) -> Option<Loc> {
        let w = self.word();
        let dst = self.temp(st);
        self.emit(Inst::Zero { dst, size: 3 * w }, line);
        if vals.is_empty() {
            return Some(dst);
        }
        let Type::Slice(el) = self.under(st).clone() else {
            return None;
        };
        let es = self.m.size_of(el);
        let n = vals.len() as u64;
        let mut conv = Vec::new();
        for &(v, vt) in vals {
            let v = self.coerce(v, vt, el, line)?;
            let keep = self.temp(el);
            self.mov(keep, v, es, line);
            conv.push(keep);
        }
        let vals = conv;
        let arr = self.heap_array(el, n, line);
        for (i, v) in vals.into_iter().enumerate() {
            self.emit(
                Inst::Store {
                    ptr: arr,
                    off: (i as u32 * es) as i32,
                    src: v,
                    size: es,
                },
                line,
            );
        }
        let ws = Scalar::word(&self.m.p.target);
        self.emit(
            Inst::Move {
                dst,
                src: arr,
                size: w,
            },
            line,
        );
        self.emit(
            Inst::Imm {
                dst: dst.plus(w),
                ty: ws,
                bits: n,
            },
            line,
        );
        self.emit(
            Inst::Imm {
                dst: dst.plus(2 * w),
                ty: ws,
                bits: n,
            },
            line,
        );
        Some(dst)
    }
}
