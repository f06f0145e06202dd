//! Which words of a value hold pointers: the pointer map the garbage
//! collector follows and the stack maps are made of. A frame allocation
//! carries one (its type's), so does a function's argument area, and a
//! heap object's type descriptor will.
//!
//! Bit `i` says whether word `i` (of the target's pointer size) holds a
//! pointer. Strings, slices, maps, channels, funcs and pointers have one
//! pointer word; an interface has two (the type or itab word and the data
//! word: the collector ignores a pointer outside its heap, so the static
//! type word costs nothing). `uintptr` is an integer, as in Go.

use super::{BasicKind, Type, TypeId, TypeTable};
use crate::target::Target;

/// A set of word indexes. Trailing empty words are never stored, so a
/// pointer-free value's mask allocates nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct PtrMask {
    bits: Vec<u64>,
}

impl PtrMask {
    /// No pointers.
    pub const fn none() -> PtrMask {
        PtrMask { bits: Vec::new() }
    }

    /// Word `i` set for each `true` of `words`.
    pub fn from_words(words: &[bool]) -> PtrMask {
        let mut m = PtrMask::none();
        for (i, &p) in words.iter().enumerate() {
            if p {
                m.set(i as u32);
            }
        }
        m
    }

    pub fn set(&mut self, i: u32) {
        let (w, b) = ((i / 64) as usize, i % 64);
        if self.bits.len() <= w {
            self.bits.resize(w + 1, 0);
        }
        self.bits[w] |= 1 << b;
    }

    pub fn get(&self, i: u32) -> bool {
        self.bits
            .get((i / 64) as usize)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// The mask's words: bit `k % 64` of entry `k / 64` for word `k`, no
    /// trailing zero entry.
    pub fn bits(&self) -> &[u64] {
        &self.bits
    }

    pub fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }

    /// Adds `other`'s words, moved up by `by` words.
    pub fn or_shifted(&mut self, other: &PtrMask, by: u32) {
        for i in other.iter() {
            self.set(i + by);
        }
    }

    /// The set words, in order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.bits.iter().enumerate().flat_map(|(w, &bits)| {
            let mut bits = bits;
            std::iter::from_fn(move || {
                (bits != 0).then(|| {
                    let b = bits.trailing_zeros();
                    bits &= bits - 1;
                    w as u32 * 64 + b
                })
            })
        })
    }

    /// One past the last pointer word (0 when there is none): Go's
    /// ptrdata, in words.
    pub fn end(&self) -> u32 {
        self.bits.last().map_or(0, |&last| {
            (self.bits.len() as u32 - 1) * 64 + 64 - last.leading_zeros()
        })
    }
}

/// Deeper nesting only comes from an invalid recursive type.
const MAX_DEPTH: u32 = 1000;

impl TypeTable {
    /// The pointer words of a value of type `t` on `target`, from its
    /// start. A field or element that is not word-aligned holds no
    /// pointer (only pointer-free data can be: pointers align to words).
    pub fn pointer_mask(&self, t: TypeId, target: &Target) -> PtrMask {
        let mut m = PtrMask::none();
        self.mask_into(t, target, 0, &mut m, 0);
        m
    }

    fn mask_into(&self, t: TypeId, target: &Target, at: u64, m: &mut PtrMask, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        let w = u64::from(target.ptr_size);
        let word = (at / w) as u32;
        match self.under(t) {
            Type::Basic(k) => {
                if matches!(
                    k.default_type(),
                    BasicKind::String | BasicKind::UnsafePointer
                ) || *k == BasicKind::UntypedNil
                {
                    m.set(word);
                }
            }
            Type::Pointer(_) | Type::Slice(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                m.set(word)
            }
            Type::Interface(_) => {
                m.set(word);
                m.set(word + 1);
            }
            Type::Array(n, e) => {
                let (n, e) = (*n, *e);
                let inner = self.pointer_mask(e, target);
                if inner.is_empty() {
                    return;
                }
                let size = self.size_of(e, target);
                for i in 0..n {
                    m.or_shifted(&inner, ((at + i * size) / w) as u32);
                }
            }
            Type::Struct(_) | Type::Tuple(_) => {
                let tys = self.member_types(t);
                for (ty, off) in tys.iter().zip(self.field_offsets(t, target)) {
                    self.mask_into(*ty, target, at + off, m, depth + 1);
                }
            }
            Type::Invalid | Type::Named(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Field, PkgId};
    use super::*;

    #[test]
    fn masks_of_composites() {
        let mut tt = TypeTable::new();
        let int = tt.basic(BasicKind::Int);
        let string = tt.basic(BasicKind::String);
        let uintptr = tt.basic(BasicKind::Uintptr);
        let ints = tt.slice(int);
        let iface = tt.intern(Type::Interface(vec![]));
        let field = |ty| Field {
            name: String::new(),
            ty,
            embedded: false,
            tag: None,
            pkg: PkgId(0),
        };
        let s = tt.intern(Type::Struct(vec![
            field(int),
            field(string),
            field(uintptr),
            field(ints),
            field(iface),
        ]));
        let words = |m: PtrMask| m.iter().collect::<Vec<_>>();
        // int | str.ptr str.len | uintptr | sl.ptr sl.len sl.cap | i.tab i.data
        assert_eq!(words(tt.pointer_mask(s, &Target::AMD64)), vec![1, 4, 7, 8]);
        assert_eq!(words(tt.pointer_mask(s, &Target::I386)), vec![1, 4, 7, 8]);
        let arr = tt.intern(Type::Array(3, s));
        assert_eq!(
            words(tt.pointer_mask(arr, &Target::AMD64)),
            vec![1, 4, 7, 8, 10, 13, 16, 17, 19, 22, 25, 26]
        );
        assert_eq!(tt.pointer_mask(arr, &Target::AMD64).end(), 27);
        let nums = tt.intern(Type::Array(1 << 20, int));
        assert!(tt.pointer_mask(nums, &Target::AMD64).is_empty());
        assert!(tt.pointer_mask(uintptr, &Target::AMD64).is_empty());
    }

    #[test]
    fn int64_pairs_on_386_hold_no_pointer() {
        let mut tt = TypeTable::new();
        let i64_ = tt.basic(BasicKind::Int64);
        let p = tt.pointer(i64_);
        let f = |ty| Field {
            name: String::new(),
            ty,
            embedded: false,
            tag: None,
            pkg: PkgId(0),
        };
        let s = tt.intern(Type::Struct(vec![f(i64_), f(p)]));
        assert_eq!(
            tt.pointer_mask(s, &Target::I386).iter().collect::<Vec<_>>(),
            vec![2]
        );
        assert_eq!(
            tt.pointer_mask(s, &Target::AMD64)
                .iter()
                .collect::<Vec<_>>(),
            vec![1]
        );
    }
}
