//! Goroutine records: the `G` that generated code reaches through its `g`
//! register (r14 on amd64), laid out in target words as [`crate::abi::g`]
//! says (Go 1.2: runtime·malg).
//!
//! A G must not move while its goroutine exists: stubs and prologues hold
//! its address. Each is its own boxed slice, so its address is stable for
//! the record's life, and it is freed only when dropped (after the
//! goroutine is dead and nothing refers to it).

use crate::abi::{g, Status};

/// One goroutine's G record, zeroed at creation.
#[derive(Debug)]
pub struct GRecord {
    words: Box<[u64]>,
}

impl GRecord {
    /// A zeroed G with goroutine id `goid`, status Idle. Words are 8 bytes
    /// here (room for either word size: a 4-byte-word G uses the first half).
    pub fn new(goid: u64) -> GRecord {
        let mut words = vec![0u64; g::WORDS as usize].into_boxed_slice();
        words[g::GOID as usize] = goid;
        words[g::STATUS as usize] = Status::Idle as u64;
        GRecord { words }
    }

    /// The address generated code and [`crate::mem::Mem`] use.
    pub fn addr(&mut self) -> u64 {
        self.words.as_mut_ptr().expose_provenance() as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_are_word_aligned_and_stable() {
        let mut a = GRecord::new(1);
        let p = a.addr();
        assert_eq!(p % 8, 0);
        let moved = a;
        let mut moved = moved;
        assert_eq!(moved.addr(), p, "moving the record must not move the G");
        assert_eq!(moved.words[g::GOID as usize], 1);
    }
}
