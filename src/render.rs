//! Printing diagnostics, in one of two forms:
//!
//! - **short**, gc's one-line form, `prog.go:12:5: undefined: x`: when
//!   stderr is not a terminal, or with `--short`. Columns are bytes from 1,
//!   file names as the user gave them. Notes are not shown, as gc shows none.
//! - **rich**, codespan-reporting's, on a terminal: the message, the source
//!   line with the place underlined, and each note as a secondary label.
//!
//! Both stop like gc: when there are [`MAX_ERRORS`] or more, the first
//! [`MAX_ERRORS`] are printed and then `FILE:LINE:COL: too many errors`, at
//! the position of the last one printed. (gc 1.19 does exactly this, even
//! when there are exactly ten errors; checked with `go build`.)

use codespan_reporting::diagnostic::{Diagnostic as Report, Label};
use codespan_reporting::files::{Error as FilesError, Files};
use codespan_reporting::term::{self, termcolor, Config};
use splitgo_lang::source::SourceFile;
use splitgo_lang::{Diagnostic, FileId, SourceMap, Span};
use std::io::{self, IsTerminal, Write};
use std::ops::Range;

/// How many errors gc prints before giving up with `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// Which form to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Short,
    Rich,
}

impl Style {
    /// Short when asked for (`--short`) or when stderr is not a terminal.
    pub fn for_stderr(short: bool) -> Style {
        if short || !io::stderr().is_terminal() {
            Style::Short
        } else {
            Style::Rich
        }
    }
}

/// Prints `diags` to stderr in `style`, capped as gc caps them. Write errors
/// (a closed stderr) are ignored: there is nowhere left to report them.
pub fn emit(map: &SourceMap, diags: &[Diagnostic], style: Style) {
    match style {
        Style::Short => {
            let mut err = io::stderr().lock();
            let _ = err.write_all(short_text(map, diags).as_bytes());
        }
        Style::Rich => {
            let stream = termcolor::StandardStream::stderr(termcolor::ColorChoice::Auto);
            let mut out = stream.lock();
            let config = Config::default();
            let files = MapFiles(map);
            for d in diags.iter().take(MAX_ERRORS) {
                let _ = term::emit_to_write_style(&mut out, &config, &files, &rich(map, d));
            }
            if let Some(line) = too_many_line(map, diags) {
                let _ = writeln!(out, "{line}");
            }
        }
    }
}

/// The short form of `diags`, one line each (a message may itself hold
/// newlines), capped at [`MAX_ERRORS`].
pub fn short_text(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut text = String::new();
    for d in diags.iter().take(MAX_ERRORS) {
        text.push_str(&format!("{}: {}\n", position(map, d.span), d.message));
    }
    if let Some(line) = too_many_line(map, diags) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}

/// `FILE:LINE:COL: too many errors` when gc would print it.
fn too_many_line(map: &SourceMap, diags: &[Diagnostic]) -> Option<String> {
    if diags.len() < MAX_ERRORS {
        return None;
    }
    let last = &diags[MAX_ERRORS - 1];
    Some(format!("{}: too many errors", position(map, last.span)))
}

/// `name:line:col` of the start of `span`, as gc prints positions. Never
/// panics, even for a span the front end got wrong.
pub fn position(map: &SourceMap, span: Span) -> String {
    match file(map, span.file) {
        Some(f) => f.pos_string(clamp(&f.text, span.lo as usize)),
        None => "<unknown>".to_string(),
    }
}

/// The 1-based line of the start of `span`, if its file is known.
pub fn line_of(map: &SourceMap, span: Span) -> Option<usize> {
    let f = file(map, span.file)?;
    Some(f.line_col(clamp(&f.text, span.lo as usize)).0)
}

/// The file `id` of `map`, or `None` for an id that is not there.
fn file(map: &SourceMap, id: FileId) -> Option<&SourceFile> {
    map.files().nth(id.0 as usize).map(|(_, f)| f)
}

/// `offset` moved into `text` and onto a character boundary, so slicing and
/// line lookups never panic on a bad span.
fn clamp(text: &str, offset: usize) -> usize {
    let mut i = offset.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The byte range of `span` in its file, clamped (see [`clamp`]).
fn range(map: &SourceMap, span: Span) -> Range<usize> {
    match file(map, span.file) {
        Some(f) => {
            let lo = clamp(&f.text, span.lo as usize);
            lo..clamp(&f.text, span.hi as usize).max(lo)
        }
        None => 0..0,
    }
}

/// The codespan form of one diagnostic: an error with a primary label at
/// its span and a secondary label for each note in a known file.
fn rich(map: &SourceMap, d: &Diagnostic) -> Report<FileId> {
    let mut labels = vec![Label::primary(d.span.file, range(map, d.span))];
    for (span, note) in &d.notes {
        if file(map, span.file).is_some() {
            labels.push(Label::secondary(span.file, range(map, *span)).with_message(note));
        }
    }
    Report::error().with_message(&d.message).with_labels(labels)
}

/// A [`SourceMap`] seen as codespan's file database. Columns are counted in
/// bytes, like gc's and the short form's, so both forms agree on positions.
struct MapFiles<'m>(&'m SourceMap);

impl<'m> MapFiles<'m> {
    fn get(&self, id: FileId) -> Result<&'m SourceFile, FilesError> {
        file(self.0, id).ok_or(FilesError::FileMissing)
    }
}

impl<'m> Files<'m> for MapFiles<'m> {
    type FileId = FileId;
    type Name = &'m str;
    type Source = &'m str;

    fn name(&'m self, id: FileId) -> Result<&'m str, FilesError> {
        Ok(&self.get(id)?.name)
    }

    fn source(&'m self, id: FileId) -> Result<&'m str, FilesError> {
        Ok(&self.get(id)?.text)
    }

    fn line_index(&'m self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        let f = self.get(id)?;
        Ok(f.line_col(clamp(&f.text, byte_index)).0 - 1)
    }

    fn column_number(
        &'m self,
        id: FileId,
        _line_index: usize,
        byte_index: usize,
    ) -> Result<usize, FilesError> {
        let f = self.get(id)?;
        Ok(f.line_col(clamp(&f.text, byte_index)).1)
    }

    fn line_range(&'m self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        let f = self.get(id)?;
        let starts = f.line_starts();
        let start = *starts.get(line_index).ok_or(FilesError::LineTooLarge {
            given: line_index,
            max: starts.len() - 1,
        })?;
        let end = starts.get(line_index + 1).copied().unwrap_or(f.text.len());
        Ok(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map_with(text: &str) -> (SourceMap, FileId) {
        let mut map = SourceMap::new();
        let id = map.add("./prog.go", text.as_bytes());
        (map, id)
    }

    #[test]
    fn short_form_is_gcs() {
        let (map, id) = map_with("package main\n\nfunc main() {\n\tx\n}\n");
        let d = Diagnostic::new(Span::new(id, 29, 30), "undefined: x");
        assert_eq!(short_text(&map, &[d]), "./prog.go:4:2: undefined: x\n");
    }

    #[test]
    fn cap_at_ten_like_gc() {
        let text = "x\n".repeat(12);
        let (map, id) = map_with(&text);
        let diags: Vec<_> = (0..12)
            .map(|i| Diagnostic::new(Span::new(id, 2 * i, 2 * i + 1), format!("e{i}")))
            .collect();
        let out = short_text(&map, &diags);
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines.len(), 11);
        assert_eq!(lines[9], "./prog.go:10:1: e9");
        assert_eq!(lines[10], "./prog.go:10:1: too many errors");
        // Nine errors: no cap line.
        assert_eq!(short_text(&map, &diags[..9]).lines().count(), 9);
    }

    #[test]
    fn rich_form_shows_notes_and_survives_bad_spans() {
        let (map, id) = map_with("package main\nvar x int\nvar x int\n");
        let d = Diagnostic::new(Span::new(id, 27, 28), "x redeclared in this block")
            .with_note(Span::new(id, 17, 18), "other declaration of x")
            .with_note(Span::new(FileId(9), 0, 1), "in no file");
        let out = term::emit_into_string(&Config::default(), &MapFiles(&map), &rich(&map, &d))
            .expect("renders");
        assert!(out.contains("x redeclared in this block"), "{out}");
        assert!(out.contains("./prog.go:3:5"), "{out}");
        assert!(out.contains("other declaration of x"), "{out}");
        let wild = Diagnostic::new(Span::new(id, 1000, 2000), "past the end");
        assert_eq!(position(&map, wild.span), "./prog.go:4:1");
        term::emit_into_string(&Config::default(), &MapFiles(&map), &rich(&map, &wild))
            .expect("renders");
    }
}
