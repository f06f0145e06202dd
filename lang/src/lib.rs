//! splitgo's front end: Go source in, a checked package (or diagnostics) out.
//!
//! The pipeline, one module each:
//! - [`lexer`]: logos tokens plus Go's semicolon insertion; bad input becomes
//!   flagged tokens, never a panic.
//! - [`parse`]: the lalrpop grammar (`grammar.lalrpop`) builds the [`ast`].
//! - [`check`]: scopes, types, untyped constants ([`constant`]), assignability,
//!   method sets, unused names, labels and returns; reports [`Diagnostic`]s.
//!
//! This crate knows no machine except through [`Target`] sizes, and holds no
//! unsafe code.
#![forbid(unsafe_code)]

pub mod ast;
pub mod check;
pub mod constant;
pub mod diag;
pub mod export;
pub mod ir;
pub mod lexer;
pub mod linedir;
pub mod literal;
pub mod parse;
pub mod quote;
pub mod source;
pub mod target;
pub mod token;
pub mod types;

pub use diag::Diagnostic;
pub use source::{FileId, SourceMap, Span};
pub use target::Target;

/// Where the checker finds the source of an imported package.
pub trait Importer {
    /// The files (name, Go source) of the package at `path`, or `None` if
    /// there is no such package.
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>>;

    /// The same files, borrowed for the whole run, when the importer holds
    /// them so (the standard library is embedded in the binary): adding
    /// them to a source map then copies nothing. `None` otherwise.
    fn static_files(&self, _path: &str) -> Option<Vec<(&'static str, &'static str)>> {
        None
    }
}

/// An importer that knows no packages.
pub struct NoImports;

impl Importer for NoImports {
    fn package_files(&self, _path: &str) -> Option<Vec<(String, String)>> {
        None
    }
}

/// Parses and type-checks the files `files` (already in `map`) as one package.
/// Imported packages are loaded through `importer` and added to `map`, so
/// diagnostics in them can be shown too. Diagnostics come back sorted by position.
pub fn check_package(
    map: &mut SourceMap,
    files: &[FileId],
    importer: &dyn Importer,
    target: Target,
) -> check::Checked {
    check::check_package(map, files, importer, target)
}
