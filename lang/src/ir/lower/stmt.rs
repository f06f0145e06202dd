//! Lowering of statements into blocks: declarations and assignments,
//! if/for/switch, labels with break, continue and goto, return.

use super::place::Place;
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
                // A label starts a block of its own, so goto can reach it;
                // a backward goto makes a loop, so the block starts with
                // the preemption check loop heads carry.
                let b = self.label_block(&l.name);
                self.jump(b, line);
                self.switch_to(b);
                self.emit(Inst::PreemptCheck, line);
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
                if let ExprKind::Index(x, k) = &crate::check::expr::strip_parens(&lhs[0]).kind {
                    if matches!(self.under(self.expr_type(x.id)), Type::Map(..)) {
                        // m[k] op= y reads the element, computes, and only
                        // then creates the entry: a panic in y or in the
                        // operation (a zero divisor) leaves m as it was.
                        let Some((m, kp)) = self.map_operands(x, k, line) else {
                            return;
                        };
                        let cur = self.map_read(m, kp, t, line);
                        let Some(v) = self.binary_values(*op, cur, &rhs[0], t, line, s.span) else {
                            return;
                        };
                        let slot = self.map_assign_slot(m, kp, line);
                        self.write(Place::at(slot), v, t, line);
                        return;
                    }
                }
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
                if let Some(fs) = self.complex_part(t) {
                    let cur = self.read(p, t, line);
                    let dst = self.complex_step(cur, fs, *inc, line);
                    self.write(p, dst, t, line);
                    return;
                }
                let Some(sc) = self.scalar(t) else {
                    self.m.unsupported(s.span, "this increment");
                    return;
                };
                let cur = self.read(p, t, line);
                let one = self.scalar_temp(sc.size(), sc.size());
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
                let dst = self.scalar_temp(sc.size(), sc.size());
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
                let head = self.loop_head(line);
                let body_b = self.new_block();
                let cont = self.new_block();
                let exit = self.new_block();
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
                self.body_in(label, exit, Some(cont), &body.stmts);
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
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(key.as_ref(), value.as_ref(), *define, x, body, label, line),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => self.type_switch(init.as_deref(), bind.as_ref(), x, body, label, line),
            StmtKind::Select(cs) => self.select(cs, label, line),
            StmtKind::Send(ch, v) => {
                self.send(ch, v, line);
            }
            StmtKind::Go(e) => self.deferred_call(e, Service::Go, line),
            StmtKind::Defer(e) => self.deferred_call(e, Service::Defer, line),
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
                    // `switch { case x: }` compares x with true: a bool
                    // is its own condition, an interface holding one is
                    // compared with the bool true.
                    None if matches!(self.under(self.expr_type(e.id)), Type::Interface(_)) => {
                        let bool_t = self
                            .m
                            .p
                            .types
                            .basic_kind_type(crate::types::BasicKind::Bool);
                        let t = self.scalar_temp(1, 1);
                        self.emit(
                            Inst::Imm {
                                dst: t,
                                ty: Scalar::U8,
                                bits: 1,
                            },
                            cl,
                        );
                        match self.equal_to(t, bool_t, e, cl) {
                            Some(c) => c,
                            None => return,
                        }
                    }
                    None => match self.expr(e) {
                        Some(c) => c,
                        None => return,
                    },
                };
                self.branch_or_next(cond, bodies[ci], cl);
            }
        }
        let fallback = default.map_or(exit, |d| bodies[d]);
        self.jump(fallback, line);
        for (ci, c) in body.iter().enumerate() {
            self.switch_to(bodies[ci]);
            let next = bodies.get(ci + 1).copied().unwrap_or(exit);
            self.fallthrough.push(next);
            self.body_in(label, exit, None, &c.body);
            self.fallthrough.pop();
            self.jump(exit, line);
        }
        self.switch_to(exit);
    }

    /// `for k, v := range m`: positions through the runtime's MapNext.
    #[allow(clippy::too_many_arguments)]
    fn range_map(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<&str>,
        line: u32,
        (kt, vt): (TypeId, TypeId),
    ) {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let Some(mv) = self.expr(x) else { return };
        let m = self.ptr_temp();
        self.mov(m, mv, w, line);
        if define {
            self.predeclare([key, value], line);
        }
        let pos = self.word_imm(0, line);
        let head = self.loop_head(line);
        let body_b = self.new_block();
        let exit = self.new_block();
        self.mov(Loc::Out(0), m, w, line);
        self.mov(Loc::Out(w), pos, w, line);
        self.call_service(Service::MapNext, line);
        let kp = self.ptr_temp();
        let vp = self.ptr_temp();
        self.mov(kp, self.service_result(Service::MapNext, 0), w, line);
        self.mov(vp, self.service_result(Service::MapNext, 1), w, line);
        self.mov(pos, self.service_result(Service::MapNext, 2), w, line);
        let zero = self.word_imm(0, line);
        let more = self.scalar_temp(1, 1);
        self.cmp(CmpOp::Ne, ws, more, kp, zero, line);
        self.terminate(
            Term::Branch {
                cond: more,
                then: body_b,
                els: exit,
            },
            line,
        );
        self.switch_to(body_b);
        let mut vals = [None, None];
        for (i, (target, ptr, t)) in [(key, kp, kt), (value, vp, vt)].into_iter().enumerate() {
            if target.is_none_or(is_blank) {
                continue;
            }
            let size = self.m.size_of(t);
            let val = self.temp(t);
            self.emit(
                Inst::Load {
                    dst: val,
                    ptr,
                    off: 0,
                    size,
                },
                line,
            );
            vals[i] = Some(val);
        }
        self.assign_iterations([(key, vals[0], kt), (value, vals[1], vt)], define, line);
        self.body_in(label, exit, Some(head), &body.stmts);
        self.jump(head, line);
        self.switch_to(exit);
    }

    /// Goes to `then` when the u8 at `cond` is set; otherwise continues in
    /// a new block (the next test of a switch, type switch or select).
    pub(super) fn branch_or_next(&mut self, cond: Loc, then: BlockId, line: u32) {
        let next = self.new_block();
        self.terminate(
            Term::Branch {
                cond,
                then,
                els: next,
            },
            line,
        );
        self.switch_to(next);
    }

    /// Starts a loop: a new block, entered from here, that begins with the
    /// preemption check every loop head carries (DESIGN §7: a loop without
    /// calls must yield too). Returns it; every iteration passes through it.
    pub(super) fn loop_head(&mut self, line: u32) -> BlockId {
        let head = self.new_block();
        self.jump(head, line);
        self.switch_to(head);
        self.emit(Inst::PreemptCheck, line);
        head
    }

    /// Lowers `stmts`, the body of a loop, select or switch clause labelled
    /// `label`, where `break` goes to `exit` and `continue` (for loops) to
    /// `cont`.
    pub(super) fn body_in(
        &mut self,
        label: Option<&str>,
        exit: BlockId,
        cont: Option<BlockId>,
        stmts: &[Stmt],
    ) {
        self.loops.push((label.map(str::to_string), exit, cont));
        self.block(stmts);
        self.loops.pop();
    }

    /// The variable a `for k, v := range` declares: one for the whole loop,
    /// as in Go before 1.22 (closures created in the body share it).
    pub(super) fn range_var(&mut self, o: ObjId, t: TypeId, line: u32) -> VarLoc {
        match self.vars.get(&o) {
            Some(&(v, _)) => v,
            None => self.declare_local(o, t, line),
        }
    }

    /// The place of a `range` or receive target, and its type: a new
    /// variable for `:=` (the loop's own, for `range`), else the place
    /// assigned. `None` for `_`.
    fn iteration_target(
        &mut self,
        target: &Expr,
        define: bool,
        line: u32,
    ) -> Option<(Place, TypeId)> {
        if matches!(&target.kind, ExprKind::Ident(n) if n == "_") {
            return None;
        }
        if define {
            let &o = self.m.p.uses.get(&target.id)?;
            let t = self.m.p.objects[o.0 as usize].ty;
            let new = self.m.p.objects[o.0 as usize].span == Some(target.span);
            if new {
                let vl = self.range_var(o, t, line);
                return Some((self.var_place(vl, line), t));
            }
        }
        let t = self.expr_type(target.id);
        Some((self.place(target)?, t))
    }

    /// Assigns `v`, of type `vt`, to a `range` or receive target, converted
    /// to the target's type: `for _, x = range ints` with `x` of an
    /// interface type boxes each int.
    pub(super) fn assign_iteration(
        &mut self,
        target: &Expr,
        define: bool,
        v: Loc,
        vt: TypeId,
        line: u32,
    ) {
        let Some((place, pt)) = self.iteration_target(target, define, line) else {
            return;
        };
        let Some(v) = self.coerce(v, vt, pt, line) else {
            return;
        };
        self.write(place, v, pt, line);
    }

    /// Assigns an iteration's key and value as one assignment: both
    /// targets' places are evaluated before either is written, so in
    /// `for i, x[i] = range y` the index of `x[i]` is the old `i`.
    fn assign_iterations(
        &mut self,
        pairs: [(Option<&Expr>, Option<Loc>, TypeId); 2],
        define: bool,
        line: u32,
    ) {
        let mut places = Vec::new();
        for (target, val, vt) in pairs {
            if let (Some(target), Some(val)) = (target, val) {
                if let Some((place, pt)) = self.iteration_target(target, define, line) {
                    places.push((place, pt, val, vt));
                }
            }
        }
        for (place, pt, val, vt) in places {
            if let Some(v) = self.coerce(val, vt, pt, line) {
                self.write(place, v, pt, line);
            }
        }
    }

    /// Declares the variables of a `range ... :=` before its loop.
    pub(super) fn predeclare(&mut self, targets: [Option<&Expr>; 2], line: u32) {
        for t in targets.into_iter().flatten() {
            if let Some(&o) = self.m.p.uses.get(&t.id) {
                if self.m.p.objects[o.0 as usize].span == Some(t.span) {
                    let ty = self.m.p.objects[o.0 as usize].ty;
                    self.range_var(o, ty, line);
                }
            }
        }
    }

    /// A type switch over concrete types and nil.
    fn type_switch(
        &mut self,
        init: Option<&Stmt>,
        bind: Option<&ast::Ident>,
        x: &Expr,
        body: &[ast::CaseClause],
        label: Option<&str>,
        line: u32,
    ) {
        if let Some(i) = init {
            self.stmt(i, None);
        }
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let xt = self.expr_type(x.id);
        let Some(v) = self.expr(x) else { return };
        let xv = self.temp(xt);
        self.mov(xv, v, 2 * w, line);
        let desc = self.dyn_desc(xv, xt, line);
        let exit = self.new_block();
        let bodies: Vec<BlockId> = body.iter().map(|_| self.new_block()).collect();
        let default = body.iter().position(|c| c.exprs.is_none());
        // For a clause whose one type is an interface: the itab its test
        // found, for the clause's variable.
        let mut clause_itab: Vec<Option<Loc>> = vec![None; body.len()];
        for (ci, c) in body.iter().enumerate() {
            let Some(es) = &c.exprs else { continue };
            for e in es {
                let t = self.expr_type(e.id);
                let is_nil =
                    self.m.p.uses.get(&e.id).is_some_and(|o| {
                        matches!(self.m.p.objects[o.0 as usize].kind, ObjKind::Nil)
                    });
                if !is_nil && matches!(self.under(t), Type::Interface(_)) {
                    // The dynamic type has the interface's methods (nil
                    // has none): the run-time itab is not 0.
                    let itab = self.runtime_itab(desc, t, xt, false, line);
                    let zero = self.word_imm(0, line);
                    let hit = self.scalar_temp(1, 1);
                    self.cmp(CmpOp::Ne, ws, hit, itab, zero, line);
                    if es.len() == 1 {
                        clause_itab[ci] = Some(itab);
                    }
                    self.branch_or_next(hit, bodies[ci], line);
                    continue;
                }
                let want = self.ptr_temp();
                if is_nil {
                    self.emit(
                        Inst::Imm {
                            dst: want,
                            ty: ws,
                            bits: 0,
                        },
                        line,
                    );
                } else {
                    let d = self.m.type_desc(t);
                    self.addr_to(want, AddrOf::TypeDesc(d), line);
                }
                let hit = self.scalar_temp(1, 1);
                self.cmp(CmpOp::Eq, ws, hit, desc, want, line);
                self.branch_or_next(hit, bodies[ci], line);
            }
        }
        let fallback = default.map_or(exit, |d| bodies[d]);
        self.jump(fallback, line);
        for (ci, c) in body.iter().enumerate() {
            self.switch_to(bodies[ci]);
            if let Some(b) = bind {
                // The clause's own variable: the value itself for a clause
                // with one non-nil type, else the interface value.
                if let Some(o) = self.clause_var(b, c) {
                    let t = self.m.p.objects[o.0 as usize].ty;
                    let vl = self.declare_local(o, t, line);
                    let place = self.var_place(vl, line);
                    if let (Some(itab), true) =
                        (clause_itab[ci], matches!(self.under(t), Type::Interface(_)))
                    {
                        let iv = self.temp(t);
                        self.mov(iv, itab, w, line);
                        self.mov(iv.plus(w), xv.plus(w), w, line);
                        self.write(place, iv, t, line);
                    } else if matches!(self.under(t), Type::Interface(_)) {
                        self.write(place, xv, t, line);
                    } else {
                        let size = self.m.size_of(t);
                        let tmp = self.temp(t);
                        self.emit(
                            Inst::Load {
                                dst: tmp,
                                ptr: xv.plus(w),
                                off: 0,
                                size,
                            },
                            line,
                        );
                        self.write(place, tmp, t, line);
                    }
                }
            }
            self.body_in(label, exit, None, &c.body);
            self.jump(exit, line);
        }
        self.switch_to(exit);
    }

    /// The object a type switch's `v :=` declares in clause `c` (the checker
    /// makes one per clause, all at the same position; uses tell them apart).
    fn clause_var(&self, b: &ast::Ident, c: &ast::CaseClause) -> Option<ObjId> {
        let mut found = None;
        for st in &c.body {
            super::stmt_exprs(st, &mut |e| {
                fn walk(
                    e: &Expr,
                    p: &crate::check::Program,
                    name: &str,
                    at: Span,
                    found: &mut Option<ObjId>,
                ) {
                    if let ExprKind::Ident(n) = &e.kind {
                        if n == name {
                            if let Some(&o) = p.uses.get(&e.id) {
                                if p.objects[o.0 as usize].span == Some(at) {
                                    *found = Some(o);
                                }
                            }
                        }
                    }
                    super::expr_children(e, &mut |c| walk(c, p, name, at, found));
                }
                walk(e, self.m.p, &b.name, b.span, &mut found);
            });
        }
        found
    }

    /// `tag == e` for a switch case, as a u8 slot: Go's `==` (a
    /// concrete case value against an interface tag is converted to it).
    fn equal_to(&mut self, tv: Loc, tt: TypeId, e: &Expr, line: u32) -> Option<Loc> {
        let v = self.expr(e)?;
        let et = self.expr_type(e.id);
        let nil = (false, self.is_nil(e));
        self.compare_values(CmpOp::Eq, (tv, tt), (v, et), nil, line, e.span)
    }

    fn return_stmt(&mut self, rs: &[Expr], line: u32, span: Span) {
        let results = self.results.clone();
        if !rs.is_empty() {
            let (vals, types): (Vec<Loc>, Vec<TypeId>) = if rs.len() == 1 && results.len() > 1 {
                match self.call_expr(&rs[0]) {
                    Some(v) => v.into_iter().unzip(),
                    None => return,
                }
            } else {
                let mut v = Vec::new();
                for r in rs {
                    match self.expr(r) {
                        Some(x) => v.push((x, self.expr_type(r.id))),
                        None => return,
                    }
                }
                v.into_iter().unzip()
            };
            // Evaluate all, then store: `return b, a` must not see its own stores.
            let mut tmps = Vec::new();
            for ((&v, &vt), &(_, t, _)) in vals.iter().zip(&types).zip(&results) {
                let Some(v) = self.coerce(v, vt, t, line) else {
                    return;
                };
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
                tmps.push(tmp);
            }
            // Into the result variables (a deferred call may still change a
            // named one), or straight into the result slots.
            for (tmp, (loc, t, o)) in tmps.into_iter().zip(results) {
                let place = match o.and_then(|o| self.vars.get(&o).copied()) {
                    Some((v, _)) => self.var_place(v, line),
                    None => Place::Frame(loc),
                };
                self.write(place, tmp, t, line);
            }
        }
        let _ = span;
        self.ret(line);
    }

    /// `defer f(args)` (`svc` Defer) and `go f(args)` (Go): the callee and
    /// its arguments are evaluated now and handed to the runtime, which
    /// runs the call when the function returns or panics, or on a new
    /// goroutine.
    fn deferred_call(&mut self, e: &Expr, svc: Service, line: u32) {
        let call = crate::check::expr::strip_parens(e);
        let ExprKind::Call { func, args, .. } = &call.kind else {
            return;
        };
        let fun = crate::check::expr::strip_parens(func);
        let ft = self.expr_type(fun.id);
        let Some(sig) = self.m.p.types.signature(ft).cloned() else {
            return self.deferred_builtin(e, fun, args, svc, line);
        };
        let w = self.word();
        // The closure to call: the method itself with its receiver first
        // (defer_method.rs), or a func value (a top-level function's
        // static closure, or a closure object).
        let method = self.deferred_method(fun, line);
        let clo = match &method {
            Some((clo, _, _)) => *clo,
            None => match self.expr(fun) {
                Some(c) => c,
                None => return,
            },
        };
        let keep = self.ptr_temp();
        self.mov(keep, clo, w, line);
        let mut vals = Vec::new();
        if let Some((_, recv, recv_t)) = method {
            let k = self.temp(recv_t);
            let size = self.m.size_of(recv_t);
            self.mov(k, recv, size, line);
            vals.push((k, recv_t));
        }
        let layout = self.m.frame_layout(method.map(|(_, _, t)| t), &sig);
        let spread = matches!(
            &call.kind,
            ExprKind::Call {
                ellipsis: Some(_),
                ..
            }
        );
        let Some(args) = self.call_args(args, &sig, spread, line) else {
            return;
        };
        // Each in a slot of its own: the copies into the outgoing area
        // follow.
        for (v, t) in args {
            let k = self.temp(t);
            let size = self.m.size_of(t);
            self.mov(k, v, size, line);
            vals.push((k, t));
        }
        self.defer_to_runtime(svc, keep, vals, &layout, line);
    }

    /// Hands a call to the Defer or Go service: the argument bytes, the
    /// func value `clo`, then the arguments `vals` (already evaluated, each
    /// in a slot of its own) at `layout`'s offsets.
    fn defer_to_runtime(
        &mut self,
        svc: Service,
        clo: Loc,
        vals: Vec<(Loc, TypeId)>,
        layout: &ArgLayout,
        line: u32,
    ) {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        self.emit(
            Inst::Imm {
                dst: Loc::Out(0),
                ty: ws,
                bits: layout.total as u64,
            },
            line,
        );
        self.mov(Loc::Out(w), clo, w, line);
        for ((v, t), off) in vals.into_iter().zip(&layout.params) {
            let size = self.m.size_of(t);
            self.emit(
                Inst::Move {
                    dst: Loc::Out(2 * w + off),
                    src: v,
                    size,
                },
                line,
            );
        }
        self.call(Callee::Runtime(svc), 2 * w + layout.total, line);
    }

    /// `defer println(x)`, `defer delete(m, k)`, `defer copy(d, s)` (and
    /// `go` of them), as gc does it: a wrapper function per statement
    /// (`main.f.func1`) whose parameters are the call's arguments,
    /// evaluated now; its body is the same builtin call, its argument
    /// expressions bound to the parameters.
    fn deferred_builtin_call(&mut self, e: &Expr, args: &[Expr], svc: Service, line: u32) {
        let call = crate::check::expr::strip_parens(e);
        let params: Vec<TypeId> = args.iter().map(|a| self.expr_type(a.id)).collect();
        let sig = crate::types::Signature {
            params: params.clone(),
            results: Vec::new(),
            variadic: false,
        };
        let layout = self.m.frame_layout(None, &sig);
        let mut vals = Vec::new();
        for (a, &t) in args.iter().zip(&params) {
            let Some(v) = self.expr(a) else { return };
            let k = self.temp(t);
            let size = self.m.size_of(t);
            self.mov(k, v, size, line);
            vals.push((k, t));
        }
        let outer = self.m.module.funcs[self.id.0 as usize].name.clone();
        let n = {
            let c = self.m.closures.entry(self.id).or_insert(0);
            *c += 1;
            *c
        };
        let file = self.m.module.funcs[self.id.0 as usize].file.clone();
        let id = self.m.empty_func(format!("{outer}.func{n}"), file, line);
        {
            let saved_quiet = self.m.quiet;
            let mut inner = FnBuilder::new(&mut *self.m, id);
            inner.arg_size = layout.total;
            inner.arg_ptrs = layout.ptrs.clone();
            for (a, &off) in args.iter().zip(&layout.params) {
                inner.bound.insert(a.id, Loc::Arg(off));
            }
            let _ = inner.call_expr(call);
            inner.ret(line);
            let f = inner.finish();
            self.m.module.funcs[id.0 as usize] = f;
            self.m.quiet = saved_quiet;
        }
        let clo = self.ptr_temp();
        self.addr_to(clo, AddrOf::FuncValue(id), line);
        self.defer_to_runtime(svc, clo, vals, &layout, line);
    }

    /// `defer close(c)`, `defer panic(v)` (and `go` of them): the argument
    /// is evaluated now and handed, like a call's, to a runtime wrapper
    /// function that performs the builtin (Go's compiler wraps these in a
    /// closure the same way). print, println, delete and copy get a
    /// wrapper per statement (`deferred_builtin_call`); recover's recovers
    /// for the function that deferred it. The other builtins have results that gc does not let a
    /// `defer` or `go` discard.
    fn deferred_builtin(&mut self, e: &Expr, fun: &Expr, args: &[Expr], svc: Service, line: u32) {
        let w = self.word();
        let builtin =
            self.m
                .p
                .uses
                .get(&fun.id)
                .and_then(|o| match self.m.p.objects[o.0 as usize].kind {
                    ObjKind::Builtin(b) => Some(b),
                    _ => None,
                });
        let (wrapper, arg, size) = match builtin {
            Some(crate::check::scope::Builtin::Close) => {
                let Some(c) = self.expr(&args[0]) else { return };
                (BuiltinWrapper::Close, c, w)
            }
            Some(crate::check::scope::Builtin::Panic) => {
                let at = self.expr_type(args[0].id);
                let Some(v) = self.expr(&args[0]) else { return };
                let Some(any) = self.m.p.types.find(&Type::Interface(vec![])) else {
                    return;
                };
                let Some(v) = self.coerce(v, at, any, line) else {
                    return;
                };
                (BuiltinWrapper::Panic, v, 2 * w)
            }
            Some(crate::check::scope::Builtin::Recover) => {
                (BuiltinWrapper::Recover, Loc::Out(0), 0)
            }
            Some(
                crate::check::scope::Builtin::Print
                | crate::check::scope::Builtin::Println
                | crate::check::scope::Builtin::Delete
                | crate::check::scope::Builtin::Copy,
            ) => return self.deferred_builtin_call(e, args, svc, line),
            _ => {
                let what = if svc == Service::Go {
                    "go with this builtin"
                } else {
                    "deferring this builtin"
                };
                return self.m.unsupported(e.span, what);
            }
        };
        let f = self.m.builtin_wrapper(wrapper);
        let ws = Scalar::word(&self.m.p.target);
        self.emit(
            Inst::Imm {
                dst: Loc::Out(0),
                ty: ws,
                bits: u64::from(size),
            },
            line,
        );
        self.addr_to(Loc::Out(w), AddrOf::FuncValue(f), line);
        if size > 0 {
            self.mov(Loc::Out(2 * w), arg, size, line);
        }
        self.call(Callee::Runtime(svc), 2 * w + size, line);
    }

    fn local_var_spec(&mut self, spec: &ast::ValueSpec, line: u32) {
        let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| self.obj_at(n.span)).collect();
        let vals = self.values(&spec.values, spec.names.len(), line);
        for (i, o) in objs.into_iter().enumerate() {
            let Some(o) = o else { continue };
            let t = self.m.p.objects[o.0 as usize].ty;
            let v = self.declare_local(o, t, line);
            if let Some(vals) = &vals {
                if let Some(&(src, vt)) = vals.get(i) {
                    let Some(src) = self.coerce(src, vt, t, line) else {
                        continue;
                    };
                    let p = self.var_place(v, line);
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
        for (n, (src, vt)) in spec.names.iter().zip(vals) {
            let Some(o) = self.obj_at(n.span) else {
                continue;
            };
            let Some(&g) = self.m.globals.get(&o) else {
                continue;
            };
            let t = self.m.p.objects[o.0 as usize].ty;
            let Some(src) = self.coerce(src, vt, t, line) else {
                continue;
            };
            let p = self.var_place(VarLoc::Global(g), line);
            self.write(p, src, t, line);
        }
    }

    /// The values of a right-hand side for `n` destinations, each with
    /// its own type (a call's result types, `T` and bool for the comma-ok
    /// forms), copied into fresh slots (so that `a, b = b, a` reads before
    /// it writes). The destinations convert them to their own types
    /// ([`Self::coerce`]): an interface-typed one boxes the value, whichever
    /// form the right-hand side has.
    fn values(&mut self, rhs: &[Expr], n: usize, line: u32) -> Option<Vec<(Loc, TypeId)>> {
        if rhs.is_empty() {
            return None;
        }
        if rhs.len() == 1 && n > 1 {
            let e = crate::check::expr::strip_parens(&rhs[0]);
            if let ExprKind::Call { .. } = e.kind {
                return self.call_expr(e);
            }
            let bool_t = self
                .m
                .p
                .types
                .basic_kind_type(crate::types::BasicKind::Bool);
            let line = self.line(e.span);
            let (v, ok, vt) = match &e.kind {
                ExprKind::TypeAssert(..) => {
                    let (v, ok) = self.type_assert(e, true, line)?;
                    (v, ok, self.expr_type(e.id))
                }
                ExprKind::Unary(crate::ast::UnOp::Recv, ch) => {
                    let et = self.chan_elem(self.expr_type(ch.id))?;
                    let (v, ok) = self.recv(ch, line)?;
                    (v, ok, et)
                }
                ExprKind::Index(x, k) => {
                    let Type::Map(_, et) = self.under(self.expr_type(x.id)).clone() else {
                        self.m.unsupported(rhs[0].span, "comma-ok forms");
                        return None;
                    };
                    let (v, ok) = self.map_index(x, k, line)?;
                    (v, ok, et)
                }
                _ => {
                    self.m.unsupported(rhs[0].span, "comma-ok forms");
                    return None;
                }
            };
            return Some(vec![(v, vt), (ok, bool_t)]);
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
            out.push((tmp, t));
        }
        Some(out)
    }

    fn define(&mut self, lhs: &[Expr], rhs: &[Expr], line: u32) {
        let Some(vals) = self.values(rhs, lhs.len(), line) else {
            return;
        };
        for (l, (v, vt)) in lhs.iter().zip(vals) {
            let Some(&o) = self.m.p.uses.get(&l.id) else {
                continue;
            };
            let t = self.m.p.objects[o.0 as usize].ty;
            // A name declared by this := is new when it is declared here.
            let new = self.m.p.objects[o.0 as usize].span == Some(l.span);
            let place = if new {
                let vl = self.range_var(o, t, line);
                self.var_place(vl, line)
            } else {
                match self.place(l) {
                    Some(p) => p,
                    None => continue,
                }
            };
            // A variable `:=` declares has the value's type; one it
            // assigns again may be an interface the value converts to.
            let Some(v) = self.coerce(v, vt, t, line) else {
                continue;
            };
            self.write(place, v, t, line);
        }
    }

    /// `a, b = x, y`, in Go's two phases: the operands of index
    /// expressions and indirections on the left, then the right-hand side,
    /// are evaluated left to right; then the assignments happen, left to
    /// right (so `i, x[i] = 1, 2` stores into the old `x[i]`).
    fn assign(&mut self, lhs: &[Expr], rhs: &[Expr], line: u32) {
        // A map element's entry is created only when assigned (`m[0] =
        // len(m)` sees the map without it): its operands now, the entry in
        // the second phase.
        let mut places = Vec::with_capacity(lhs.len());
        for l in lhs {
            let l_inner = crate::check::expr::strip_parens(l);
            let target = match &l_inner.kind {
                ExprKind::Ident(n) if n == "_" => None,
                ExprKind::Index(x, k)
                    if matches!(self.under(self.expr_type(x.id)), Type::Map(..)) =>
                {
                    let Some((m, kp)) = self.map_operands(x, k, line) else {
                        return;
                    };
                    Some(Err((m, kp)))
                }
                _ => match self.place(l) {
                    // The pointer as it is now (`p, *p = nil, 1` stores
                    // through the old p).
                    Some(Place::Mem { ptr, off, nilable }) => {
                        let keep = self.ptr_temp();
                        let w = self.word();
                        self.mov(keep, ptr, w, line);
                        Some(Ok(Place::Mem {
                            ptr: keep,
                            off,
                            nilable,
                        }))
                    }
                    Some(p) => Some(Ok(p)),
                    None => return,
                },
            };
            places.push(target);
        }
        let Some(vals) = self.values(rhs, lhs.len(), line) else {
            return;
        };
        for ((l, p), (v, vt)) in lhs.iter().zip(places).zip(vals) {
            let Some(p) = p else { continue };
            let t = self.expr_type(l.id);
            let Some(v) = self.coerce(v, vt, t, line) else {
                continue;
            };
            let p = match p {
                Ok(p) => p,
                Err((m, kp)) => Place::at(self.map_assign_slot(m, kp, line)),
            };
            self.write(p, v, t, line);
        }
    }

    /// Whether `e` calls a function (a call that is not a conversion or a
    /// constant) or receives from a channel: then `len(e)` of an array is
    /// not constant and `e` must be evaluated (spec, "Length and capacity").
    fn has_call_or_recv(&self, e: &Expr) -> bool {
        let p = self.m.p;
        let mut found = false;
        let mut work = vec![e];
        while let Some(e) = work.pop() {
            match &e.kind {
                ExprKind::Unary(ast::UnOp::Recv, _) => found = true,
                ExprKind::Call { func, .. } => {
                    let info = |x: &Expr| p.exprs.get(x.id.0 as usize).and_then(|i| i.as_ref());
                    let conversion = info(func).is_some_and(|i| i.is_type);
                    let constant = info(e).is_some_and(|i| i.value.is_some());
                    found |= !conversion && !constant;
                }
                _ => {}
            }
            super::expr_children(e, &mut |x| work.push(x));
        }
        found
    }

    /// `for k, v := range x` over arrays, pointers to arrays, slices and strings.
    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<&str>,
        line: u32,
    ) {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let xt = self.expr_type(x.id);
        let is_ptr_array = matches!(self.under(xt), Type::Pointer(_));
        let (elem_t, string) = match self.under(xt).clone() {
            Type::Basic(_) => (None, true),
            Type::Slice(el) | Type::Array(_, el) => (Some(el), false),
            Type::Pointer(p) => match self.under(p).clone() {
                Type::Array(_, el) => (Some(el), false),
                _ => return,
            },
            Type::Map(kt, vt) => {
                return self.range_map(key, value, define, x, body, label, line, (kt, vt))
            }
            Type::Chan(..) => return self.range_chan(key, define, x, body, label, line),
            _ => return,
        };
        // Evaluate x once: a copy of the slice/string header, or the array's address.
        let (base, len) = if string {
            let s = match self.expr(x) {
                Some(s) => s,
                None => return,
            };
            let keep = self.words_temp(&STRING_WORDS);
            self.mov(keep, s, 2 * w, line);
            (keep, keep.plus(w))
        } else if let Type::Slice(_) = self.under(xt) {
            let s = match self.expr(x) {
                Some(s) => s,
                None => return,
            };
            let keep = self.words_temp(&SLICE_WORDS);
            self.mov(keep, s, 3 * w, line);
            (keep, keep.plus(w))
        } else {
            let n = match self.under(xt).clone() {
                Type::Array(n, _) => n,
                Type::Pointer(p) => match self.under(p).clone() {
                    Type::Array(n, _) => n,
                    _ => 0,
                },
                _ => 0,
            };
            // Go evaluates the range expression once, before the loop
            // (spec, "For statements with range clause"). An array is a
            // value: with a value variable the loop ranges over a copy, so
            // writes to the array in the body do not show in the values.
            // A pointer to an array is ranged over in place. With at most
            // the index, the array is not read: when `len(x)` is constant
            // (no calls or receives in x) it is not even evaluated, so
            // ranging over `*p` with p a nil *[N]T runs N times.
            let keep = self.ptr_temp();
            if is_ptr_array {
                let Some(a) = self.expr(x) else { return };
                self.mov(keep, a, w, line);
            } else if value.is_some_and(|v| !is_blank(v)) {
                let Some(v) = self.expr(x) else { return };
                let size = self.m.size_of(xt);
                // A slot of its own (its address is taken), at least a
                // byte: reading a zero-size element probes its address.
                let copy = self.temp(xt);
                if size == 0 {
                    self.emit(Inst::Zero { dst: copy, size: 1 }, line);
                } else {
                    self.mov(copy, v, size, line);
                }
                self.addr_to(keep, AddrOf::Frame(copy), line);
            } else {
                if self.has_call_or_recv(x) && self.expr(x).is_none() {
                    return;
                }
                // A nil address, zeroed in place: the pointer word is
                // never a copy of an integer one.
                self.emit(Inst::Zero { dst: keep, size: w }, line);
            }
            let len = self.word_imm(n, line);
            (keep, len)
        };
        if define {
            self.predeclare([key, value], line);
        }
        let idx = self.word_imm(0, line);
        let head = self.loop_head(line);
        let body_b = self.new_block();
        let cont = self.new_block();
        let exit = self.new_block();
        let more = self.scalar_temp(1, 1);
        self.cmp(CmpOp::Lt, ws, more, idx, len, line);
        self.terminate(
            Term::Branch {
                cond: more,
                then: body_b,
                els: exit,
            },
            line,
        );
        self.switch_to(body_b);
        // This iteration's key and value.
        let int_t = self.m.p.types.basic_kind_type(crate::types::BasicKind::Int);
        let next = self.int_temp();
        let (k_val, v_val, v_t) = if string {
            self.mov(Loc::Out(0), base, 2 * w, line);
            self.mov(Loc::Out(2 * w), idx, w, line);
            self.call_service(Service::DecodeRune, line);
            let r = self.scalar_temp(4, 4);
            self.mov(r, self.service_result(Service::DecodeRune, 0), 4, line);
            self.mov(next, self.service_result(Service::DecodeRune, 1), w, line);
            let rune_t = self
                .m
                .p
                .types
                .basic_kind_type(crate::types::BasicKind::Int32);
            (idx, Some(r), rune_t)
        } else {
            let one = self.word_imm(1, line);
            self.bin(BinOp::Add, ws, next, idx, one, line);
            let el = elem_t.unwrap_or(int_t);
            // A blank value is never read: ranging over a nil *[N]T for
            // its indices does not dereference it (Go's fixedbugs/bug454.go).
            let v = if value.is_some_and(|v| !is_blank(v)) {
                // Through a nil *[N]T, the first element read faults at
                // address 0: no iteration reaches a farther one.
                let p = self.element(base, idx, el, false, line);
                Some(self.read(p, el, line))
            } else {
                None
            };
            (idx, v, el)
        };
        let k_copy = self.int_temp();
        self.mov(k_copy, k_val, w, line);
        self.assign_iterations(
            [(key, Some(k_copy), int_t), (value, v_val, v_t)],
            define,
            line,
        );
        self.body_in(label, exit, Some(cont), &body.stmts);
        self.jump(cont, line);
        self.switch_to(cont);
        self.mov(idx, next, w, line);
        self.jump(head, line);
        self.switch_to(exit);
    }
}

/// `_` as an iteration variable.
fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(n) if n == "_")
}
