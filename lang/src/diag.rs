//! Diagnostics: what the front end reports. Rendering (terminal or gc's
//! one-line form) is the binary's job; this module only holds the data.

use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub span: Span,
    /// The message in gc's words, without position: `undefined: x`.
    pub message: String,
    /// Secondary places, e.g. `other declaration of x`.
    pub notes: Vec<(Span, String)>,
}

impl Diagnostic {
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span,
            message: message.into(),
            notes: Vec::new(),
        }
    }

    pub fn with_note(mut self, span: Span, note: impl Into<String>) -> Diagnostic {
        self.notes.push((span, note.into()));
        self
    }
}

/// Sorts diagnostics by position and drops exact repeats at one place
/// (gc reports one error per line at most for the same cause).
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| (d.span.file, d.span.lo));
    diags.dedup_by(|a, b| {
        a.span.file == b.span.file && a.span.lo == b.span.lo && a.message == b.message
    });
}
