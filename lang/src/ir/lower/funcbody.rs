//! A function's body: its parameters and results bound to slots (the
//! escaping ones moved to heap cells), local declarations, returns, and
//! function literals with the closure objects that carry their captured
//! variables.

use super::*;
use crate::ast;
use crate::check::scope::ObjId;
use crate::source::Span;
use crate::types::TypeId;

impl<'m, 'p> FnBuilder<'m, 'p> {
    /// A new closure object for function `f`: its code word, then `extra`
    /// zeroed bytes for what it captures, whose pointer words `ptrs` names
    /// (from the captured part's start); returns the word holding it.
    pub(super) fn closure_object(
        &mut self,
        f: FuncId,
        extra: u32,
        ptrs: &crate::types::PtrMask,
        line: u32,
    ) -> Loc {
        let w = self.word();
        // The code word is no pointer the collector follows.
        let mut mask = crate::types::PtrMask::none();
        mask.or_shifted(ptrs, 1);
        let obj = self.heap_object(u64::from(w + extra), &mask, line);
        let fv = self.ptr_temp();
        self.addr_to(fv, AddrOf::FuncValue(f), line);
        // A code address: never in the collected heap (a uintptr, as the
        // code word of Go's funcval).
        let code = self.int_temp();
        self.emit(
            Inst::Load {
                dst: code,
                ptr: fv,
                off: 0,
                size: w,
            },
            line,
        );
        self.emit(
            Inst::Store {
                ptr: obj,
                off: 0,
                src: code,
                size: w,
            },
            line,
        );
        obj
    }

    /// Lowers a function body: binds the parameters (from index `first` of
    /// the layout; a receiver was bound by the caller) and results, makes the
    /// captured variables of a closure reachable through its context, and
    /// lowers the statements.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn body(
        &mut self,
        ast_sig: &ast::FuncType,
        sig: &crate::types::Signature,
        layout: &ArgLayout,
        first: usize,
        body: &ast::Block,
        captured: &[(ObjId, TypeId)],
        line: u32,
    ) {
        self.arg_size = layout.total;
        self.arg_ptrs = layout.ptrs.clone();
        let mut idx = first;
        for f in &ast_sig.params {
            for n in &f.names {
                let ty = self
                    .obj_at(n.span)
                    .map_or(TypeId(0), |o| self.m.p.objects[o.0 as usize].ty);
                self.bind_param(n, Loc::Arg(layout.params[idx]), ty);
                idx += 1;
            }
            if f.names.is_empty() {
                idx += 1;
            }
        }
        let mut results = Vec::new();
        let mut ri = 0;
        for f in &ast_sig.results {
            for n in f
                .names
                .iter()
                .map(Some)
                .chain(f.names.is_empty().then_some(None))
            {
                let (loc, ty) = (Loc::Arg(layout.results[ri]), sig.results[ri]);
                let mut obj = None;
                if let Some(n) = n {
                    self.bind_param(n, loc, ty);
                    obj = self.obj_at(n.span);
                }
                results.push((loc, ty, obj));
                ri += 1;
            }
        }
        self.results = results;
        // Results start zeroed (Go's named results are zero values).
        for (loc, t, _) in self.results.clone() {
            let size = self.m.size_of(t);
            self.emit(Inst::Zero { dst: loc, size }, line);
        }
        self.has_defer = body.stmts.iter().any(has_defer);
        if !captured.is_empty() {
            let w = self.word();
            let ctx = self.ptr_temp();
            self.emit(Inst::ClosureContext { dst: ctx }, line);
            for (i, &(o, t)) in captured.iter().enumerate() {
                let cell = self.ptr_temp();
                let off = ((1 + i) as u32 * w) as i32;
                self.emit(
                    Inst::Load {
                        dst: cell,
                        ptr: ctx,
                        off,
                        size: w,
                    },
                    line,
                );
                self.vars.insert(o, (VarLoc::Heap(cell), t));
            }
        }
        self.escapes = escaping_vars(self.m.p, body);
        self.spill_escaping_params();
        self.block(&body.stmts);
        let end = self.line(Span {
            lo: body.span.hi.saturating_sub(1),
            ..body.span
        });
        self.ret(end);
        if self.has_defer {
            let b = self.new_block();
            self.switch_to(b);
            self.ret(end);
            self.recover_block = Some(b);
        }
    }

    /// A function literal: its body becomes a function of its own
    /// (`main.f.func1`); the value is a closure object on the heap holding
    /// the code address and the cells of the captured variables.
    pub(super) fn func_lit(
        &mut self,
        e: &ast::Expr,
        sig_ast: &ast::FuncType,
        body: &ast::Block,
        line: u32,
    ) -> Option<Loc> {
        let ft = self.expr_type(e.id);
        let sig = self.m.p.types.signature(ft).cloned()?;
        // The variables of enclosing functions it uses, in order of use.
        let mut caps: Vec<ObjId> = Vec::new();
        {
            let vars = &self.vars;
            let uses = &self.m.p.uses;
            let mut visit = |x: &ast::Expr| {
                fn walk(
                    x: &ast::Expr,
                    vars: &HashMap<ObjId, (VarLoc, TypeId)>,
                    uses: &crate::check::NodeMap<ObjId>,
                    caps: &mut Vec<ObjId>,
                ) {
                    if let ast::ExprKind::Ident(_) = &x.kind {
                        if let Some(o) = uses.get(&x.id) {
                            if matches!(vars.get(o), Some((VarLoc::Frame(_) | VarLoc::Heap(_), _)))
                                && !caps.contains(o)
                            {
                                caps.push(*o);
                            }
                        }
                    }
                    expr_children(x, &mut |c| walk(c, vars, uses, caps));
                }
                walk(x, vars, uses, &mut caps);
            };
            for st in &body.stmts {
                stmt_exprs(st, &mut visit);
            }
        }
        let mut captured = Vec::new();
        for o in &caps {
            match self.vars[o] {
                (VarLoc::Heap(_), t) => captured.push((*o, t)),
                _ => {
                    self.m.unsupported(
                        e.span,
                        "capturing a variable the compiler kept in the frame",
                    );
                    return None;
                }
            }
        }
        let outer = self.m.module.funcs[self.id.0 as usize].name.clone();
        let n = {
            let c = self.m.closures.entry(self.id).or_insert(0);
            *c += 1;
            *c
        };
        let file = self.m.module.funcs[self.id.0 as usize].file.clone();
        let id = self.m.empty_func(format!("{outer}.func{n}"), file, line);
        let layout = self.m.frame_layout(None, &sig);
        {
            let saved_quiet = self.m.quiet;
            let mut inner = FnBuilder::new(&mut *self.m, id);
            inner.body(sig_ast, &sig, &layout, 0, body, &captured, line);
            let f = inner.finish();
            self.m.module.funcs[id.0 as usize] = f;
            self.m.quiet = saved_quiet;
        }
        // The closure object.
        let w = self.word();
        // Each captured variable is a pointer to its heap cell.
        let cells = crate::types::PtrMask::from_words(&vec![true; captured.len()]);
        let obj = self.closure_object(id, captured.len() as u32 * w, &cells, line);
        for (i, (o, _)) in captured.iter().enumerate() {
            if let (VarLoc::Heap(cell), _) = self.vars[o] {
                let off = ((1 + i) as u32 * w) as i32;
                self.emit(
                    Inst::Store {
                        ptr: obj,
                        off,
                        src: cell,
                        size: w,
                    },
                    line,
                );
            }
        }
        Some(obj)
    }

    /// Binds a parameter or named result to its argument slot.
    pub(super) fn bind_param(&mut self, n: &ast::Ident, loc: Loc, t: TypeId) {
        if let Some(o) = self.obj_at(n.span) {
            self.vars.insert(o, (VarLoc::Frame(loc), t));
        }
    }

    /// Parameters whose address escapes move to the heap at entry.
    fn spill_escaping_params(&mut self) {
        let esc: Vec<(ObjId, Loc, TypeId)> = self
            .vars
            .iter()
            .filter(|(o, _)| self.escapes.contains(o))
            .filter_map(|(o, (v, t))| match v {
                VarLoc::Frame(l) => Some((*o, *l, *t)),
                _ => None,
            })
            .collect();
        for (o, loc, t) in esc {
            let size = self.m.size_of(t);
            let cell = self.heap_alloc(t, 0);
            let line = 0;
            self.emit(
                Inst::Store {
                    ptr: cell,
                    off: 0,
                    src: loc,
                    size,
                },
                line,
            );
            self.vars.insert(o, (VarLoc::Heap(cell), t));
        }
    }

    /// Declares a new local variable `o` of type `t`, zeroed.
    pub(super) fn declare_local(&mut self, o: ObjId, t: TypeId, line: u32) -> VarLoc {
        let v = if self.escapes.contains(&o) {
            VarLoc::Heap(self.heap_alloc(t, line))
        } else {
            let loc = self.temp(t);
            let size = self.m.size_of(t);
            self.emit(Inst::Zero { dst: loc, size }, line);
            VarLoc::Frame(loc)
        };
        self.vars.insert(o, (v, t));
        v
    }

    /// Returns: runs the deferred calls, then copies named results that
    /// live in heap cells (a deferred closure may have changed them) into
    /// the result slots.
    pub(super) fn ret(&mut self, line: u32) {
        if self.done {
            return;
        }
        if self.has_defer {
            self.call_service(Service::DeferReturn, line);
        }
        for (loc, t, o) in self.results.clone() {
            let Some(o) = o else { continue };
            if let Some((VarLoc::Heap(cell), _)) = self.vars.get(&o).copied() {
                let size = self.m.size_of(t);
                self.emit(
                    Inst::Load {
                        dst: loc,
                        ptr: cell,
                        off: 0,
                        size,
                    },
                    line,
                );
            }
        }
        self.terminate(Term::Return, line);
    }
}
