//! The runtime: goroutines, stack segments, scheduler, heap, traces
//! (DESIGN §2, §5-§9). It knows nothing of the compiler; the JIT depends on
//! it for the ABI constants in [`abi`], the numbers of [`services`], the
//! layouts of [`typedesc`] and [`functab`], and the addresses of the entry
//! points the stubs call ([`exec::entry_points`]).

// The stack contract (G, Stktop, split-check constants) is the ABI crate's.
pub use splitgo_abi::stack as abi;
pub mod arch;
pub mod atof;
pub mod atomic;
pub use splitgo_abi::bounds;
pub mod bytealg;
pub mod callers;
pub mod chan;
pub mod debugvars;
pub mod equal;
pub mod exec;
pub mod explog;
pub mod functab;
pub mod g;
pub mod goroot;
pub mod heap;
pub mod heaplayout;
pub mod hmap;
pub mod itab;
pub mod mem;
pub mod methods;
pub mod oom;
pub mod osfile;
pub mod osfs;
pub mod print;
pub mod printf;
pub mod reflect;
pub mod regexp;
pub mod roots;
pub mod scanstore;
pub mod sched;
pub mod select;
pub mod sema;
pub mod service_ctx;
pub mod services;
pub mod signals;
pub mod slice;
pub mod stack;
pub mod stop;
pub mod strconv;
pub mod swapper;
pub mod sysmem;
pub mod textdefault;
pub mod throw;
pub mod traceback;
pub mod typedesc;
pub mod unsafe_slice;
pub mod value;
pub mod zerovalue;
