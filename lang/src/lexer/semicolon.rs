//! Go's automatic semicolon insertion (The Go Programming Language
//! Specification, "Semicolons"): when the input is broken into tokens, a
//! semicolon is inserted after a line's final token if that token is
//! - an identifier,
//! - an integer, floating-point, imaginary, rune or string literal,
//! - one of the keywords `break`, `continue`, `fallthrough` or `return`,
//! - one of the operators and punctuation `++`, `--`, `)`, `]` or `}`.
//!
//! A general comment that spans lines counts as a newline; the end of the
//! file ends the last line.

use crate::token::RawTok;

#[derive(Default)]
pub struct Inserter {
    /// Whether the last significant token on this line ends a statement.
    ends_statement: bool,
}

impl Inserter {
    /// Records a significant token.
    pub fn saw(&mut self, tok: &RawTok<'_>) {
        use RawTok::*;
        self.ends_statement = matches!(
            tok,
            Ident(_)
                | Int(_)
                | Float(_)
                | Imag(_)
                | Rune(_)
                | String(_)
                | RawString(_)
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        );
    }

    /// Called at a line end: whether to insert a semicolon there.
    pub fn at_line_end(&mut self) -> bool {
        std::mem::take(&mut self.ends_statement)
    }
}
