//! Heap allocations the lowering makes, each with the layout of its
//! pointer words (splitgo_abi::heaplayout): a variable moved to the heap,
//! a boxed interface value, a slice literal's or variadic call's array, a
//! closure record. The runtime's heap records the words so the collector
//! can scan every object precisely.

use super::*;
use crate::types::PtrMask;
use splitgo_abi::heaplayout;

impl FnBuilder<'_, '_> {
    /// A zeroed heap cell for a `t`; returns the frame word holding its
    /// address.
    pub(super) fn heap_alloc(&mut self, t: TypeId, line: u32) -> Loc {
        let size = u64::from(self.m.size_of(t));
        let mask = self.m.p.types.pointer_mask(t, &self.m.p.target);
        self.heap_object(size, &mask, line)
    }

    /// A zeroed array of `n` values of type `el` in the heap.
    pub(super) fn heap_array(&mut self, el: TypeId, n: u64, line: u32) -> Loc {
        let es = u64::from(self.m.size_of(el));
        let inner = self.m.p.types.pointer_mask(el, &self.m.p.target);
        let mut mask = PtrMask::none();
        if !inner.is_empty() {
            let ew = es / u64::from(self.word());
            for i in 0..n {
                mask.or_shifted(&inner, (i * ew) as u32);
            }
        }
        self.heap_object(es * n, &mask, line)
    }

    /// `size` zeroed heap bytes whose pointer words `mask` names; returns
    /// the frame word holding the address.
    pub(super) fn heap_object(&mut self, size: u64, mask: &PtrMask, line: u32) -> Loc {
        let w = self.word();
        let ws = Scalar::word(&self.m.p.target);
        self.emit(
            Inst::Imm {
                dst: Loc::Out(0),
                ty: ws,
                bits: size.max(1),
            },
            line,
        );
        self.layout_word_to(Loc::Out(w), mask, line);
        self.call_service(Service::New, line);
        let cell = self.ptr_temp();
        self.mov(cell, self.service_result(Service::New, 0), w, line);
        cell
    }

    /// Writes into `dst` the layout word of `mask`: the mask itself when
    /// it fits, else the address of a mask record among the module's
    /// read-only data.
    pub(super) fn layout_word_to(&mut self, dst: Loc, mask: &PtrMask, line: u32) {
        let w = self.word();
        match heaplayout::inline(mask.bits(), w) {
            Some(bits) => self.emit(
                Inst::Imm {
                    dst,
                    ty: Scalar::word(&self.m.p.target),
                    bits,
                },
                line,
            ),
            None => {
                let rec = heaplayout::record(mask.bits(), mask.end(), w);
                let d = self.m.string_data(&rec);
                self.addr_to(dst, AddrOf::Data(d), line);
            }
        }
    }

    /// Writes into `dst` the layout word of a value of type `t`.
    pub(super) fn type_layout_to(&mut self, dst: Loc, t: TypeId, line: u32) {
        let mask = self.m.p.types.pointer_mask(t, &self.m.p.target);
        self.layout_word_to(dst, &mask, line);
    }
}
