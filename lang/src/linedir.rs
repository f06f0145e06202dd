//! Line directives: comments that renumber the source after them.
//!
//! `//line name:line` and `//line name:line:col`, only at the very start
//! of a line, and `/*line name:line[:col]*/` anywhere, make every position
//! from the character after the comment count from the given line (and,
//! with `:col`, the given column on that same physical line) in the named
//! file. This module finds them in a file's text (a comment inside a
//! string is no directive: the file is tokenized to find real comments),
//! parses them with gc 1.19's rules and errors, and maps a byte offset to
//! the position the program reports: in diagnostics, runtime.Caller and
//! traces alike.

use crate::token::RawTok;
use logos::Logos;

/// The largest line or column a directive may name (gc's PosMax).
pub const POS_MAX: u64 = 1 << 30;

/// The file a position is in after directives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PosFile<'a> {
    /// The physical file, under its own name (what the user gave; the
    /// runtime shows it as an absolute path, as gc records file names).
    Physical,
    /// A name a directive gave, reported exactly as written (an empty
    /// name stays empty in diagnostics; the runtime shows `??`).
    Named(&'a str),
}

/// A directive in force from byte `at` of its file on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineBase {
    /// The first byte it applies to: the start of the next line for
    /// `//line`, the byte after `*/` for `/*line*/`.
    pub at: usize,
    /// Physical line and column of `at`, 1-based.
    phys_line: usize,
    phys_col: usize,
    /// `None`: the physical file's own name (a `:line:col` directive with
    /// no name, before any named one).
    pub file: Option<String>,
    pub line: u32,
    /// 0 when the directive gave no column: columns are then unknown until
    /// the next directive, as in gc.
    pub col: u32,
}

/// The directives of one file and the errors of those that are invalid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Directives {
    /// Sorted by `at`.
    pub bases: Vec<LineBase>,
    /// `(byte offset, message)` of each invalid directive, in gc's words.
    pub errors: Vec<(usize, String)>,
}

impl Directives {
    /// Finds the directives of `text`, whose lines start at `line_starts`.
    pub fn scan(text: &str, line_starts: &[usize]) -> Directives {
        let mut d = Directives::default();
        // Most files have none: skip tokenizing them.
        if !text.contains("//line ") && !text.contains("/*line ") {
            return d;
        }
        // A `#!` first line is not Go (parse.rs blanks it); start after it.
        let skip = if text.starts_with("#!") {
            text.find('\n').map_or(text.len(), |i| i + 1)
        } else {
            0
        };
        let mut lex = RawTok::lexer(&text[skip..]);
        while let Some(tok) = lex.next() {
            let span = lex.span();
            let (lo, hi) = (skip + span.start, skip + span.end);
            match tok {
                Ok(RawTok::LineComment) => {
                    let at_line_start = lo == 0 || text.as_bytes()[lo - 1] == b'\n';
                    let body = text[lo + 2..hi]
                        .strip_suffix('\r')
                        .unwrap_or(&text[lo + 2..hi]);
                    if let (true, Some(rest)) = (at_line_start, body.strip_prefix("line ")) {
                        // The newline ends the comment; what follows it is renumbered.
                        let at = (hi + 1).min(text.len());
                        d.add(text, line_starts, lo, at, rest);
                    }
                }
                Ok(RawTok::BlockComment(c)) if c.terminated => {
                    if let Some(rest) = c.text[2..c.text.len() - 2].strip_prefix("line ") {
                        d.add(text, line_starts, lo, hi, rest);
                    }
                }
                _ => {}
            }
        }
        d
    }

    /// Records the directive starting at byte `start` whose text after
    /// `line ` is `body`, in force from `at`.
    fn add(&mut self, text: &str, line_starts: &[usize], start: usize, at: usize, body: &str) {
        // Errors point into the directive: `//` or `/*`, `line `, then the
        // index in `body`.
        let err_at = |i: usize| start + 7 + i;
        let Some(last) = body.rfind(':') else {
            return; // no `:line`: an ordinary comment
        };
        let mut li = last + 1;
        let Some(n) = decimal(&body[li..]) else {
            self.errors
                .push((err_at(li), format!("invalid line number: {}", &body[li..])));
            return;
        };
        let mut name_end = last;
        let (line, col) = match body[..last].rfind(':') {
            Some(c2) if decimal(&body[c2 + 1..last]).is_some() => {
                let line = decimal(&body[c2 + 1..last]).unwrap_or(0);
                if n == 0 || n > POS_MAX {
                    self.errors.push((
                        err_at(li),
                        format!("invalid column number: {}", &body[li..]),
                    ));
                    return;
                }
                li = c2 + 1;
                name_end = c2;
                (line, n as u32)
            }
            _ => (n, 0),
        };
        if line == 0 || line > POS_MAX {
            self.errors.push((
                err_at(li),
                format!(
                    "invalid line number: {}",
                    &body[li..li + digits_len(&body[li..])]
                ),
            ));
            return;
        }
        let name = &body[..name_end];
        // With a column, no name means the name in force before.
        let file = if name.is_empty() && col != 0 {
            self.bases.last().and_then(|b| b.file.clone())
        } else {
            Some(name.to_string())
        };
        let (phys_line, phys_col) = line_col(text, line_starts, at);
        self.bases.push(LineBase {
            at,
            phys_line,
            phys_col,
            file,
            line: line as u32,
            col,
        });
    }

    /// The position of byte `offset` (1-based line and column of it in its
    /// physical file): its file, line and column (0 = unknown) after the
    /// directives before it.
    pub fn map(&self, offset: usize, phys: (usize, usize)) -> (PosFile<'_>, usize, usize) {
        let i = self.bases.partition_point(|b| b.at <= offset);
        let Some(b) = i.checked_sub(1).map(|i| &self.bases[i]) else {
            return (PosFile::Physical, phys.0, phys.1);
        };
        let line = b.line as usize + (phys.0 - b.phys_line);
        let col = if b.col == 0 {
            0
        } else if phys.0 == b.phys_line {
            b.col as usize + (phys.1 - b.phys_col)
        } else {
            phys.1
        };
        let file = b.file.as_deref().map_or(PosFile::Physical, PosFile::Named);
        (file, line, col)
    }
}

/// The value of `s` if it is a decimal number that fits 64 bits, as
/// strconv.ParseUint(s, 10, 0) accepts them (no sign, no `_`).
fn decimal(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn digits_len(s: &str) -> usize {
    s.bytes().take_while(u8::is_ascii_digit).count()
}

fn line_col(text: &str, line_starts: &[usize], offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let line = line_starts.partition_point(|&s| s <= offset) - 1;
    (line + 1, offset - line_starts[line] + 1)
}

#[cfg(test)]
mod tests;
