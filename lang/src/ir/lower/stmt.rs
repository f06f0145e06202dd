//! Lowering of statements into blocks: declarations and assignments,
//! if/for/switch, labels with break, continue and goto, return.

use super::expr::Place;
use super::*;
use crate::ast::{BranchKind, Expr, ExprKind, Stmt, StmtKind};

impl FnBuilder<'_, '_> {
    pub(super) fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s, None);
        }
    }

    fn stmt(&mut self, s: &Stmt, label: Option<&str>) {
        let line = self.line(s.span);
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Labeled(l, inner) => {
                // A label starts a block of its own, so goto can reach it.
                let b = self.label_block(&l.name);
                self.jump(b, line);
                self.switch_to(b);
                self.stmt(inner, Some(&l.name));
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::Expr(e) => {
                if let ExprKind::Call { .. } = &crate::check::expr::strip_parens(e).kind {
                    self.call_expr(crate::check::expr::strip_parens(e));
                } else {
                    self.expr(e);
                }
            }
            StmtKind::Decl(ast::Decl::Var(specs, _)) => {
                for spec in specs {
                    self.local_var_spec(spec, line);
                }
            }
            StmtKind::Decl(_) => {}
            StmtKind::Define(lhs, rhs) => self.define(lhs, rhs, line),
            StmtKind::Assign(lhs, None, rhs) => self.assign(lhs, rhs, line),
            StmtKind::Assign(lhs, Some(op), rhs) => {
                // x op= y: evaluate the place once.
                let t = self.expr_type(lhs[0].id);
                let Some(p) = self.place(&lhs[0]) else { return };
                let cur = self.read(p, t, line);
                let Some(v) = self.binary_values(*op, cur, &rhs[0], t, line, s.span) else {
                    return;
                };
                self.write(p, v, t, line);
            }
            StmtKind::IncDec(x, inc) => {
                let t = self.expr_type(x.id);
                let Some(p) = self.place(x) else { return };
                let Some(sc) = self.scalar(t) else { return };
                let cur = self.read(p, t, line);
                let one = self.alloc(sc.size(), sc.size());
                let bits = if sc == Scalar::F64 {
                    1f64.to_bits()
                } else if sc == Scalar::F32 {
                    1f32.to_bits() as u64
                } else {
                    1
                };
                self.emit(
                    Inst::Imm {
                        dst: one,
                        ty: sc,
                        bits,
                    },
                    line,
                );
                let dst = self.alloc(sc.size(), sc.size());
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                self.emit(
                    Inst::Bin {
                        op,
                        ty: sc,
                        dst,
                        a: cur,
                        b: one,
                    },
                    line,
                );
                self.write(p, dst, t, line);
            }
            StmtKind::Return(rs) => self.return_stmt(rs, line, s.span),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                let Some(c) = self.expr(cond) else { return };
                let tb = self.new_block();
                let eb = self.new_block();
                let join = self.new_block();
                self.terminate(
                    Term::Branch {
                        cond: c,
                        then: tb,
                        els: eb,
                    },
                    line,
                );
                self.switch_to(tb);
                self.block(&then.stmts);
                self.jump(join, line);
                self.switch_to(eb);
                if let Some(e) = els {
                    self.stmt(e, None);
                }
                self.jump(join, line);
                self.switch_to(join);
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i, None);
                }
                let head = self.new_block();
                let body_b = self.new_block();
                let cont = self.new_block();
                let exit = self.new_block();
                self.jump(head, line);
                self.switch_to(head);
                match cond {
                    Some(c) => {
                        let Some(cv) = self.expr(c) else { return };
                        self.terminate(
                            Term::Branch {
                                cond: cv,
                                then: body_b,
                                els: exit,
                            },
                            line,
                        );
                    }
                    None => self.jump(body_b, line),
                }
                self.switch_to(body_b);
                self.loops
                    .push((label.map(str::to_string), exit, Some(cont)));
                self.block(&body.stmts);
                self.loops.pop();
                self.jump(cont, line);
                self.switch_to(cont);
                if let Some(p) = post {
                    self.stmt(p, None);
                }
                self.jump(head, line);
                self.switch_to(exit);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => self.switch(init.as_deref(), tag.as_ref(), body, label, line),
            StmtKind::Branch(kind, l) => self.branch(*kind, l.as_ref(), line, s.span),
            StmtKind::Range { .. } => self.m.unsupported(s.span, "range loops"),
            StmtKind::TypeSwitch { .. } => self.m.unsupported(s.span, "type switches"),
            StmtKind::Select(_) | StmtKind::Send(..) => self.m.unsupported(s.span, "channels"),
            StmtKind::Go(_) => self.m.unsupported(s.span, "goroutines"),
            StmtKind::Defer(_) => self.m.unsupported(s.span, "defer"),
        }
    }

    /// The entry block of label `name` (created on first mention: a goto
    /// may come before its label).
    fn label_block(&mut self, name: &str) -> BlockId {
        if let Some(&b) = self.labels.get(name) {
            return b;
        }
        let b = self.new_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    fn branch(&mut self, kind: BranchKind, label: Option<&ast::Ident>, line: u32, span: Span) {
        match kind {
            BranchKind::Goto => {
                let Some(l) = label else { return };
                let b = self.label_block(&l.name);
                self.jump(b, line);
            }
            BranchKind::Break | BranchKind::Continue => {
                let target = self.loops.iter().rev().find(|(lab, _, cont)| {
                    let label_ok = label.is_none_or(|l| lab.as_deref() == Some(l.name.as_str()));
                    label_ok && (kind == BranchKind::Break || cont.is_some())
                });
                let Some(&(_, brk, cont)) = target else {
                    return;
                };
                let to = if kind == BranchKind::Break {
                    brk
                } else {
                    cont.unwrap_or(brk)
                };
                self.jump(to, line);
            }
            BranchKind::Fallthrough => {
                // Handled by the switch lowering, which knows the next clause.
                if let Some(&next) = self.fallthrough.last() {
                    self.jump(next, line);
                } else {
                    self.m.unsupported(span, "fallthrough here");
                }
            }
        }
    }

    fn switch(
        &mut self,
        init: Option<&Stmt>,
        tag: Option<&Expr>,
        body: &[ast::CaseClause],
        label: Option<&str>,
        line: u32,
    ) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let tag_v = match tag {
            Some(t) => match self.expr(t) {
                Some(v) => Some((v, self.expr_type(t.id))),
                None => return,
            },
            None => None,
        };
        let exit = self.new_block();
        let bodies: Vec<BlockId> = body.iter().map(|_| self.new_block()).collect();
        let default = body.iter().position(|c| c.exprs.is_none());
        // Tests, in order; the default clause is taken when none matches.
        for (ci, c) in body.iter().enumerate() {
            let Some(es) = &c.exprs else { continue };
            for e in es {
                let cl = self.line(e.span);
                let cond = match tag_v {
                    Some((tv, tt)) => match self.equal_to(tv, tt, e, cl) {
                        Some(c) => c,
                        None => return,
                    },
                    None => match self.expr(e) {
                        Some(c) => c,
                        None => return,
                    },
                };
                let next = self.new_block();
                self.terminate(
                    Term::Branch {
                        cond,
                        then: bodies[ci],
                        els: next,
                    },
                    cl,
                );
                self.switch_to(next);
            }
        }
        let fallback = default.map_or(exit, |d| bodies[d]);
        self.jump(fallback, line);
        for (ci, c) in body.iter().enumerate() {
            self.switch_to(bodies[ci]);
            let next = bodies.get(ci + 1).copied().unwrap_or(exit);
            self.loops.push((label.map(str::to_string), exit, None));
            self.fallthrough.push(next);
            self.block(&c.body);
            self.fallthrough.pop();
            self.loops.pop();
            self.jump(exit, line);
        }
        self.switch_to(exit);
    }

    /// `tag == e` for a switch case, as a u8 slot.
    fn equal_to(&mut self, tv: Loc, tt: TypeId, e: &Expr, line: u32) -> Option<Loc> {
        let v = self.expr(e)?;
        let Some(sc) = self.scalar(tt) else {
            self.m.unsupported(e.span, "switch on this type");
            return None;
        };
        let dst = self.alloc(1, 1);
        self.emit(
            Inst::Cmp {
                op: CmpOp::Eq,
                ty: sc,
                dst,
                a: tv,
                b: v,
            },
            line,
        );
        Some(dst)
    }

    fn return_stmt(&mut self, rs: &[Expr], line: u32, span: Span) {
        let results = self.results.clone();
        if !rs.is_empty() {
            let vals: Vec<Loc> = if rs.len() == 1 && results.len() > 1 {
                match self.call_expr(&rs[0]) {
                    Some(v) => v.into_iter().map(|x| x.0).collect(),
                    None => return,
                }
            } else {
                let mut v = Vec::new();
                for r in rs {
                    match self.expr(r) {
                        Some(x) => v.push(x),
                        None => return,
                    }
                }
                v
            };
            // Evaluate all, then store: `return b, a` must not see its own stores.
            let tmps: Vec<Loc> = vals
                .iter()
                .zip(&results)
                .map(|(&v, &(_, t))| {
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
                    tmp
                })
                .collect();
            for (tmp, (loc, t)) in tmps.into_iter().zip(results) {
                let size = self.m.size_of(t);
                self.emit(
                    Inst::Move {
                        dst: loc,
                        src: tmp,
                        size,
                    },
                    line,
                );
            }
        }
        let _ = span;
        self.ret(line);
    }

    fn local_var_spec(&mut self, spec: &ast::ValueSpec, line: u32) {
        let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| self.obj_at(n.span)).collect();
        let vals = self.values(&spec.values, spec.names.len(), line);
        for (i, o) in objs.into_iter().enumerate() {
            let Some(o) = o else { continue };
            let t = self.m.p.objects[o.0 as usize].ty;
            let v = self.declare_local(o, t, line);
            if let Some(vals) = &vals {
                if let Some(&src) = vals.get(i) {
                    let p = self.var_place_of(v, line);
                    self.write(p, src, t, line);
                }
            }
        }
    }

    /// A package variable's initializer (in the package's init function).
    pub(super) fn global_var_spec(&mut self, spec: &ast::ValueSpec) {
        let line = self.line(spec.span);
        let Some(vals) = self.values(&spec.values, spec.names.len(), line) else {
            return;
        };
        for (n, src) in spec.names.iter().zip(vals) {
            let Some(o) = self.obj_at(n.span) else {
                continue;
            };
            let Some(&g) = self.m.globals.get(&o) else {
                continue;
            };
            let t = self.m.p.objects[o.0 as usize].ty;
            let p = self.var_place_of(VarLoc::Global(g), line);
            self.write(p, src, t, line);
        }
    }

    fn var_place_of(&mut self, v: VarLoc, line: u32) -> Place {
        match v {
            VarLoc::Frame(l) => Place::Frame(l),
            VarLoc::Heap(cell) => Place::Mem { ptr: cell, off: 0 },
            VarLoc::Global(g) => {
                if let Some(&pkg) = self.m.global_pkg.get(&g) {
                    self.m.pkgs_used.insert(pkg);
                }
                let ptr = self.word_temp();
                self.emit(
                    Inst::Addr {
                        dst: ptr,
                        what: AddrOf::Global(g),
                    },
                    line,
                );
                Place::Mem { ptr, off: 0 }
            }
        }
    }

    /// The values of a right-hand side, copied into fresh slots (so that
    /// `a, b = b, a` reads before it writes).
    fn values(&mut self, rhs: &[Expr], n: usize, line: u32) -> Option<Vec<Loc>> {
        if rhs.is_empty() {
            return None;
        }
        if rhs.len() == 1 && n > 1 {
            let e = crate::check::expr::strip_parens(&rhs[0]);
            if let ExprKind::Call { .. } = e.kind {
                return Some(self.call_expr(e)?.into_iter().map(|x| x.0).collect());
            }
            self.m.unsupported(rhs[0].span, "comma-ok forms");
            return None;
        }
        let mut out = Vec::new();
        for r in rhs {
            let t = self.expr_type(r.id);
            let v = self.expr(r)?;
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
            out.push(tmp);
        }
        Some(out)
    }

    fn define(&mut self, lhs: &[Expr], rhs: &[Expr], line: u32) {
        let Some(vals) = self.values(rhs, lhs.len(), line) else {
            return;
        };
        for (l, v) in lhs.iter().zip(vals) {
            let Some(&o) = self.m.p.uses.get(&l.id) else {
                continue;
            };
            let t = self.m.p.objects[o.0 as usize].ty;
            // A name declared by this := is new when it is declared here.
            let new = self.m.p.objects[o.0 as usize].span == Some(l.span);
            let place = if new {
                let vl = self.declare_local(o, t, line);
                self.var_place_of(vl, line)
            } else {
                match self.place(l) {
                    Some(p) => p,
                    None => continue,
                }
            };
            self.write(place, v, t, line);
        }
    }

    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr], line: u32) {
        let Some(vals) = self.values(rhs, lhs.len(), line) else {
            return;
        };
        for (l, v) in lhs.iter().zip(vals) {
            if matches!(&l.kind, ExprKind::Ident(n) if n == "_") {
                continue;
            }
            let t = self.expr_type(l.id);
            let Some(p) = self.place(l) else { continue };
            self.write(p, v, t, line);
        }
    }
}
