//! The JIT: IR to machine code, one module per architecture behind one
//! [`backend::Backend`] trait (DESIGN §2, §4, §5). So far: the trait and
//! each architecture's split-check prologue.

pub mod arm64;
pub mod backend;
pub mod x64;
pub mod x86;
