//! Fuzz target: arbitrary bytes through the whole front end (lexer, parser,
//! checker) as `splitgo check` runs it, imports resolved from stdlib/.
//! Any panic is a bug: bad input must become diagnostics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use splitgo_lang::{check_package, Importer, SourceMap, Target};

/// The binary's importer: the Go source of stdlib/'s packages.
struct StdImporter;

impl Importer for StdImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }
}

fuzz_target!(|data: &[u8]| {
    let mut map = SourceMap::new();
    let id = map.add("fuzz.go", data);
    let _ = check_package(&mut map, &[id], &StdImporter, Target::AMD64);
});
