//! Lowering of channel operations: `make(chan T, n)`, send, receive (with
//! `ok`), `close`, `len`/`cap`, `range` over a channel and `select`. Each
//! becomes a runtime service call (ir::Service::MakeChan ... Select) whose
//! value slots are in the frame: a goroutine that must wait parks inside
//! the call, and the goroutine that completes its operation writes the
//! value and the results straight into those slots.

use super::*;
use crate::ast::{CommClause, Expr, ExprKind, StmtKind};

/// One case of a select, as lowered.
struct Case<'a> {
    dir: u64,
    chan: Loc,
    /// The value to send, or where the received value goes.
    slot: Loc,
    elem: TypeId,
    /// A receive's `v, ok =` / `:=` targets.
    targets: &'a [Expr],
    define: bool,
    clause: &'a CommClause,
}

impl FnBuilder<'_, '_> {
    /// The element type of channel type `t`.
    pub(super) fn chan_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            Type::Chan(_, e) => Some(*e),
            _ => None,
        }
    }

    /// A zeroed frame slot for a value of type `t` that the runtime writes
    /// through its address. Zeroing it whole makes it one slot for the
    /// backend's packing of locals (jit/src/locals.rs), which keeps
    /// address-taken slots in place: bytes the lowering itself never
    /// touched could otherwise be given to another temporary. `ptrs` are
    /// its pointer words.
    fn runtime_slot(&mut self, size: u32, align: u32, ptrs: PtrMask, line: u32) -> Loc {
        let slot = self.alloc_slot(size, align, ptrs);
        self.emit(Inst::Zero { dst: slot, size }, line);
        slot
    }

    fn elem_slot(&mut self, et: TypeId, line: u32) -> Loc {
        let (size, align) = (self.m.size_of(et), self.m.align_of(et));
        let ptrs = self.m.pointer_mask(et);
        self.runtime_slot(size, align, ptrs, line)
    }

    /// A word holding the address of frame slot `slot`.
    fn frame_addr(&mut self, slot: Loc, line: u32) -> Loc {
        let p = self.ptr_temp();
        self.addr_to(p, AddrOf::Frame(slot), line);
        p
    }

    /// The channel operand `ch`, evaluated into a word slot of its own.
    fn chan_operand(&mut self, ch: &Expr, line: u32) -> Option<(Loc, TypeId)> {
        let w = self.word();
        let et = self.chan_elem(self.expr_type(ch.id))?;
        let c = self.expr(ch)?;
        let keep = self.ptr_temp();
        self.mov(keep, c, w, line);
        Some((keep, et))
    }

    /// `v`, converted to `et`, in a frame slot of its own.
    fn value_slot(&mut self, v: &Expr, et: TypeId, line: u32) -> Option<Loc> {
        let vt = self.expr_type(v.id);
        let x = self.expr(v)?;
        let x = self.coerce(x, vt, et, line)?;
        let slot = self.temp(et);
        let size = self.m.size_of(et);
        self.mov(slot, x, size, line);
        Some(slot)
    }

    /// `make(chan T, n)`.
    pub(super) fn make_chan(&mut self, t: TypeId, n: Option<&Expr>, line: u32) -> Option<Loc> {
        let w = self.word();
        let et = self.chan_elem(t)?;
        let n = match n {
            Some(n) => self.int_word(n, line)?,
            None => self.word_imm(0, line),
        };
        let size = u64::from(self.m.size_of(et));
        let desc = self.m.type_desc(et);
        let size = self.word_imm(size, line);
        self.mov(Loc::Out(0), size, w, line);
        self.addr_to(Loc::Out(w), AddrOf::TypeDesc(desc), line);
        self.mov(Loc::Out(2 * w), n, w, line);
        self.call_service(Service::MakeChan, line);
        let c = self.ptr_temp();
        self.mov(c, self.service_result(Service::MakeChan, 0), w, line);
        Some(c)
    }

    /// `ch <- v`.
    pub(super) fn send(&mut self, ch: &Expr, v: &Expr, line: u32) -> Option<()> {
        let w = self.word();
        let (c, et) = self.chan_operand(ch, line)?;
        let slot = self.value_slot(v, et, line)?;
        let p = self.frame_addr(slot, line);
        self.mov(Loc::Out(0), c, w, line);
        self.mov(Loc::Out(w), p, w, line);
        self.call_service(Service::ChanSend, line);
        Some(())
    }

    /// `<-ch`: the received value (in a slot of its own) and the `ok` flag
    /// (a bool).
    pub(super) fn recv(&mut self, ch: &Expr, line: u32) -> Option<(Loc, Loc)> {
        let w = self.word();
        let (c, et) = self.chan_operand(ch, line)?;
        let slot = self.elem_slot(et, line);
        let p = self.frame_addr(slot, line);
        self.mov(Loc::Out(0), c, w, line);
        self.mov(Loc::Out(w), p, w, line);
        self.call_service(Service::ChanRecv, line);
        let ok = self.scalar_temp(1, 1);
        self.mov(ok, self.service_result(Service::ChanRecv, 0), 1, line);
        Some((slot, ok))
    }

    /// `close(ch)`.
    pub(super) fn close_chan(&mut self, ch: &Expr, line: u32) -> Option<()> {
        let w = self.word();
        let (c, _) = self.chan_operand(ch, line)?;
        self.mov(Loc::Out(0), c, w, line);
        self.call_service(Service::ChanClose, line);
        Some(())
    }

    /// Writes a received value (of type `vt`) and its `ok` to `targets`.
    fn assign_received(
        &mut self,
        targets: &[Expr],
        define: bool,
        (val, vt): (Loc, TypeId),
        ok: Loc,
        line: u32,
    ) {
        let bool_t = self
            .m
            .p
            .types
            .basic_kind_type(crate::types::BasicKind::Bool);
        for (target, (v, t)) in targets.iter().zip([(val, vt), (ok, bool_t)]) {
            self.assign_iteration(target, define, v, t, line);
        }
    }

    /// `for v := range ch`: receives until the channel is closed and empty.
    pub(super) fn range_chan(
        &mut self,
        key: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<&str>,
        line: u32,
    ) {
        let w = self.word();
        let Some((c, et)) = self.chan_operand(x, line) else {
            return;
        };
        if define {
            self.predeclare([key, None], line);
        }
        let slot = self.elem_slot(et, line);
        let p = self.frame_addr(slot, line);
        let head = self.loop_head(line);
        let body_b = self.new_block();
        let exit = self.new_block();
        self.mov(Loc::Out(0), c, w, line);
        self.mov(Loc::Out(w), p, w, line);
        self.call_service(Service::ChanRecv, line);
        let ok = self.scalar_temp(1, 1);
        self.mov(ok, self.service_result(Service::ChanRecv, 0), 1, line);
        self.terminate(
            Term::Branch {
                cond: ok,
                then: body_b,
                els: exit,
            },
            line,
        );
        self.switch_to(body_b);
        if let Some(k) = key {
            self.assign_iteration(k, define, slot, et, line);
        }
        self.body_in(label, exit, Some(head), &body.stmts);
        self.jump(head, line);
        self.switch_to(exit);
    }

    /// The channel and direction of a select clause's communication.
    fn select_case<'a>(&mut self, cl: &'a CommClause, line: u32) -> Option<Case<'a>> {
        let comm = cl.comm.as_deref()?;
        let recv_of = |e: &'a Expr| match &crate::check::expr::strip_parens(e).kind {
            ExprKind::Unary(ast::UnOp::Recv, ch) => Some(&**ch),
            _ => None,
        };
        let (ch, targets, define): (&Expr, &[Expr], bool) = match &comm.kind {
            StmtKind::Send(ch, v) => {
                let (c, et) = self.chan_operand(ch, line)?;
                let slot = self.value_slot(v, et, line)?;
                return Some(Case {
                    dir: SELECT_SEND,
                    chan: c,
                    slot,
                    elem: et,
                    targets: &[],
                    define: false,
                    clause: cl,
                });
            }
            StmtKind::Expr(e) => (recv_of(e)?, &[], false),
            StmtKind::Assign(lhs, None, rhs) if rhs.len() == 1 => (recv_of(&rhs[0])?, lhs, false),
            StmtKind::Define(lhs, rhs) if rhs.len() == 1 => (recv_of(&rhs[0])?, lhs, true),
            _ => return None,
        };
        let (c, et) = self.chan_operand(ch, line)?;
        let slot = self.elem_slot(et, line);
        Some(Case {
            dir: SELECT_RECV,
            chan: c,
            slot,
            elem: et,
            targets,
            define,
            clause: cl,
        })
    }

    /// `select`: every channel and sent value is evaluated in source order,
    /// then the runtime picks a case (or default), then that clause runs.
    pub(super) fn select(&mut self, clauses: &[CommClause], label: Option<&str>, line: u32) {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        let mut cases = Vec::new();
        let mut default = None;
        for cl in clauses {
            if cl.comm.is_none() {
                default = Some(cl);
                continue;
            }
            let cline = self.line(cl.span);
            match self.select_case(cl, cline) {
                Some(c) => cases.push(c),
                None => return self.m.unsupported(cl.span, "this select case"),
            }
        }
        let n = cases.len() as u32;
        // Each case is (direction, channel, address of its value slot).
        let mut case_ptrs = PtrMask::none();
        for i in 0..n {
            case_ptrs.set(i * SELECT_CASE_WORDS + 1);
            case_ptrs.set(i * SELECT_CASE_WORDS + 2);
        }
        let arr = self.runtime_slot((n * SELECT_CASE_WORDS * w).max(w), w, case_ptrs, line);
        for (i, c) in cases.iter().enumerate() {
            let at = arr.plus(i as u32 * SELECT_CASE_WORDS * w);
            self.emit(
                Inst::Imm {
                    dst: at,
                    ty: ws,
                    bits: c.dir,
                },
                line,
            );
            self.mov(at.plus(w), c.chan, w, line);
            self.addr_to(at.plus(2 * w), AddrOf::Frame(c.slot), line);
        }
        let count = self.word_imm(u64::from(n), line);
        let block = self.word_imm(u64::from(default.is_none()), line);
        let arr_p = self.frame_addr(arr, line);
        self.mov(Loc::Out(0), count, w, line);
        self.mov(Loc::Out(w), block, w, line);
        self.mov(Loc::Out(2 * w), arr_p, w, line);
        self.call_service(Service::Select, line);
        let chosen = self.int_temp();
        self.mov(chosen, self.service_result(Service::Select, 0), w, line);
        let recv_ok = self.scalar_temp(1, 1);
        self.mov(recv_ok, self.service_result(Service::Select, 1), 1, line);

        let exit = self.new_block();
        let bodies: Vec<BlockId> = cases.iter().map(|_| self.new_block()).collect();
        let default_b = default.map(|_| self.new_block());
        for (i, &b) in bodies.iter().enumerate() {
            let k = self.word_imm(i as u64, line);
            let hit = self.scalar_temp(1, 1);
            self.cmp(CmpOp::Eq, ws, hit, chosen, k, line);
            self.branch_or_next(hit, b, line);
        }
        self.jump(default_b.unwrap_or(exit), line);
        for (c, &b) in cases.iter().zip(&bodies) {
            self.switch_to(b);
            let cline = self.line(c.clause.span);
            if c.dir == SELECT_RECV {
                self.assign_received(c.targets, c.define, (c.slot, c.elem), recv_ok, cline);
            }
            self.body_in(label, exit, None, &c.clause.body);
            self.jump(exit, line);
        }
        if let (Some(d), Some(b)) = (default, default_b) {
            self.switch_to(b);
            self.body_in(label, exit, None, &d.body);
            self.jump(exit, line);
        }
        self.switch_to(exit);
    }
}
