//! sync/atomic's natives: Load, Store, Swap, CompareAndSwap and Add of 4-
//! and 8-byte words (int32, uint32, int64, uint64, uintptr and
//! unsafe.Pointer), each one atomic read-modify-write of program memory
//! ([`Mem::atomic`]: a locked instruction natively), so that they stay
//! atomic when several threads run Go code, not only under today's single
//! thread. A nil address panics with the nil dereference, as the fault of
//! gc's instruction would.

use crate::mem::{AtomicOp, Mem};
use crate::stop::Stop;

/// Which operation a native performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Load,
    Store,
    Swap,
    CompareAndSwap,
    Add,
}

/// The natives by qualified name: each of the five operations for each
/// type, with the operand's size in bytes (uintptr and unsafe.Pointer:
/// the target word, `0` here).
pub const NATIVES: &[(&str, Kind, u8)] = &[
    ("sync/atomic.LoadInt32", Kind::Load, 4),
    ("sync/atomic.LoadUint32", Kind::Load, 4),
    ("sync/atomic.LoadInt64", Kind::Load, 8),
    ("sync/atomic.LoadUint64", Kind::Load, 8),
    ("sync/atomic.LoadUintptr", Kind::Load, 0),
    ("sync/atomic.LoadPointer", Kind::Load, 0),
    ("sync/atomic.StoreInt32", Kind::Store, 4),
    ("sync/atomic.StoreUint32", Kind::Store, 4),
    ("sync/atomic.StoreInt64", Kind::Store, 8),
    ("sync/atomic.StoreUint64", Kind::Store, 8),
    ("sync/atomic.StoreUintptr", Kind::Store, 0),
    ("sync/atomic.StorePointer", Kind::Store, 0),
    ("sync/atomic.SwapInt32", Kind::Swap, 4),
    ("sync/atomic.SwapUint32", Kind::Swap, 4),
    ("sync/atomic.SwapInt64", Kind::Swap, 8),
    ("sync/atomic.SwapUint64", Kind::Swap, 8),
    ("sync/atomic.SwapUintptr", Kind::Swap, 0),
    ("sync/atomic.SwapPointer", Kind::Swap, 0),
    ("sync/atomic.CompareAndSwapInt32", Kind::CompareAndSwap, 4),
    ("sync/atomic.CompareAndSwapUint32", Kind::CompareAndSwap, 4),
    ("sync/atomic.CompareAndSwapInt64", Kind::CompareAndSwap, 8),
    ("sync/atomic.CompareAndSwapUint64", Kind::CompareAndSwap, 8),
    ("sync/atomic.CompareAndSwapUintptr", Kind::CompareAndSwap, 0),
    ("sync/atomic.CompareAndSwapPointer", Kind::CompareAndSwap, 0),
    ("sync/atomic.AddInt32", Kind::Add, 4),
    ("sync/atomic.AddUint32", Kind::Add, 4),
    ("sync/atomic.AddInt64", Kind::Add, 8),
    ("sync/atomic.AddUint64", Kind::Add, 8),
    ("sync/atomic.AddUintptr", Kind::Add, 0),
];

/// Runs one native with its argument area at `args`: the address, then
/// the operands at their alignment (min(size, word)), the result from the
/// next word boundary (the frame layout of ir.md).
pub fn run<M: Mem + ?Sized>(m: &M, kind: Kind, size: u8, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let size = if size == 0 { w } else { u64::from(size) };
    let addr = m.read_word(args);
    if addr < crate::signals::NIL_GUARD {
        return Err(Stop::Panic(crate::signals::NIL_DEREF.into()));
    }
    let read = |at: u64| {
        let mut b = [0u8; 8];
        m.read_bytes(at, &mut b[..size as usize]);
        u64::from_le_bytes(b)
    };
    let write = |at: u64, v: u64| m.write_bytes(at, &v.to_le_bytes()[..size as usize]);
    let result_at = |params: u64| args + params.div_ceil(w) * w;
    let size32 = size as u32;
    match kind {
        Kind::Load => {
            let v = m.atomic(addr, size32, AtomicOp::Load);
            write(result_at(w), v);
        }
        Kind::Store => {
            m.atomic(addr, size32, AtomicOp::Swap(read(args + w)));
        }
        Kind::Swap => {
            let old = m.atomic(addr, size32, AtomicOp::Swap(read(args + w)));
            write(result_at(w + size), old);
        }
        Kind::Add => {
            let delta = read(args + w);
            let old = m.atomic(addr, size32, AtomicOp::Add(delta));
            let new = old.wrapping_add(delta);
            write(result_at(w + size), new);
        }
        Kind::CompareAndSwap => {
            let (old, new) = (read(args + w), read(args + w + size));
            let prev = m.atomic(addr, size32, AtomicOp::CompareAndSwap(old, new));
            let mask = if size == 8 {
                u64::MAX
            } else {
                (1 << (8 * size)) - 1
            };
            m.write_bytes(
                result_at(w + 2 * size),
                &[u8::from(prev & mask == old & mask)],
            );
        }
    }
    Ok(())
}
