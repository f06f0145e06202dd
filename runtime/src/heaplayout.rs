//! The pointer layouts of allocations, read from what the program hands
//! the runtime: a layout word (splitgo_abi::heaplayout, made by the
//! compiler) or a type descriptor (its PTRMASK word; for a descriptor
//! reflect built at run time, which has none, the mask follows from its
//! kind, element and fields as the compiler's `pointer_mask` derives it).

use crate::heap::Layout;
use crate::mem::Mem;
use crate::typedesc::{self, Kind};
use splitgo_abi::heaplayout;

/// The layout a layout word names.
pub fn of_word<M: Mem + ?Sized>(m: &M, word: u64) -> Layout {
    if word == heaplayout::NO_POINTERS {
        return Layout::NoPointers;
    }
    if let Some(mask) = heaplayout::inline_mask(word) {
        return Layout::Word(mask);
    }
    let n = m.read_word(word);
    let w = u64::from(m.word().0);
    let mut bytes = vec![0u8; n.div_ceil(8) as usize];
    m.read_bytes(word + w, &mut bytes);
    let mut mask = vec![0u64; n.div_ceil(64) as usize];
    for (i, b) in bytes.iter().enumerate() {
        mask[i / 8] |= u64::from(*b) << ((i % 8) * 8);
    }
    Layout::from_mask(&mask)
}

/// The layout of a value of descriptor `t`'s type.
pub fn of_desc<M: Mem + ?Sized>(m: &M, t: u64) -> Layout {
    if t == 0 || m.field(t, typedesc::PTRDATA) == 0 {
        return Layout::NoPointers;
    }
    let word = m.field(t, typedesc::PTRMASK);
    if word != 0 {
        return of_word(m, word);
    }
    let mut mask = Vec::new();
    walk(m, t, 0, &mut mask, 0);
    Layout::from_mask(&mask)
}

/// Sets in `mask` the pointer words of a value of type `t` lying `at`
/// words from the start.
fn walk<M: Mem + ?Sized>(m: &M, t: u64, at: u64, mask: &mut Vec<u64>, depth: u32) {
    // Only a malformed descriptor nests this deep.
    if depth > 1000 || m.field(t, typedesc::PTRDATA) == 0 {
        return;
    }
    let mut set = |k: u64| {
        let i = (k / 64) as usize;
        if mask.len() <= i {
            mask.resize(i + 1, 0);
        }
        mask[i] |= 1 << (k % 64);
    };
    let w = u64::from(m.word().0);
    match Kind::from_number(m.field(t, typedesc::KIND)) {
        Some(Kind::Interface) => {
            set(at);
            set(at + 1);
        }
        Some(Kind::Array) => {
            let e = m.field(t, typedesc::ELEM);
            let es = m.field(e, typedesc::SIZE) / w;
            // Each element's words: one walk, then shifted copies.
            let mut one = Vec::new();
            walk(m, e, 0, &mut one, depth + 1);
            for i in 0..m.field(t, typedesc::LEN) {
                for (j, &bits) in one.iter().enumerate() {
                    let mut b = bits;
                    while b != 0 {
                        set(at + i * es + j as u64 * 64 + u64::from(b.trailing_zeros()));
                        b &= b - 1;
                    }
                }
            }
        }
        Some(Kind::Struct) => {
            for f in typedesc::struct_fields(m, t) {
                if f.offset % w == 0 {
                    walk(m, f.ty, at + f.offset / w, mask, depth + 1);
                }
            }
        }
        // Strings, slices, pointers, maps, channels, funcs: the first
        // word.
        _ => set(at),
    }
}
