//! `SPLITGO_DEBUG=heapmaps`: the heap's pointer bitmap checked against the
//! running program. Every [`EVERY`]th service call (less often once the
//! heap is large: see [`BYTES_PER_CALL`]), every word of every
//! heap object that the bitmap marks as a pointer must hold an address
//! the process has mapped, or a value in the never-mapped first page (nil
//! among them); a length, a count or a float's bits almost never passes, so a wrong layout from the compiler or
//! the runtime shows as a throw naming the word and its value. The corpus
//! runs clean under it (tests/heapmaps.rs), and `SPLITGO_DEBUG=heapints`
//! (every word of a typed object marked) shows the check catches wrong
//! bits.

use super::Thread;
use crate::mem::Mem;
use crate::throw::Fatal;

/// Service calls between walks at least: each walk reads the whole
/// bitmap, so walking at every call would make an allocating loop
/// quadratic.
pub(super) const EVERY: u64 = 64;

/// Heap bytes a walk may cover per service call since the last one: a
/// walk waits until that many calls have passed, so the check costs each
/// call a bounded amount however large the heap grows.
const BYTES_PER_CALL: u64 = 1 << 10;

impl Thread {
    /// Walks the heap's pointer words if this call is the one in
    /// [`EVERY`] due.
    pub(super) fn check_heap_maps(&mut self) -> Result<(), Fatal> {
        self.heap_check_calls += 1;
        let due = EVERY.max(self.heap.allocated / BYTES_PER_CALL);
        if self.heap_check_calls < due {
            return Ok(());
        }
        self.heap_check_calls = 0;
        let m = &self.mem;
        let heap = &self.heap;
        let mut bad = None;
        heap.each_pointer_word(&mut |at| {
            if bad.is_some() {
                return;
            }
            let v = m.read_word(at);
            // A value in the first page is left alone, as Go's collector
            // leaves any pointer outside its arenas: an unsafe.Pointer
            // made from a small integer (`unsafe.Pointer(uintptr(1234))`)
            // is something a program may hold and print.
            if v >= splitgo_abi::NIL_GUARD && !heap.contains(v) && !crate::sysmem::is_mapped(v) {
                bad = Some((at, v));
            }
        });
        match bad {
            None => Ok(()),
            Some((at, v)) => Err(Fatal::new("heap bitmap marks a word that holds no pointer")
                .line(format!("runtime: heap word {at:#x} holds {v:#x}"))),
        }
    }
}
