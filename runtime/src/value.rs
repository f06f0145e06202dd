//! Reading and writing Go values in program memory through [`Mem`]: string
//! headers, words of a given size, signed ints of the target. The leaf
//! helpers the services, equality, hashing and formatting share.

use crate::mem::Mem;

/// A Go string (pointer, length) at `at`, copied out.
pub(crate) fn read_string<M: Mem + ?Sized>(m: &M, at: u64) -> Vec<u8> {
    let w = u64::from(m.word().0);
    let (p, n) = (m.read_word(at), m.read_word(at + w));
    let mut buf = vec![0u8; n as usize];
    if n > 0 {
        m.read_bytes(p, &mut buf);
    }
    buf
}

/// A word read as a signed `int` of the target.
pub(crate) fn signed<M: Mem + ?Sized>(m: &M, v: u64) -> i64 {
    if m.word().0 == 8 {
        v as i64
    } else {
        v as u32 as i32 as i64
    }
}

/// The 8 bytes at `at` (a float64 argument), whatever the word size.
pub(crate) fn read_u64<M: Mem + ?Sized>(m: &M, at: u64) -> u64 {
    let mut b = [0u8; 8];
    m.read_bytes(at, &mut b);
    u64::from_le_bytes(b)
}

pub(crate) fn write_u64<M: Mem + ?Sized>(m: &M, at: u64, v: u64) {
    m.write_bytes(at, &v.to_le_bytes());
}

pub(crate) fn read_sized<M: Mem + ?Sized>(m: &M, at: u64, size: u64) -> u64 {
    let n = size.min(8) as usize;
    let mut b = [0u8; 8];
    m.read_bytes(at, &mut b[..n]);
    u64::from_le_bytes(b)
}

pub(crate) fn read_signed<M: Mem + ?Sized>(m: &M, at: u64, size: u64) -> i64 {
    let v = read_sized(m, at, size);
    let shift = 64 - 8 * size.clamp(1, 8) as u32;
    ((v << shift) as i64) >> shift
}
