//! Maps: `make`, index reads (`m[k]`, `v, ok := m[k]`) and the slots that
//! assignments to `m[k]` write, each through the runtime's map services.

use super::place::Place;
use super::*;
use crate::ast::Expr;

impl FnBuilder<'_, '_> {
    /// `make(map[K]V, hint)`: returns the word holding the map.
    pub(super) fn make_map(&mut self, t: TypeId, hint: Loc, line: u32) -> Loc {
        let w = self.word();
        let (kt, vt) = match self.under(t).clone() {
            Type::Map(k, v) => (k, v),
            _ => (t, t),
        };
        let (kd, vd) = (self.m.type_desc(kt), self.m.type_desc(vt));
        self.addr_to(Loc::Out(0), AddrOf::TypeDesc(kd), line);
        self.addr_to(Loc::Out(w), AddrOf::TypeDesc(vd), line);
        self.mov(Loc::Out(2 * w), hint, w, line);
        self.call_service(Service::MakeMap, line);
        let m = self.ptr_temp();
        self.mov(m, self.service_result(Service::MakeMap, 0), w, line);
        m
    }

    /// A key in a frame slot of its own (converted to the key type), and
    /// the word holding its address, for the map services.
    pub(super) fn key_ptr(&mut self, k: &Expr, kt: TypeId, line: u32) -> Option<Loc> {
        let at = self.expr_type(k.id);
        let v = self.expr(k)?;
        self.key_ptr_of(v, at, kt, line)
    }

    /// The address of a slot holding `v`, of type `at`, converted to the
    /// key type `kt`.
    pub(super) fn key_ptr_of(&mut self, v: Loc, at: TypeId, kt: TypeId, line: u32) -> Option<Loc> {
        let v = self.coerce(v, at, kt, line)?;
        let slot = self.temp(kt);
        let size = self.m.size_of(kt);
        self.emit(
            Inst::Move {
                dst: slot,
                src: v,
                size,
            },
            line,
        );
        let p = self.ptr_temp();
        self.addr_to(p, AddrOf::Frame(slot), line);
        Some(p)
    }

    /// `m[k]`: a copy of the value (zero when absent) and the found flag.
    pub(super) fn map_index(&mut self, x: &Expr, k: &Expr, line: u32) -> Option<(Loc, Loc)> {
        let w = self.word();
        let mt = self.expr_type(x.id);
        let Type::Map(kt, vt) = self.under(mt).clone() else {
            return None;
        };
        let mv = self.expr(x)?;
        let m = self.ptr_temp();
        self.mov(m, mv, w, line);
        let kp = self.key_ptr(k, kt, line)?;
        Some(self.map_access(m, kp, vt, line))
    }

    /// The element of key `*kp` in map `m` (zero when absent) and the
    /// found flag, through MapAccess.
    fn map_access(&mut self, m: Loc, kp: Loc, vt: TypeId, line: u32) -> (Loc, Loc) {
        let w = self.word();
        self.mov(Loc::Out(0), m, w, line);
        self.mov(Loc::Out(w), kp, w, line);
        self.call_service(Service::MapAccess, line);
        let vp = self.ptr_temp();
        self.mov(vp, self.service_result(Service::MapAccess, 0), w, line);
        let ok = self.scalar_temp(1, 1);
        self.mov(ok, self.service_result(Service::MapAccess, 1), 1, line);
        let val = self.temp(vt);
        let size = self.m.size_of(vt);
        self.emit(
            Inst::Load {
                dst: val,
                ptr: vp,
                off: 0,
                size,
            },
            line,
        );
        (val, ok)
    }

    /// The element of key `*kp` in map `m`, zero when absent.
    pub(super) fn map_read(&mut self, m: Loc, kp: Loc, vt: TypeId, line: u32) -> Loc {
        self.map_access(m, kp, vt, line).0
    }

    /// The address of the value slot of key `*kp` in map `m` (created
    /// zeroed if absent), through MapAssign.
    pub(super) fn map_assign_slot(&mut self, m: Loc, kp: Loc, line: u32) -> Loc {
        let w = self.word();
        self.mov(Loc::Out(0), m, w, line);
        self.mov(Loc::Out(w), kp, w, line);
        self.call_service(Service::MapAssign, line);
        let slot = self.ptr_temp();
        self.mov(slot, self.service_result(Service::MapAssign, 0), w, line);
        slot
    }

    /// The slot `m[k]` for assignment: a place through the pointer the
    /// runtime returns.
    pub(super) fn map_slot(&mut self, x: &Expr, k: &Expr, line: u32) -> Option<Place> {
        let (m, kp) = self.map_operands(x, k, line)?;
        let slot = self.map_assign_slot(m, kp, line);
        Some(Place::at(slot))
    }

    /// The operands of `m[k]` evaluated, without creating the entry: the
    /// map word and the key's address (see `map_assign_slot`).
    pub(super) fn map_operands(&mut self, x: &Expr, k: &Expr, line: u32) -> Option<(Loc, Loc)> {
        let w = self.word();
        let mt = self.expr_type(x.id);
        let Type::Map(kt, _) = self.under(mt).clone() else {
            return None;
        };
        let mv = self.expr(x)?;
        let m = self.ptr_temp();
        self.mov(m, mv, w, line);
        let kp = self.key_ptr(k, kt, line)?;
        Some((m, kp))
    }
}
