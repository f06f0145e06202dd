//! The JIT: IR to machine code, one module per architecture behind one
//! [`backend::Backend`] trait (DESIGN §2, §4, §5). The amd64 backend
//! compiles whole programs ([`compile`]): its instruction selector
//! (`x64::emit`), the runtime stubs (`x64::stubs`) and the function table
//! ([`functab`]); the 386 and arm64 backends have their prologues so far.

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
