//! The runtime ABI of splitgo, written once: what compiled code and the
//! runtime must agree on, for the compiler (splitgo-lang's IR and its
//! reference interpreter), the code generator (splitgo-jit) and the runtime
//! (splitgo-runtime) alike.
//!
//! - [`Service`]: the runtime services compiled code calls, with their
//!   numbers, argument and result layouts, and whether they return.
//! - [`print_kind`]: the codes `print`/`println` pass to the runtime.
//! - [`amd64`]: facts of the amd64 calling sequence the runtime relies on.
//! - Pure helpers whose results must not differ between the interpreter
//!   and the runtime: [`complex128div`], [`decode_rune`],
//!   [`unsafe_slice_check`].
//!
//! It depends on nothing, so every other crate of the workspace can use it.

pub mod amd64;
mod complex;
pub mod print_kind;
mod service;
mod unsafe_slice;
mod utf8;

pub use complex::complex128div;
pub use service::{Block, Frame, Service};
pub use unsafe_slice::unsafe_slice_check;
pub use utf8::decode_rune;
