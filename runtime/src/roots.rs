//! The pointer words of the program's globals: a root set of the
//! collector. The JIT lays the globals out and records, for each global
//! holding pointers, its address and which of its words are pointers
//! (from its type: lang's `TypeTable::pointer_mask`); an image that grows
//! adds to it.

/// The pointer words of the globals, by global.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GlobalRoots {
    /// `(address of the global, one bit per word: set for a pointer)`.
    globals: Vec<(u64, Box<[u64]>)>,
}

impl GlobalRoots {
    /// Adds the global at `addr` whose words `bits` (bit `i` of word
    /// `i / 64`) hold pointers; a global with none is not kept.
    pub fn push(&mut self, addr: u64, bits: Vec<u64>) {
        if bits.iter().any(|&b| b != 0) {
            self.globals.push((addr, bits.into_boxed_slice()));
        }
    }

    /// Calls `visit` with the address of every pointer word, in order of
    /// global, `word` bytes each.
    pub fn for_each_word(&self, word: u64, mut visit: impl FnMut(u64)) {
        for (addr, bits) in &self.globals {
            for (k, &b) in bits.iter().enumerate() {
                let mut b = b;
                while b != 0 {
                    let i = k as u64 * 64 + u64::from(b.trailing_zeros());
                    b &= b - 1;
                    visit(addr + i * word);
                }
            }
        }
    }

    /// How many globals hold pointers.
    pub fn len(&self) -> usize {
        self.globals.len()
    }

    pub fn is_empty(&self) -> bool {
        self.globals.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_order_and_pointer_free_globals_left_out() {
        let mut r = GlobalRoots::default();
        r.push(0x1000, vec![0b101]);
        r.push(0x2000, vec![0]);
        r.push(0x3000, vec![0, 1 << 3]);
        assert_eq!(r.len(), 2);
        let mut seen = Vec::new();
        r.for_each_word(8, |a| seen.push(a));
        assert_eq!(seen, vec![0x1000, 0x1010, 0x3000 + 67 * 8]);
    }
}
