//! The runtime: goroutines, stack segments, scheduler, heap, traces
//! (DESIGN §2, §5-§9). It knows nothing of the compiler; the JIT depends on
//! it only for the ABI constants in [`abi`].

pub mod abi;
pub mod arch;
pub mod mem;
pub mod stack;
pub mod throw;
