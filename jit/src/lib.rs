//! The JIT: IR to machine code, one module per architecture behind one
//! [`backend::Backend`] trait (DESIGN §2, §4, §5). Programs are compiled
//! into an [`image::Image`] that grows by additions of a module, generic
//! over a [`mach::Machine`]; [`compile`] is one addition for the host.
//! amd64 supplies its machine operations (`x64::ops`), the runtime stubs
//! (`x64::stubs`) and the function table ([`functab`]); the 386 and arm64
//! backends have their prologues so far.

pub mod arm64;
pub mod backend;
pub mod codegen;
pub mod compile;
pub mod forward;
pub mod functab;
pub mod image;
pub mod inline;
pub mod locals;
pub mod mach;
pub mod regalloc;
pub mod rodata;
pub mod stackmap;
pub mod x64;
pub mod x86;

pub use compile::{compile, CompileError, Compiled};
