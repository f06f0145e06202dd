//! The runtime ABI of splitgo, written once: what compiled code and the
//! runtime must agree on, for the compiler (splitgo-lang's IR and its
//! reference interpreter), the code generator (splitgo-jit) and the runtime
//! (splitgo-runtime) alike.
//!
//! - [`Service`]: the runtime services compiled code calls, with their
//!   numbers, argument and result layouts, and whether they return.
//! - [`print_kind`]: the codes `print`/`println` pass to the runtime.
//! - [`bounds`]: the codes of failed bound checks, and their messages.
//! - [`select`]: the case records of `select`; [`typeflag`]: the flag bits
//!   of type descriptors and field records; [`NIL_GUARD`].
//! - [`heaplayout`]: the layout words that tell the heap which words of
//!   an allocation hold pointers.
//! - [`stack`]: the stack contract: split-check constants, the layouts of
//!   the goroutine record G and of a segment's Stktop.
//! - [`amd64`]: facts of the amd64 calling sequence the runtime relies on.
//! - Pure helpers whose results must not differ between the interpreter
//!   and the runtime: [`complex128div`], [`decode_rune`],
//!   [`unsafe_slice_check`], the float texts of `print` and `%v`
//!   ([`go_print_float`], [`go_print_complex`], [`format_float_g`]), the
//!   sizes of slices ([`growslice`]), the string conversions ([`utf8`]),
//!   the text of a failed type assertion ([`assert_message`]).
//!
//! It depends on nothing, so every other crate of the workspace can use it.

pub mod amd64;
mod assert;
pub mod bounds;
mod complex;
mod floatfmt;
pub mod growslice;
pub mod heaplayout;
pub mod print_kind;
pub mod select;
mod service;
pub mod stack;
pub mod typeflag;
mod unsafe_slice;
pub mod utf8;

pub use assert::assert_message;
pub use complex::complex128div;
pub use floatfmt::{format_float_g, go_print_complex, go_print_float};
pub use service::{Block, Frame, Service};
pub use unsafe_slice::unsafe_slice_check;
pub use utf8::decode_rune;

/// Bytes at the bottom of the address space that are never mapped (Go:
/// minLegalPointer and the compiler's minZeroPage, 4096): an access through
/// a nil pointer at an offset below this faults, and the runtime's signal
/// handler makes that fault the nil-dereference panic, so the compiler
/// leaves out explicit nil checks of such accesses and checks the pointer
/// first before any farther one.
pub const NIL_GUARD: u64 = 0x1000;
