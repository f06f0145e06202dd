//! The package cache: export data of the standard library's packages
//! (splitgo_lang::export), kept in a directory between runs as Go keeps its
//! build cache, so that a run parses and checks only its own code.
//!
//! Where: `$SPLITGO_CACHE` if set (`off` turns the cache off), else
//! `$XDG_CACHE_HOME/splitgo`, else `$HOME/.cache/splitgo`. Entries live in
//! a directory named for this build (`build.rs` hashes the front end's and
//! the library's sources) and the target; a file per package. A new file
//! is written under a temporary name and renamed, so concurrent runs never
//! read half a file; a damaged or foreign file is rebuilt. Directories of
//! other builds not touched for a day are removed when a new one is made.

use splitgo_lang::export::{Bytes, PackageStore};
use splitgo_lang::Target;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The cache directory of this build, if the cache is on.
pub struct DirStore {
    root: PathBuf,
}

const BUILD_ID: &str = env!("SPLITGO_BUILD_ID");

/// How long another build's entries are kept.
const KEEP_OTHERS: Duration = Duration::from_secs(24 * 3600);

impl DirStore {
    /// The store the environment asks for; `None` when it is off, there is
    /// no home to put it in, or the directory cannot be written: a store
    /// that keeps nothing would make every run check every imported
    /// package whole, slower than checking from source.
    pub fn from_env() -> Option<DirStore> {
        let base = match std::env::var_os("SPLITGO_CACHE") {
            Some(v) if v == "off" => return None,
            Some(v) if !v.is_empty() => PathBuf::from(v),
            _ => match std::env::var_os("XDG_CACHE_HOME") {
                Some(x) if !x.is_empty() => PathBuf::from(x).join("splitgo"),
                _ => PathBuf::from(std::env::var_os("HOME")?).join(".cache/splitgo"),
            },
        };
        std::fs::create_dir_all(&base).ok()?;
        writable(&base).then_some(DirStore { root: base })
    }

    fn dir(&self, target: Target) -> PathBuf {
        self.root.join(format!("pkg-{BUILD_ID}-{}", target.name()))
    }

    /// The file of package `path`: its path with `/` spelled `%`.
    fn file(&self, path: &str, target: Target) -> PathBuf {
        self.dir(target)
            .join(format!("{}.sgx", path.replace('/', "%")))
    }
}

impl PackageStore for DirStore {
    fn get(&self, path: &str, target: Target) -> Option<Bytes> {
        let file = std::fs::File::open(self.file(path, target)).ok()?;
        Some(Box::new(Mapped::new(&file)?))
    }

    fn put(&self, path: &str, target: Target, data: &[u8]) {
        let dir = self.dir(target);
        if !dir.is_dir() {
            if std::fs::create_dir_all(&dir).is_err() {
                return;
            }
            remove_stale(&self.root, &dir);
        }
        let file = self.file(path, target);
        let tmp = dir.join(format!(
            ".{}.{}",
            std::process::id(),
            file.file_name().and_then(|f| f.to_str()).unwrap_or("x")
        ));
        if std::fs::write(&tmp, data).is_ok() && std::fs::rename(&tmp, &file).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

/// Whether this process may create files in `dir`.
fn writable(dir: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: access(2) only reads the NUL-terminated path.
    unsafe { libc::access(c.as_ptr(), libc::W_OK | libc::X_OK) == 0 }
}

/// Removes the entries of other builds that no run has added to for a day.
fn remove_stale(root: &Path, keep: &Path) {
    let Ok(rd) = std::fs::read_dir(root) else {
        return;
    };
    let now = SystemTime::now();
    for e in rd.flatten() {
        let p = e.path();
        let ours = p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("pkg-"));
        if !ours || p == keep {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > KEEP_OTHERS);
        if old {
            let _ = std::fs::remove_dir_all(&p);
        }
    }
}

/// A cache file mapped read-only: a run touches only the pages of the
/// units it loads, and nothing is copied. Files are replaced by renaming,
/// never rewritten in place, so a mapping always sees one whole file.
struct Mapped {
    at: *const u8,
    len: usize,
}

impl Mapped {
    fn new(file: &std::fs::File) -> Option<Mapped> {
        use std::os::fd::AsRawFd;
        let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
        if len == 0 {
            return None;
        }
        // SAFETY: a private read-only mapping of a file we opened; the
        // pointer is checked before use and unmapped once, on drop.
        let at = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ,
                libc::MAP_PRIVATE,
                file.as_raw_fd(),
                0,
            )
        };
        (at != libc::MAP_FAILED).then_some(Mapped {
            at: at as *const u8,
            len,
        })
    }
}

impl std::ops::Deref for Mapped {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        // SAFETY: `at` maps `len` readable bytes for the life of `self`.
        unsafe { std::slice::from_raw_parts(self.at, self.len) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly the mapping `new` made.
        unsafe {
            libc::munmap(self.at as *mut libc::c_void, self.len);
        }
    }
}
