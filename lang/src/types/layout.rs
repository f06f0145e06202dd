//! Sizes, alignments and struct field offsets, as gc lays values out.
//!
//! The one place splitgo decides memory layout (DESIGN §4); the JIT and the
//! runtime read it from here. The rules are gc 1.19's (`gcSizes` in
//! `cmd/compile/internal/noder/sizes.go`, which mirrors
//! `cmd/compile/internal/types/size.go`), with `w` the word (pointer) size
//! of the [`Target`]:
//!
//! ```text
//! type                          size            align
//! bool, int8, uint8             1               1
//! int16, uint16                 2               2
//! int32, uint32, float32        4               4
//! int64, uint64, float64        8               min(8, w): 4 on 386!
//! int, uint, uintptr, pointers,
//!   unsafe.Pointer, map, chan,
//!   func                        w               w
//! string, interface             2w   (ptr,len / type,data)   w
//! slice                         3w   (ptr,len,cap)            w
//! [n]T                          n*size(T)       align(T)
//! struct                        fields at offsets rounded up to each
//!                               field's align; size rounded up to the
//!                               largest field align (at least 1)
//! ```
//!
//! A non-empty struct whose last field has size 0 gets one byte of padding
//! before the final rounding (gc, issue 9401), so `&s.last` never points
//! past the object: `struct{a int64; b struct{}}` is 16 bytes on amd64.
//! Unlike gc, the `sync/atomic.align64` marker (8-byte alignment on 386)
//! is not recognised: splitgo's stdlib has no such type.

use super::{BasicKind, Type, TypeId, TypeTable};
use crate::target::Target;

/// Layout recursion bound: only an invalid recursive type (`type T [1]T`,
/// which the checker rejects) nests deeper.
const MAX_DEPTH: u32 = 1000;

/// `x` rounded up to a multiple of `a` (gc's `types.Rnd`); `a` is a power of two.
fn round_up(x: u64, a: u64) -> u64 {
    debug_assert!(a.is_power_of_two());
    (x + a - 1) & !(a - 1)
}

impl TypeTable {
    /// Bytes occupied by a value of type `t` on `target` (`unsafe.Sizeof`).
    /// Untyped kinds take the size of their default type (untyped nil: a
    /// pointer); a tuple is laid out like a struct of its elements; `Invalid`
    /// is 1 byte, as in gc.
    pub fn size_of(&self, t: TypeId, target: &Target) -> u64 {
        self.size_depth(t, target, 0)
    }

    /// Alignment of a value of type `t` on `target` (`unsafe.Alignof`),
    /// at least 1.
    pub fn align_of(&self, t: TypeId, target: &Target) -> u64 {
        self.align_depth(t, target, 0)
    }

    /// The byte offset of each field of struct `t` (or of each element of a
    /// tuple); empty for other types.
    pub fn field_offsets(&self, t: TypeId, target: &Target) -> Vec<u64> {
        let tys = self.member_types(t);
        self.offsets_depth(&tys, target, 0)
    }

    /// The member types of a struct or tuple.
    pub(super) fn member_types(&self, t: TypeId) -> Vec<TypeId> {
        match self.under(t) {
            Type::Struct(fields) => fields.iter().map(|f| f.ty).collect(),
            Type::Tuple(elems) => elems.clone(),
            _ => Vec::new(),
        }
    }

    fn offsets_depth(&self, tys: &[TypeId], target: &Target, depth: u32) -> Vec<u64> {
        let mut o = 0u64;
        tys.iter()
            .map(|&ty| {
                o = round_up(o, self.align_depth(ty, target, depth + 1));
                let off = o;
                o = o.saturating_add(self.size_depth(ty, target, depth + 1));
                off
            })
            .collect()
    }

    fn basic_size(k: BasicKind, target: &Target) -> u64 {
        let k = match k {
            BasicKind::UntypedNil => BasicKind::UnsafePointer,
            k => k.default_type(),
        };
        u64::from(k.size(target).expect("typed basic kinds have a size"))
    }

    fn size_depth(&self, t: TypeId, target: &Target, depth: u32) -> u64 {
        if depth > MAX_DEPTH {
            return 0;
        }
        let w = u64::from(target.ptr_size);
        match self.under(t) {
            Type::Invalid => 1,
            Type::Basic(k) => Self::basic_size(*k, target),
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => w,
            Type::Interface(_) => 2 * w,
            Type::Slice(_) => 3 * w,
            // The element size is already a multiple of its alignment.
            Type::Array(n, elem) => n.saturating_mul(self.size_depth(*elem, target, depth + 1)),
            Type::Struct(_) | Type::Tuple(_) => {
                let tys = self.member_types(t);
                let Some(&last_ty) = tys.last() else {
                    return 0;
                };
                let offsets = self.offsets_depth(&tys, target, depth);
                let last_off = *offsets.last().expect("as many offsets as fields");
                let mut last = self.size_depth(last_ty, target, depth + 1);
                if last == 0 && last_off > 0 {
                    last = 1; // see the module doc: no pointer past the end
                }
                round_up(
                    last_off.saturating_add(last),
                    self.align_depth(t, target, depth),
                )
            }
            Type::Named(_) => unreachable!("underlying type is never a defined type"),
        }
    }

    fn align_depth(&self, t: TypeId, target: &Target, depth: u32) -> u64 {
        if depth > MAX_DEPTH {
            return 1;
        }
        let w = u64::from(target.ptr_size);
        match self.under(t) {
            Type::Array(_, elem) => self.align_depth(*elem, target, depth + 1),
            Type::Struct(_) | Type::Tuple(_) => self
                .member_types(t)
                .iter()
                .map(|&ty| self.align_depth(ty, target, depth + 1))
                .max()
                .unwrap_or(1),
            // Multi-word values align like their words.
            Type::Slice(_) | Type::Interface(_) => w,
            Type::Basic(k) if k.default_type() == BasicKind::String => w,
            // A complex number is two floats and aligns like one of them.
            Type::Basic(k) if k.is_complex() => (self.size_depth(t, target, depth) / 2).clamp(1, w),
            // Scalars align to their size, capped at the register size
            // (gc's RegSize, which equals the pointer size on our targets):
            // this is what makes int64 4-aligned on 386.
            _ => self.size_depth(t, target, depth).clamp(1, w),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Field, PkgId};
    use super::*;

    fn strukt(tt: &mut TypeTable, tys: &[TypeId]) -> TypeId {
        let fields = tys
            .iter()
            .enumerate()
            .map(|(i, &ty)| Field {
                name: format!("f{i}"),
                ty,
                embedded: false,
                tag: None,
                pkg: PkgId(0),
            })
            .collect();
        tt.intern(Type::Struct(fields))
    }

    #[test]
    fn struct_padding_per_target() {
        let mut tt = TypeTable::new();
        let i8_ = tt.basic(BasicKind::Int8);
        let i64_ = tt.basic(BasicKind::Int64);
        let s = strukt(&mut tt, &[i8_, i64_, i8_]);
        assert_eq!(tt.size_of(s, &Target::AMD64), 24);
        assert_eq!(tt.field_offsets(s, &Target::AMD64), vec![0, 8, 16]);
        assert_eq!(tt.align_of(s, &Target::AMD64), 8);
        assert_eq!(tt.size_of(s, &Target::ARM64), 24);
        assert_eq!(tt.size_of(s, &Target::I386), 16);
        assert_eq!(tt.field_offsets(s, &Target::I386), vec![0, 4, 12]);
        assert_eq!(tt.align_of(s, &Target::I386), 4);
        assert_eq!(tt.align_of(i64_, &Target::I386), 4);
    }

    #[test]
    fn word_sized_things() {
        let mut tt = TypeTable::new();
        let int = tt.basic(BasicKind::Int);
        let string = tt.basic(BasicKind::String);
        let ints = tt.slice(int);
        let iface = tt.intern(Type::Interface(vec![]));
        let m = tt.intern(Type::Map(string, int));
        let f = tt.func(vec![], vec![], false);
        let arr = tt.intern(Type::Array(3, string));
        for (target, w) in [(Target::AMD64, 8), (Target::I386, 4), (Target::ARM64, 8)] {
            assert_eq!(tt.size_of(int, &target), w);
            assert_eq!(tt.size_of(string, &target), 2 * w);
            assert_eq!(tt.align_of(string, &target), w);
            assert_eq!(tt.size_of(ints, &target), 3 * w);
            assert_eq!(tt.size_of(iface, &target), 2 * w);
            assert_eq!(tt.size_of(m, &target), w);
            assert_eq!(tt.size_of(f, &target), w);
            assert_eq!(tt.size_of(arr, &target), 6 * w);
            assert_eq!(tt.align_of(arr, &target), w);
        }
    }

    #[test]
    fn zero_sized_fields() {
        let mut tt = TypeTable::new();
        let i64_ = tt.basic(BasicKind::Int64);
        let b = tt.basic(BasicKind::Bool);
        let empty = strukt(&mut tt, &[]);
        assert_eq!(tt.size_of(empty, &Target::AMD64), 0);
        assert_eq!(tt.align_of(empty, &Target::AMD64), 1);
        let tail = strukt(&mut tt, &[i64_, empty]);
        assert_eq!(tt.size_of(tail, &Target::AMD64), 16);
        let head = strukt(&mut tt, &[empty, i64_]);
        assert_eq!(tt.size_of(head, &Target::AMD64), 8);
        let only = strukt(&mut tt, &[empty, empty]);
        assert_eq!(tt.size_of(only, &Target::AMD64), 0);
        let zero_arr = tt.intern(Type::Array(0, i64_));
        assert_eq!(tt.size_of(zero_arr, &Target::AMD64), 0);
        assert_eq!(tt.align_of(zero_arr, &Target::AMD64), 8);
        let bools = strukt(&mut tt, &[b, b, b]);
        assert_eq!(tt.size_of(bools, &Target::AMD64), 3);
    }
}
