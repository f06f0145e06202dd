//! Program memory as the runtime sees it: words of the *target* at target
//! addresses.
//!
//! The runtime reads and writes goroutine records (`G`), Stktop records and
//! argument areas. When the target is the host, those live in host memory
//! at their own addresses. When the target is emulated (DESIGN §6), the
//! runtime's memory is mapped into the emulated CPU at the same addresses,
//! so the host address is still right, but a word is 4 bytes on 386. Every
//! access to G or a Stktop therefore goes through [`Mem`] with the offsets
//! of [`crate::abi`] scaled by [`Mem::word`]; no code outside this module
//! dereferences a program address.
//!
//! All targets (amd64, 386, arm64) are little-endian; words are stored so.
//!
//! This is one of the raw-memory modules of STYLE habit 9: [`NativeMem`] is
//! built with an `unsafe` constructor whose contract covers every address
//! later passed to it.
#![deny(clippy::undocumented_unsafe_blocks)]

use crate::abi::Word;

/// Word and byte access to program memory at target addresses.
///
/// Accesses are infallible: a bad address is a bug in the runtime or the
/// generated code, and it faults as the program would (a signal natively,
/// a memory hook when emulated), to be reported by the signal path with the
/// goroutine's status (`[stack unsplit]` for a fault inside oldstack).
pub trait Mem {
    /// The target word: 8 bytes on amd64 and arm64, 4 on 386.
    fn word(&self) -> Word;

    /// The word at `addr`, zero-extended to 64 bits.
    fn read_word(&self, addr: u64) -> u64;

    /// Stores the low `word()` bytes of `value` at `addr`.
    fn write_word(&self, addr: u64, value: u64);

    /// Fills `buf` from `addr..addr + buf.len()`.
    fn read_bytes(&self, addr: u64, buf: &mut [u8]);

    /// Stores `bytes` at `addr..addr + bytes.len()`.
    fn write_bytes(&self, addr: u64, bytes: &[u8]);

    /// Calls `f` with the bytes at `addr..addr + len` to read, without
    /// copying them where the memory allows: the searching natives
    /// (bytealg.rs) look at a few bytes of a long slice per call, and a
    /// copy of the whole would cost more than the search. `len` 0 never
    /// touches `addr` (a nil slice's). The default copies.
    fn view_bytes(&self, addr: u64, len: u64, f: &mut dyn FnMut(&[u8])) {
        let mut buf = vec![0u8; len as usize];
        if len > 0 {
            self.read_bytes(addr, &mut buf);
        }
        f(&buf)
    }

    /// Copies `len` bytes from `src` to `dst`; the ranges may overlap.
    fn copy(&self, dst: u64, src: u64, len: u64);

    /// Stores `len` zero bytes at `addr`.
    fn zero(&self, addr: u64, len: u64);

    /// One atomic operation on the `size`-byte (4 or 8) little-endian
    /// integer at `addr`; answers the value it held before. The default is
    /// a plain read and write, right for memory no other thread touches;
    /// [`NativeMem`] uses the machine's atomic instructions.
    fn atomic(&self, addr: u64, size: u32, op: AtomicOp) -> u64 {
        let mut b = [0u8; 8];
        self.read_bytes(addr, &mut b[..size as usize]);
        let old = u64::from_le_bytes(b);
        let new = op.apply(old, size);
        if let Some(new) = new {
            self.write_bytes(addr, &new.to_le_bytes()[..size as usize]);
        }
        old
    }

    /// Word `index` of the record at `base` (a field of `abi::g` or
    /// `abi::stktop`).
    fn field(&self, base: u64, index: u32) -> u64 {
        self.read_word(base + u64::from(self.word().at(index)))
    }

    /// Stores word `index` of the record at `base`.
    fn set_field(&self, base: u64, index: u32, value: u64) {
        self.write_word(base + u64::from(self.word().at(index)), value)
    }
}

/// An atomic read-modify-write ([`Mem::atomic`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicOp {
    Load,
    /// Store the value (a store is a swap whose old value is dropped).
    Swap(u64),
    /// Add, wrapping at the operand's size.
    Add(u64),
    /// Store `.1` if the value is `.0`.
    CompareAndSwap(u64, u64),
}

impl AtomicOp {
    /// What the operation stores over `old` (a `size`-byte value), if
    /// anything.
    pub fn apply(self, old: u64, size: u32) -> Option<u64> {
        let mask = if size >= 8 {
            u64::MAX
        } else {
            (1u64 << (8 * size)) - 1
        };
        match self {
            AtomicOp::Load => None,
            AtomicOp::Swap(v) => Some(v & mask),
            AtomicOp::Add(d) => Some(old.wrapping_add(d) & mask),
            AtomicOp::CompareAndSwap(o, n) => (old & mask == o & mask).then_some(n & mask),
        }
    }
}

/// Program memory that is host memory at the same addresses: the native
/// executor, and the emulated ones whose guest memory is mapped from host
/// memory at equal addresses.
#[derive(Debug)]
pub struct NativeMem {
    word: Word,
}

impl NativeMem {
    /// Access to host memory with target words of `word` bytes.
    ///
    /// # Safety
    ///
    /// For as long as the returned value is used, every range it is asked
    /// to access (`addr .. addr + len`, with len a word for word accesses)
    /// must be host memory that is mapped readable and writable, and that
    /// no Rust reference borrows while the access happens. The runtime
    /// passes only addresses of G records it allocated, of stack segments
    /// (mapped by `stack::segment`), and of argument areas on them.
    pub unsafe fn new(word: Word) -> NativeMem {
        assert!(
            word == Word::W8 || word == Word::W4,
            "a target word is 4 or 8 bytes"
        );
        NativeMem { word }
    }

    fn ptr(addr: u64) -> *mut u8 {
        // Exposed provenance: program addresses arrive as integers (from G
        // records, registers and the emulator), never as Rust pointers.
        std::ptr::with_exposed_provenance_mut(addr as usize)
    }
}

impl Mem for NativeMem {
    fn word(&self) -> Word {
        self.word
    }

    fn read_word(&self, addr: u64) -> u64 {
        let p = Self::ptr(addr);
        if self.word == Word::W8 {
            // SAFETY: `new`'s contract: the word at addr is mapped, readable
            // and not borrowed; read_unaligned has no alignment requirement.
            u64::from_le(unsafe { p.cast::<u64>().read_unaligned() })
        } else {
            // SAFETY: as above, for the 4-byte word of a 386 target.
            u64::from(u32::from_le(unsafe { p.cast::<u32>().read_unaligned() }))
        }
    }

    fn write_word(&self, addr: u64, value: u64) {
        let p = Self::ptr(addr);
        if self.word == Word::W8 {
            // SAFETY: `new`'s contract: the word at addr is mapped, writable
            // and not borrowed; write_unaligned has no alignment requirement.
            unsafe { p.cast::<u64>().write_unaligned(value.to_le()) }
        } else {
            debug_assert!(
                value <= u64::from(u32::MAX),
                "{value:#x} does not fit a 4-byte word"
            );
            // SAFETY: as above, for the 4-byte word of a 386 target.
            unsafe { p.cast::<u32>().write_unaligned((value as u32).to_le()) }
        }
    }

    fn read_bytes(&self, addr: u64, buf: &mut [u8]) {
        // SAFETY: `new`'s contract covers addr..addr+len; `buf` is a distinct
        // Rust borrow, so the ranges cannot overlap.
        unsafe { std::ptr::copy_nonoverlapping(Self::ptr(addr), buf.as_mut_ptr(), buf.len()) }
    }

    fn write_bytes(&self, addr: u64, bytes: &[u8]) {
        // SAFETY: `new`'s contract covers addr..addr+len; `bytes` is a
        // shared Rust borrow, which the contract says program memory is not.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), Self::ptr(addr), bytes.len()) }
    }

    fn view_bytes(&self, addr: u64, len: u64, f: &mut dyn FnMut(&[u8])) {
        if len == 0 {
            // A nil slice's address is 0, which no reference may hold.
            return f(&[]);
        }
        // SAFETY: `new`'s contract covers addr..addr+len and says no Rust
        // reference borrows it; this shared borrow lasts only for `f`,
        // during which the runtime writes no program memory (`f` is a
        // search given no `Mem`) and goroutines, which run on this thread,
        // are stopped in the runtime call.
        let bytes = unsafe { std::slice::from_raw_parts(Self::ptr(addr), len as usize) };
        f(bytes)
    }

    fn copy(&self, dst: u64, src: u64, len: u64) {
        // SAFETY: `new`'s contract covers both ranges; ptr::copy allows
        // them to overlap.
        unsafe { std::ptr::copy(Self::ptr(src), Self::ptr(dst), len as usize) }
    }

    fn zero(&self, addr: u64, len: u64) {
        // SAFETY: `new`'s contract covers addr..addr+len.
        unsafe { std::ptr::write_bytes(Self::ptr(addr), 0, len as usize) }
    }

    fn atomic(&self, addr: u64, size: u32, op: AtomicOp) -> u64 {
        use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::SeqCst};
        let p = Self::ptr(addr);
        // A misaligned operand (only reachable through unsafe pointer
        // arithmetic) cannot use the atomic types: it gets the plain
        // read-modify-write, atomic under one thread.
        if !addr.is_multiple_of(u64::from(size)) || (size != 4 && size != 8) {
            let mut b = [0u8; 8];
            self.read_bytes(addr, &mut b[..size as usize]);
            let old = u64::from_le_bytes(b);
            if let Some(new) = op.apply(old, size) {
                self.write_bytes(addr, &new.to_le_bytes()[..size as usize]);
            }
            return old;
        }
        if size == 8 {
            // SAFETY: `new`'s contract: the 8 bytes at addr are mapped,
            // writable and not borrowed by Rust; addr is 8-aligned (checked
            // above). Program memory is accessed atomically by every thread
            // that runs Go code through this same path.
            let a = unsafe { AtomicU64::from_ptr(p.cast::<u64>()) };
            match op {
                AtomicOp::Load => a.load(SeqCst),
                AtomicOp::Swap(v) => a.swap(v, SeqCst),
                AtomicOp::Add(d) => a.fetch_add(d, SeqCst),
                AtomicOp::CompareAndSwap(o, n) => match a.compare_exchange(o, n, SeqCst, SeqCst) {
                    Ok(v) | Err(v) => v,
                },
            }
        } else {
            // SAFETY: as above, for 4 bytes at a 4-aligned addr.
            let a = unsafe { AtomicU32::from_ptr(p.cast::<u32>()) };
            let v32 = |v: u64| v as u32;
            u64::from(match op {
                AtomicOp::Load => a.load(SeqCst),
                AtomicOp::Swap(v) => a.swap(v32(v), SeqCst),
                AtomicOp::Add(d) => a.fetch_add(v32(d), SeqCst),
                AtomicOp::CompareAndSwap(o, n) => {
                    match a.compare_exchange(v32(o), v32(n), SeqCst, SeqCst) {
                        Ok(v) | Err(v) => v,
                    }
                }
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_both_sizes_over_host_memory() {
        let mut buf = vec![0u64; 4].into_boxed_slice();
        let base = buf.as_mut_ptr().expose_provenance() as u64;
        // SAFETY: every access below stays inside `buf`, which outlives the
        // Mems and is not borrowed while they run.
        let (m8, m4) = unsafe { (NativeMem::new(Word::W8), NativeMem::new(Word::W4)) };
        m8.write_word(base, 0x1122_3344_5566_7788);
        assert_eq!(m8.read_word(base), 0x1122_3344_5566_7788);
        assert_eq!(m4.read_word(base), 0x5566_7788);
        assert_eq!(m4.read_word(base + 4), 0x1122_3344);
        m4.set_field(base, 1, 0xffff_fade);
        assert_eq!(m8.read_word(base), 0xffff_fade_5566_7788);
        assert_eq!(m4.field(base, 1), 0xffff_fade);

        m8.write_bytes(base + 8, &[1, 2, 3, 4, 5, 6, 7, 8, 9]);
        m8.copy(base + 20, base + 8, 9);
        let mut out = [0u8; 9];
        m8.read_bytes(base + 20, &mut out);
        assert_eq!(out, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
        m8.zero(base + 8, 4);
        m8.read_bytes(base + 8, &mut out[..5]);
        assert_eq!(&out[..5], &[0, 0, 0, 0, 5]);
        drop(buf);
    }
}
