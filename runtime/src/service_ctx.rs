//! [`ServiceCtx`]: what a runtime service or native may touch (program
//! memory, the heap, the maps, the output), and [`write_string`], which
//! returns a Go string through it. A leaf, so that the natives implemented
//! outside services.rs take the context without importing the dispatcher.

use crate::heap::Heap;
use crate::hmap::Maps;
use crate::mem::Mem;
use crate::print::Output;
use crate::stack::StackConfig;
use crate::stop::Stop;

/// What services may touch.
pub struct ServiceCtx<'a, M: Mem + ?Sized> {
    pub mem: &'a M,
    pub heap: &'a mut Heap,
    pub maps: &'a mut Maps,
    pub out: &'a mut Output,
    pub cfg: &'a StackConfig,
    pub itabs: &'a mut crate::itab::Itabs,
}

/// Allocates a copy of `bytes` and stores the string header at `at`.
pub(crate) fn write_string<M: Mem + ?Sized>(
    cx: &mut ServiceCtx<'_, M>,
    at: u64,
    bytes: &[u8],
) -> Result<(), Stop> {
    let w = u64::from(cx.mem.word().0);
    let p = if bytes.is_empty() {
        0
    } else {
        let p = cx.heap.alloc_bytes(bytes.len() as u64, 1)?;
        cx.mem.write_bytes(p, bytes);
        p
    };
    cx.mem.write_word(at, p);
    cx.mem.write_word(at + w, bytes.len() as u64);
    Ok(())
}
