//! The files of the package named on the command line: one directory (all
//! its `.go` files) or a list of files, read into a [`SourceMap`].
//!
//! Names are kept as the user wrote them (`./prog.go`, `dir/a.go`), because
//! diagnostics print them back that way, as gc does. Failures are worded as
//! Go words them: `open nosuch.go: no such file or directory`.

use splitgo_lang::{FileId, SourceMap};
use std::fs;
use std::io;
use std::path::Path;

/// A package's files, loaded.
pub struct Package {
    pub map: SourceMap,
    pub files: Vec<FileId>,
}

/// Why a package could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// A file or directory is missing or unreadable, or holds no Go files
    /// (exit status 1, as go's).
    Io(String),
    /// The paths do not name one package (exit status 2).
    Usage(String),
}

/// Loads the package named by `paths`: a single directory, or one or more files.
pub fn load(paths: &[String]) -> Result<Package, LoadError> {
    let mut names = Vec::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| LoadError::Io(open_error(path, &e)))?;
        if meta.is_dir() {
            if paths.len() > 1 {
                return Err(LoadError::Usage(format!(
                    "{path} is a directory: give one directory or a list of files"
                )));
            }
            names = go_files_in(path)?;
        } else {
            names.push(path.clone());
        }
    }
    let mut map = SourceMap::new();
    let mut files = Vec::with_capacity(names.len());
    for name in names {
        let bytes = fs::read(&name).map_err(|e| LoadError::Io(open_error(&name, &e)))?;
        files.push(map.add(name, &bytes));
    }
    Ok(Package { map, files })
}

/// The Go files of directory `dir`, sorted, as go build picks them: names
/// ending in `.go`, except tests (`_test.go`) and names starting with `.`
/// or `_`.
pub fn go_files_in(dir: &str) -> Result<Vec<String>, LoadError> {
    let entries = fs::read_dir(dir).map_err(|e| LoadError::Io(open_error(dir, &e)))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| LoadError::Io(open_error(dir, &e)))?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let wanted = name.ends_with(".go")
            && !name.ends_with("_test.go")
            && !name.starts_with('.')
            && !name.starts_with('_');
        if wanted && entry.path().is_file() {
            names.push(Path::new(dir).join(name).to_string_lossy().into_owned());
        }
    }
    if names.is_empty() {
        return Err(LoadError::Io(format!("no Go files in {dir}")));
    }
    names.sort();
    Ok(names)
}

/// `open PATH: REASON` with the reason in Go's (C's strerror, lower-cased)
/// words and without Rust's ` (os error N)` suffix.
pub fn open_error(path: &str, err: &io::Error) -> String {
    format!("open {path}: {}", os_error_text(err))
}

/// The text of an I/O error as Go prints a syscall error: `no such file or
/// directory`, `permission denied`, `is a directory`.
pub fn os_error_text(err: &io::Error) -> String {
    let text = err.to_string();
    let text = match text.find(" (os error ") {
        Some(i) => &text[..i],
        None => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_reads_like_go() {
        let err = io::Error::from_raw_os_error(2);
        assert_eq!(
            open_error("nosuch.go", &err),
            "open nosuch.go: no such file or directory"
        );
        let err = io::Error::from_raw_os_error(13);
        assert_eq!(os_error_text(&err), "permission denied");
    }
}
