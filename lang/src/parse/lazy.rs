//! Function bodies parsed on demand. A program uses a small part of the
//! packages it imports, and parsing their function bodies was most of the
//! start-up of a script (docs/startup.md). For an imported package the
//! parser sees, in place of each top-level function's body, just its two
//! braces ([`BodySkipper`]); the declaration is marked
//! [`FuncDecl::deferred`](crate::ast::FuncDecl::deferred), and
//! [`parse_body`] parses the body from the same source text when the
//! checker finds the function reachable (check/lazy.rs). Positions are the
//! file's own, so diagnostics and traces name the same lines either way.

use super::{grammar, syntax_error, without_shebang, Ctx};
use crate::ast::{Decl, File, FuncDecl};
use crate::diag::Diagnostic;
use crate::lexer::{LexError, Lexer, Spanned};
use crate::source::SourceMap;
use crate::token::{RawTok, Tok};

/// Where the tokens stand relative to a top-level function declaration.
enum State {
    /// Between declarations, or inside one that is not a function.
    Outside,
    /// After `func` at the top level, before its body: the nesting of
    /// brackets opened since `func`.
    Header(u32),
}

/// Passes a file's tokens through, except the insides of the bodies of
/// top-level function declarations: of each it yields the opening and
/// closing brace only, and records the opening brace's offset.
pub struct BodySkipper<'a, 's, I> {
    inner: I,
    state: State,
    /// Bracket nesting outside function headers and bodies.
    depth: u32,
    /// The previous token ended a declaration (or there was none): a `func`
    /// here starts a function declaration, not a function literal.
    at_decl_start: bool,
    /// The previous token was `struct` or `interface`: a `{` in a header
    /// then opens a type literal, not the body.
    after_type_keyword: bool,
    /// The closing brace, delivered after the opening one.
    held: Option<Spanned<'a>>,
    skipped: &'s mut Vec<usize>,
}

impl<'a, 's, I: Iterator<Item = Spanned<'a>>> BodySkipper<'a, 's, I> {
    pub fn new(inner: I, skipped: &'s mut Vec<usize>) -> Self {
        BodySkipper {
            inner,
            state: State::Outside,
            depth: 0,
            at_decl_start: true,
            after_type_keyword: false,
            held: None,
            skipped,
        }
    }

    /// Consumes a body's tokens after its `{` up to the matching `}`, which
    /// is held for the next call. A lexical error inside is passed on (the
    /// parse then fails as it would have).
    fn skip_body(&mut self) -> Option<Spanned<'a>> {
        let mut open = 1u32;
        loop {
            let item = self.inner.next()?;
            let Ok((_, Tok::Raw(tok), _)) = &item else {
                if item.is_err() {
                    return Some(item);
                }
                continue;
            };
            match tok {
                RawTok::LBrace => open += 1,
                RawTok::RBrace => {
                    open -= 1;
                    if open == 0 {
                        self.held = Some(item);
                        return None;
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'a, I: Iterator<Item = Spanned<'a>>> Iterator for BodySkipper<'a, '_, I> {
    type Item = Spanned<'a>;

    fn next(&mut self) -> Option<Spanned<'a>> {
        if let Some(t) = self.held.take() {
            self.at_decl_start = false;
            return Some(t);
        }
        let item = self.inner.next()?;
        let Ok((lo, tok, _)) = &item else {
            return Some(item);
        };
        let lo = *lo;
        let is_semi = matches!(tok, Tok::AutoSemi(_) | Tok::Raw(RawTok::Semicolon));
        let raw = match tok {
            Tok::Raw(r) => Some(r),
            Tok::AutoSemi(_) => None,
        };
        let opens = matches!(raw, Some(RawTok::LParen | RawTok::LBrack | RawTok::LBrace));
        let closes = matches!(raw, Some(RawTok::RParen | RawTok::RBrack | RawTok::RBrace));
        match self.state {
            State::Outside => {
                if self.depth == 0 && self.at_decl_start && matches!(raw, Some(RawTok::Func)) {
                    self.state = State::Header(0);
                } else if opens {
                    self.depth += 1;
                } else if closes {
                    self.depth = self.depth.saturating_sub(1);
                }
            }
            State::Header(n) => {
                if n == 0 && matches!(raw, Some(RawTok::LBrace)) && !self.after_type_keyword {
                    self.state = State::Outside;
                    self.skipped.push(lo);
                    if let Some(err) = self.skip_body() {
                        return Some(err);
                    }
                    self.at_decl_start = false;
                    return Some(item);
                }
                if opens {
                    self.state = State::Header(n + 1);
                } else if closes {
                    self.state = State::Header(n.saturating_sub(1));
                } else if n == 0 && is_semi {
                    // A declaration without a body: a native.
                    self.state = State::Outside;
                }
            }
        }
        self.after_type_keyword = matches!(raw, Some(RawTok::Struct | RawTok::Interface));
        self.at_decl_start = is_semi;
        Some(item)
    }
}

/// Marks the functions of `file` whose bodies [`BodySkipper`] skipped (their
/// opening braces at the offsets `skipped`, in increasing order).
pub fn mark_deferred(file: &mut File, skipped: &[usize]) {
    if skipped.is_empty() {
        return;
    }
    for d in &mut file.decls {
        if let Decl::Func(fd) = d {
            if let Some(b) = &fd.body {
                if b.stmts.is_empty() && skipped.binary_search(&(b.span.lo as usize)).is_ok() {
                    fd.deferred = true;
                }
            }
        }
    }
}

/// Parses the skipped body of `fd` from its file's text, with node ids from
/// `*next_id` on, and clears `deferred`. The tokens of the braces and what
/// is between them are parsed as the body of a function `func _()`, the
/// prefix placed at the opening brace.
pub fn parse_body(
    map: &SourceMap,
    fd: &mut FuncDecl,
    next_id: &mut u32,
) -> Result<(), Vec<Diagnostic>> {
    let Some(block) = &fd.body else {
        return Ok(());
    };
    if !fd.deferred {
        return Ok(());
    }
    let span = block.span;
    let (lo, hi) = (span.lo as usize, span.hi as usize);
    let text = without_shebang(&map.get(span.file).text);
    let text: &str = &text;
    let ctx = Ctx::new(span.file, *next_id);
    let head = [
        Tok::Raw(RawTok::Func),
        Tok::Raw(RawTok::Ident("_")),
        Tok::Raw(RawTok::LParen),
        Tok::Raw(RawTok::RParen),
    ]
    .into_iter()
    .map(|t| Ok((lo, t, lo)));
    let body = Lexer::new(&text[lo..hi]).map(|item| match item {
        Ok((a, t, b)) => Ok((a + lo, t, b + lo)),
        Err(e) => Err(LexError {
            lo: e.lo + lo,
            hi: e.hi + lo,
            message: e.message,
        }),
    });
    let result = grammar::FileParser::new().parse(&ctx, head.chain(body));
    *next_id = ctx.next_id.get();
    let mut diagnostics = ctx.errors.take();
    match result {
        Ok(file) => {
            let parsed = file.decls.into_iter().find_map(|d| match d {
                Decl::Func(f) => f.body,
                _ => None,
            });
            if let Some(b) = parsed {
                fd.body = Some(b);
                fd.deferred = false;
            }
        }
        Err(e) => diagnostics.push(syntax_error(span.file, text, e)),
    }
    if diagnostics.is_empty() {
        Ok(())
    } else {
        Err(diagnostics)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{Block, Stmt};

    /// Top-level declarations whose braces could be mistaken for a body,
    /// and a native, which has none.
    const SRC: &str = "package p

import \"io\"

type T struct{ a int }

var lit = func() int { return 1 }
var fs = []func(){
	func() {},
}

func native(x int) int

func st() struct{ a int } { return struct{ a int }{1} }

func (t *T) M(w io.Writer) (n int, err error) {
	if t.a > 0 {
		for i := 0; i < t.a; i++ {
			n++
		}
	}
	return
}

func m() map[string]interface{} { return map[string]interface{}{\"a\": 1} }
";

    fn stmt_spans(b: &Block) -> Vec<(u32, u32)> {
        b.stmts
            .iter()
            .map(|s: &Stmt| (s.span.lo, s.span.hi))
            .collect()
    }

    fn funcs(f: &File) -> Vec<&FuncDecl> {
        f.decls
            .iter()
            .filter_map(|d| match d {
                Decl::Func(fd) => Some(&**fd),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn deferred_bodies_parse_as_the_whole_file_does() {
        let mut map = SourceMap::new();
        let id = map.add("p.go", SRC.as_bytes());
        let mut next = 0;
        let eager = crate::parse::parse_file(&map, id, &mut next);
        let eager = eager.file.expect("parses");
        let mut next = 0;
        let lazy = crate::parse::parse_file_with(&map, id, &mut next, true);
        assert!(lazy.diagnostics.is_empty(), "{:?}", lazy.diagnostics);
        let mut lazy = lazy.file.expect("parses");
        let deferred: Vec<(String, bool)> = funcs(&lazy)
            .iter()
            .map(|f| (f.name.name.clone(), f.deferred))
            .collect();
        assert_eq!(
            deferred,
            [
                ("native".to_string(), false),
                ("st".to_string(), true),
                ("M".to_string(), true),
                ("m".to_string(), true),
            ]
        );
        for d in &mut lazy.decls {
            if let Decl::Func(fd) = d {
                parse_body(&map, fd, &mut next).expect("body parses");
                assert!(!fd.deferred);
            }
        }
        for (a, b) in funcs(&eager).iter().zip(funcs(&lazy)) {
            match (&a.body, &b.body) {
                (Some(x), Some(y)) => {
                    assert_eq!(x.span, y.span);
                    assert_eq!(stmt_spans(x), stmt_spans(y));
                    assert_eq!(
                        format!("{:?}", x.stmts).len(),
                        format!("{:?}", y.stmts).len()
                    );
                }
                (None, None) => {}
                _ => panic!("{} differs", a.name.name),
            }
        }
    }

    #[test]
    fn a_syntax_error_in_a_deferred_body_is_reported_where_it_is() {
        let src = "package p\n\nfunc f() {\n\tx := \n}\n";
        let mut map = SourceMap::new();
        let id = map.add("p.go", src.as_bytes());
        let mut next = 0;
        let parsed = crate::parse::parse_file_with(&map, id, &mut next, true);
        let mut file = parsed.file.expect("the skipped body hides the error");
        let Decl::Func(fd) = &mut file.decls[0] else {
            panic!("a function");
        };
        let diags = parse_body(&map, fd, &mut next).expect_err("syntax error");
        let eager = crate::parse::parse_file(&map, id, &mut 0).diagnostics;
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].span, eager[0].span);
        assert_eq!(diags[0].message, eager[0].message);
    }
}
