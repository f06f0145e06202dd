//! The token stream the parser reads: logos tokens ([`crate::token`]) with
//! comments and newlines removed, Go's semicolons inserted
//! ([`semicolon`]), and flagged tokens turned into [`LexError`]s.
//!
//! The stream also bounds bracket nesting at [`MAX_NESTING`], so hostile input
//! (100 000 open parentheses) ends in a diagnostic instead of exhausting the
//! stack of the later, recursive passes.

pub mod semicolon;

use crate::token::{RawTok, Tok};
use logos::Logos;

/// Deepest nesting of `(`, `[` and `{` accepted. Real programs stay far below;
/// the checker recurses once or a few times per level.
pub const MAX_NESTING: usize = 2000;

/// A lexical error, reported at byte range `lo..hi`.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub lo: usize,
    pub hi: usize,
    pub message: String,
}

/// An item of the parser's input: `(start, token, end)`.
pub type Spanned<'a> = Result<(usize, Tok<'a>, usize), LexError>;

pub struct Lexer<'a> {
    inner: logos::Lexer<'a, RawTok<'a>>,
    semi: semicolon::Inserter,
    depth: usize,
    /// A token held back while an inserted semicolon is delivered first.
    pending: Option<(usize, Tok<'a>, usize)>,
    done: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer {
            inner: RawTok::lexer(src),
            semi: semicolon::Inserter::default(),
            depth: 0,
            pending: None,
            done: false,
        }
    }

    fn error(&mut self, lo: usize, hi: usize, message: impl Into<String>) -> Option<Spanned<'a>> {
        self.done = true;
        Some(Err(LexError {
            lo,
            hi,
            message: message.into(),
        }))
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        if let Some(t) = self.pending.take() {
            return Some(Ok(t));
        }
        loop {
            if self.done {
                return None;
            }
            let Some(res) = self.inner.next() else {
                self.done = true;
                let end = self.inner.source().len();
                return self
                    .semi
                    .at_line_end()
                    .then_some(Ok((end, Tok::AutoSemi(true), end)));
            };
            let span = self.inner.span();
            let (lo, hi) = (span.start, span.end);
            let tok = match res {
                Ok(t) => t,
                Err(()) => {
                    let c = self.inner.source()[lo..].chars().next().unwrap_or('?');
                    return self.error(lo, hi.max(lo + c.len_utf8()), invalid_char(c));
                }
            };
            match tok {
                RawTok::Newline => {
                    if self.semi.at_line_end() {
                        return Some(Ok((lo, Tok::AutoSemi(false), lo)));
                    }
                    continue;
                }
                RawTok::BlockComment(d) => {
                    if !d.terminated {
                        return self.error(lo, lo + 2, "comment not terminated");
                    }
                    // A comment spanning lines acts like a newline.
                    if d.text.contains('\n') && self.semi.at_line_end() {
                        return Some(Ok((lo, Tok::AutoSemi(false), lo)));
                    }
                    continue;
                }
                RawTok::LineComment => continue,
                RawTok::String(d) if !d.terminated => {
                    // At the newline that ends it, as gc reports it; at the
                    // opening quote when the file ends instead.
                    return if hi < self.inner.source().len() {
                        self.error(hi, hi, "newline in string")
                    } else {
                        self.error(lo, hi, "string literal not terminated")
                    };
                }
                RawTok::RawString(d) if !d.terminated => {
                    return self.error(lo, hi, "raw string literal not terminated")
                }
                RawTok::Rune(d) if !d.terminated => {
                    return self.error(hi, hi, "rune literal not terminated")
                }
                RawTok::LParen | RawTok::LBrack | RawTok::LBrace => {
                    self.depth += 1;
                    if self.depth > MAX_NESTING {
                        return self.error(
                            lo,
                            hi,
                            format!("exceeded maximum nesting depth of {MAX_NESTING}"),
                        );
                    }
                }
                RawTok::RParen | RawTok::RBrack | RawTok::RBrace => {
                    self.depth = self.depth.saturating_sub(1);
                }
                _ => {}
            }
            // Go's rule: a `;` before a closing `)` or `}` may be omitted, and
            // the grammar relies on that, so nothing is inserted here.
            self.semi.saw(&tok);
            return Some(Ok((lo, Tok::Raw(tok), hi)));
        }
    }
}

/// gc's message for a character that starts no token.
fn invalid_char(c: char) -> String {
    if c == '\u{FFFD}' {
        "invalid UTF-8 encoding".to_string()
    } else if c == '\0' {
        "invalid NUL character".to_string()
    } else if c.is_control() || c.is_whitespace() {
        format!("invalid character U+{:04X}", c as u32)
    } else {
        format!("invalid character U+{:04X} '{c}'", c as u32)
    }
}

#[cfg(test)]
mod tests;
