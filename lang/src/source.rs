//! Source files, the spans that point into them, and line/column lookup.
//!
//! A [`Span`] is a byte range in one file. Columns are counted in bytes from 1,
//! as gc counts them, so `prog.go:12:5` means the same place to both tools.
//! Positions the program reports go through the file's line directives
//! ([`crate::linedir`]); `line_col` is the physical place.

use crate::linedir::{Directives, PosFile};

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct FileId(pub u32);

/// Byte range `lo..hi` in file `file`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    pub file: FileId,
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(file: FileId, lo: usize, hi: usize) -> Span {
        Span {
            file,
            lo: lo as u32,
            hi: hi as u32,
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }

    /// The empty span at the start of this one.
    pub fn start(self) -> Span {
        Span {
            hi: self.lo,
            ..self
        }
    }
}

/// One source file: its name as the user gave it, its text and line starts.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    /// Borrowed for sources that live as long as the program (the
    /// standard library's, embedded in the binary): no copy is made.
    pub text: std::borrow::Cow<'static, str>,
    /// Byte offsets where invalid UTF-8 was replaced while loading.
    pub bad_utf8: Vec<usize>,
    line_starts: Vec<usize>,
    /// Its `//line` and `/*line*/` directives.
    pub directives: Directives,
}

impl SourceFile {
    /// 1-based line and byte column of `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line + 1, offset - self.line_starts[line] + 1)
    }

    pub fn line_starts(&self) -> &[usize] {
        &self.line_starts
    }

    /// The file, line and column (0 when a directive left it unknown) that
    /// gc reports for `offset`, after line directives.
    pub fn pos(&self, offset: usize) -> (PosFile<'_>, usize, usize) {
        self.directives.map(offset, self.line_col(offset))
    }

    /// `name:line:col` (or `name:line` when the column is unknown) of
    /// `offset`, as gc prints positions.
    pub fn pos_string(&self, offset: usize) -> String {
        let (file, line, col) = self.pos(offset);
        let name = match file {
            PosFile::Physical => &self.name,
            PosFile::Named(n) => n,
        };
        if col == 0 {
            format!("{name}:{line}")
        } else {
            format!("{name}:{line}:{col}")
        }
    }
}

/// All files of one compilation.
#[derive(Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file from raw bytes. Invalid UTF-8 sequences are replaced by
    /// U+FFFD and their offsets remembered, so the parser can report them
    /// (Go: `invalid UTF-8 encoding`) instead of refusing the file outright.
    pub fn add(&mut self, name: impl Into<String>, bytes: &[u8]) -> FileId {
        let (text, bad_utf8) = match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_owned(), Vec::new()),
            Err(_) => decode_lossy(bytes),
        };
        self.add_text(name.into(), std::borrow::Cow::Owned(text), bad_utf8)
    }

    /// Adds a file whose text is known to be UTF-8, borrowing it when it
    /// is `'static`.
    pub fn add_static(&mut self, name: impl Into<String>, text: &'static str) -> FileId {
        self.add_text(name.into(), std::borrow::Cow::Borrowed(text), Vec::new())
    }

    fn add_text(
        &mut self,
        name: String,
        text: std::borrow::Cow<'static, str>,
        bad_utf8: Vec<usize>,
    ) -> FileId {
        let mut line_starts = vec![0];
        // memchr's search: a file is added for every imported package on
        // every run, so this loop is on the start-up path.
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let directives = Directives::scan(&text, &line_starts);
        self.files.push(SourceFile {
            name,
            text,
            bad_utf8,
            line_starts,
            directives,
        });
        FileId(self.files.len() as u32 - 1)
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// File name, line and column of the start of `span` after line
    /// directives (column 0: unknown, see [`SourceFile::pos`]).
    pub fn position(&self, span: Span) -> (String, usize, usize) {
        let f = self.get(span.file);
        let (file, l, c) = f.pos(span.lo as usize);
        let name = match file {
            PosFile::Physical => f.name.clone(),
            PosFile::Named(n) => n.to_string(),
        };
        (name, l, c)
    }

    /// `name:line:col` of the start of `span`, as gc prints positions
    /// (`name:line` where a line directive left the column unknown).
    pub fn pos_string(&self, span: Span) -> String {
        self.get(span.file).pos_string(span.lo as usize)
    }
}

/// Replaces each invalid UTF-8 sequence by U+FFFD and records where, in the
/// output text, each replacement landed.
fn decode_lossy(mut bytes: &[u8]) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(bytes.len());
    let mut bad = Vec::new();
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return (out, bad);
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: the prefix was just validated.
                out.push_str(std::str::from_utf8(&bytes[..good]).unwrap_or_default());
                bad.push(out.len());
                out.push('\u{FFFD}');
                let skip = e.error_len().unwrap_or(bytes.len() - good);
                bytes = &bytes[good + skip..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column() {
        let mut m = SourceMap::new();
        let id = m.add("a.go", b"ab\ncd\n\nx");
        let f = m.get(id);
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(1), (1, 2));
        assert_eq!(f.line_col(3), (2, 1));
        assert_eq!(f.line_col(6), (3, 1));
        assert_eq!(f.line_col(7), (4, 1));
    }

    #[test]
    fn invalid_utf8_is_replaced_and_recorded() {
        let mut m = SourceMap::new();
        let id = m.add("b.go", b"a\xffb\xc3");
        let f = m.get(id);
        assert_eq!(f.text, "a\u{FFFD}b\u{FFFD}");
        assert_eq!(f.bad_utf8, vec![1, 5]);
    }
}
