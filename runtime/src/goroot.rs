//! runtime.GOROOT: the root of a Go tree for programs that look for Go's
//! own sources (Go's test winbatch.go walks it).
//!
//! gc answers $GOROOT as it was when the program started, else the root
//! its toolchain was built with. splitgo has no toolchain of its own, so
//! the second half becomes the root of the Go installed on the machine:
//! the directory above the `bin/go` that $PATH finds, symbolic links
//! resolved (Debian's /usr/bin/go leads to /usr/lib/go-1.19), when it holds
//! `src/`; else the first of /usr/local/go and /usr/lib/go (where the
//! official archive and the distributions put it) that holds `src/`; else
//! "", as gc answers when it knows no root.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static GOROOT: OnceLock<Vec<u8>> = OnceLock::new();

/// Fixes the answer from the environment the program started with; called
/// once before any Go code runs, so that a later os.Setenv("GOROOT", ...)
/// does not change it (as under gc).
pub fn capture() {
    GOROOT.get_or_init(find);
}

/// The root, as bytes of a path.
pub fn goroot() -> &'static [u8] {
    GOROOT.get_or_init(find)
}

fn find() -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(v) = std::env::var_os("GOROOT") {
        if !v.is_empty() {
            return v.as_bytes().to_vec();
        }
    }
    installed()
        .map(|p| p.as_os_str().as_bytes().to_vec())
        .unwrap_or_default()
}

/// Whether `root` looks like a Go tree.
fn has_src(root: &Path) -> bool {
    root.join("src").is_dir()
}

/// The root of the Go on $PATH, else of one at a usual place.
fn installed() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("go"))
            .find(|go| go.is_file())
    });
    if let Some(go) = on_path {
        let real = std::fs::canonicalize(&go).unwrap_or(go);
        // <root>/bin/go
        if let Some(root) = real.parent().and_then(Path::parent) {
            if has_src(root) {
                return Some(root.to_path_buf());
            }
        }
    }
    ["/usr/local/go", "/usr/lib/go"]
        .iter()
        .map(PathBuf::from)
        .find(|r| has_src(r))
}
