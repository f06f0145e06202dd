//! The source positions instructions carry ([`SrcPos`] codes): a span's
//! place after line directives ([`crate::linedir`]), as a line of the
//! function's own file or, for a file a directive named, an entry of
//! [`Module::positions`] interned here.
//!
//! The place of an operation is that of the token gc gives it: a call's
//! `(`, an index or slice expression's `[` (a directive may stand between
//! the operand and the bracket, and the bounds check must report the
//! bracket's line), otherwise the start of the expression or statement.

use super::*;
use crate::linedir::PosFile;
use std::cell::RefCell;

/// The named positions made so far, and their codes.
#[derive(Default)]
pub(super) struct NamedPositions {
    list: Vec<(String, u32)>,
    codes: HashMap<(String, u32), SrcPos>,
}

impl NamedPositions {
    pub(super) fn into_list(self) -> Vec<(String, u32)> {
        self.list
    }
}

pub(super) type NamedCell = RefCell<NamedPositions>;

impl ModuleBuilder<'_> {
    /// The position code of the start of `span`.
    pub(super) fn line(&self, span: Span) -> SrcPos {
        self.pos_at(span, span.lo as usize)
    }

    /// The position code of byte `offset` of `span`'s file.
    fn pos_at(&self, span: Span, offset: usize) -> SrcPos {
        let (file, line, _) = self.map.get(span.file).pos(offset);
        let line = line.min(NAMED_POS as usize - 1) as u32;
        match file {
            PosFile::Physical => line,
            PosFile::Named(name) => {
                let mut named = self.named_pos.borrow_mut();
                let key = (name.to_string(), line);
                if let Some(&code) = named.codes.get(&key) {
                    return code;
                }
                let code = NAMED_POS + named.list.len() as u32;
                named.list.push(key.clone());
                named.codes.insert(key, code);
                code
            }
        }
    }

    /// The line of a call `func(...)` as gc gives it to the call: that of
    /// its `(` (so `func() { ... }()` is at its last line, and a call
    /// split after `x.` is at the method's line).
    pub(super) fn call_line(&self, func: Span, call: Span) -> SrcPos {
        self.opening_line(func, call, b'(')
    }

    /// The position of the first `open` byte after `operand` within
    /// `whole`, skipping spaces and comments (a `/*line*/` directive may
    /// stand there); the start of `whole` if there is none.
    pub(super) fn opening_line(&self, operand: Span, whole: Span, open: u8) -> SrcPos {
        let text = &self.map.get(operand.file).text;
        let (mut i, end) = (operand.hi as usize, (whole.hi as usize).min(text.len()));
        let b = text.as_bytes();
        while i < end {
            match b[i] {
                c if c == open => return self.pos_at(operand, i),
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    while i < end && b[i] != b'\n' {
                        i += 1;
                    }
                }
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    i += 2;
                    while i + 1 < end && !(b[i] == b'*' && b[i + 1] == b'/') {
                        i += 1;
                    }
                    i += 2;
                }
                _ => i += 1,
            }
        }
        self.line(whole)
    }
}

impl FnBuilder<'_, '_> {
    /// The position of expression `e`'s operation: its `[` for an index or
    /// slice expression, else its start.
    pub(super) fn expr_line(&self, e: &ast::Expr) -> SrcPos {
        match &e.kind {
            ast::ExprKind::Index(x, _) | ast::ExprKind::Slice { x, .. } => {
                self.m.opening_line(x.span, e.span, b'[')
            }
            _ => self.line(e.span),
        }
    }
}
