//! The source positions instructions carry ([`SrcPos`] codes): a span's
//! place after line directives ([`crate::linedir`]), as a line of the
//! function's own file or, for any other file (one a directive named, or
//! another file of the package in `main.init`), an entry of
//! [`Module::positions`] interned here.
//!
//! The place of an operation is that of the token gc gives it: a call's
//! `(`, an index or slice expression's `[` (a directive may stand between
//! the operand and the bracket, and the bounds check must report the
//! bracket's line), otherwise the start of the expression or statement.

use super::*;
use crate::linedir::PosFile;
use crate::source::FileId;
use std::cell::RefCell;

/// The positions in other files made so far, and their codes.
#[derive(Default)]
pub(super) struct NamedPositions {
    list: Vec<SrcPlace>,
    codes: HashMap<SrcPlace, SrcPos>,
}

impl NamedPositions {
    pub(super) fn into_list(self) -> Vec<SrcPlace> {
        self.list
    }
}

pub(super) type NamedCell = RefCell<NamedPositions>;

/// The line [`ModuleBuilder::physical_line`] found last: bytes `lo..hi` of
/// `file` are on line `line`.
#[derive(Clone, Copy, Default)]
pub(super) struct LastLine {
    file: Option<FileId>,
    lo: usize,
    hi: usize,
    line: usize,
}

impl ModuleBuilder<'_> {
    /// The position code of the start of `span` in a function declared in
    /// `span`'s own file.
    pub(super) fn line(&self, span: Span) -> SrcPos {
        let own = &self.map.get(span.file).name;
        self.pos_in(own, span, span.lo as usize)
    }

    /// The position code of byte `offset` of `span`'s file, in a function
    /// whose own file is named `own`.
    fn pos_in(&self, own: &str, span: Span, offset: usize) -> SrcPos {
        let f = self.map.get(span.file);
        let (file, line) = if f.directives.bases.is_empty() {
            (PosFile::Physical, self.physical_line(f, span.file, offset))
        } else {
            let (file, line, _) = f.pos(offset);
            (file, line)
        };
        let line = line.min(NAMED_POS as usize - 1) as u32;
        let place = match file {
            PosFile::Physical if f.name == own => return line,
            PosFile::Physical => SrcPlace {
                file: f.name.clone(),
                line,
                verbatim: false,
            },
            PosFile::Named(name) => SrcPlace {
                file: name.to_string(),
                line,
                verbatim: true,
            },
        };
        let mut named = self.named_pos.borrow_mut();
        if let Some(&code) = named.codes.get(&place) {
            return code;
        }
        let code = NAMED_POS + named.list.len() as u32;
        named.list.push(place.clone());
        named.codes.insert(place, code);
        code
    }

    /// The line of byte `offset` of file `f` (which has no line
    /// directives). Consecutive instructions mostly come from one line:
    /// the last line found is kept, and the search of the file's line
    /// starts (a tenth of the lowering's time) is skipped when it holds.
    fn physical_line(&self, f: &crate::source::SourceFile, id: FileId, offset: usize) -> usize {
        let last = self.last_line.get();
        if last.file == Some(id) && last.lo <= offset && offset < last.hi {
            return last.line;
        }
        let starts = f.line_starts();
        let i = match starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let hi = starts.get(i + 1).copied().unwrap_or(usize::MAX);
        self.last_line.set(LastLine {
            file: Some(id),
            lo: starts[i],
            hi,
            line: i + 1,
        });
        i + 1
    }

    /// The position of the first `open` byte after `operand` within
    /// `whole`, skipping spaces and comments (a `/*line*/` directive may
    /// stand there); the start of `whole` if there is none.
    fn opening_pos(&self, own: &str, operand: Span, whole: Span, open: u8) -> SrcPos {
        let text = &self.map.get(operand.file).text;
        let (mut i, end) = (operand.hi as usize, (whole.hi as usize).min(text.len()));
        let b = text.as_bytes();
        while i < end {
            match b[i] {
                c if c == open => return self.pos_in(own, operand, i),
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
        self.pos_in(own, whole, whole.lo as usize)
    }
}

impl FnBuilder<'_, '_> {
    /// The name of the file of the function being built.
    fn own_file(&self) -> &str {
        &self.m.module.funcs[self.id.0 as usize].file
    }

    /// The position code of the start of `span`.
    pub(super) fn line(&self, span: Span) -> SrcPos {
        self.m.pos_in(self.own_file(), span, span.lo as usize)
    }

    /// The line of a call `func(...)` as gc gives it to the call: that of
    /// its `(` (so `func() { ... }()` is at its last line, and a call
    /// split after `x.` is at the method's line).
    pub(super) fn call_line(&self, func: Span, call: Span) -> SrcPos {
        self.m.opening_pos(self.own_file(), func, call, b'(')
    }

    /// The position of expression `e`'s operation: its `[` for an index or
    /// slice expression, else its start.
    pub(super) fn expr_line(&self, e: &ast::Expr) -> SrcPos {
        match &e.kind {
            ast::ExprKind::Index(x, _) | ast::ExprKind::Slice { x, .. } => {
                self.m.opening_pos(self.own_file(), x.span, e.span, b'[')
            }
            _ => self.line(e.span),
        }
    }
}
