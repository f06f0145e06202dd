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

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The variables the answer depends on, as they were at start-up.
struct Start {
    goroot: Option<OsString>,
    path: Option<OsString>,
}

static START: OnceLock<Start> = OnceLock::new();
static GOROOT: OnceLock<Vec<u8>> = OnceLock::new();

/// Fixes the environment the answer comes from; called once before any Go
/// code runs, so that a later os.Setenv("GOROOT", ...) or of $PATH does
/// not change it (as under gc). Only the two variables are copied here:
/// searching $PATH takes a score of system calls, which a program that
/// never asks should not pay at every start (docs/startup.md).
pub fn capture() {
    START.get_or_init(Start::now);
}

impl Start {
    fn now() -> Start {
        Start {
            goroot: std::env::var_os("GOROOT"),
            path: std::env::var_os("PATH"),
        }
    }
}

/// The root, as bytes of a path; worked out at the first call.
pub fn goroot() -> &'static [u8] {
    GOROOT.get_or_init(|| find(START.get_or_init(Start::now)))
}

fn find(start: &Start) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(v) = &start.goroot {
        if !v.is_empty() {
            return v.as_bytes().to_vec();
        }
    }
    installed(start.path.as_deref())
        .map(|p| p.as_os_str().as_bytes().to_vec())
        .unwrap_or_default()
}

/// Whether `root` looks like a Go tree.
fn has_src(root: &Path) -> bool {
    root.join("src").is_dir()
}

/// The root of the Go on $PATH, else of one at a usual place.
fn installed(path: Option<&std::ffi::OsStr>) -> Option<PathBuf> {
    let on_path = path.and_then(|paths| {
        std::env::split_paths(paths)
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
