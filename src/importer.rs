//! Where `import "fmt"` finds its source: the packages of the `stdlib`
//! crate, embedded in the binary. DESIGN §3: a program imports from stdlib/
//! only, so no other place is searched.

use splitgo_lang::Importer;

/// The [`Importer`] of the `splitgo` binary: hands out the Go source of
/// stdlib/'s packages.
pub struct StdImporter;

impl Importer for StdImporter {
    fn package_files(&self, path: &str) -> Option<Vec<(String, String)>> {
        splitgo_stdlib::package_files(path)
    }

    fn static_files(&self, path: &str) -> Option<Vec<(&'static str, &'static str)>> {
        splitgo_stdlib::package_sources(path)
    }
}
