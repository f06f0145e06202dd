//! `unsafe.Slice(ptr, len)`: the UnsafeSlice service, which makes the slice
//! `ptr[:len:len]` after gc's checks of the length (runtime.unsafeslice);
//! the rule is the ABI crate's [`unsafe_slice_check`], shared with the
//! reference interpreter.

use crate::mem::Mem;
use crate::stop::Stop;
use splitgo_abi::unsafe_slice_check;

/// The UnsafeSlice service: args = element size, ptr, len (words); the
/// slice goes to words 3..6.
pub fn unsafe_slice<M: Mem + ?Sized>(m: &M, args: u64) -> Result<(), Stop> {
    let w = u64::from(m.word().0);
    let (es, ptr, len) = (
        m.read_word(args),
        m.read_word(args + w),
        m.read_word(args + 2 * w),
    );
    unsafe_slice_check(es, ptr, len, 8 * w as u32).map_err(|msg| Stop::Panic(msg.into()))?;
    m.write_word(args + 3 * w, ptr);
    m.write_word(args + 4 * w, len);
    m.write_word(args + 5 * w, len);
    Ok(())
}
