//! The parser driver: runs the lalrpop grammar over the lexer's tokens, and
//! holds the helpers the grammar's actions call ([`Ctx`]): node ids, spans,
//! depth bounds, literal errors, and the small rewrites that keep the grammar
//! LR(1) (parameter grouping, statement headers).
//!
//! Syntax errors are reported in gc's words (`syntax error: unexpected
//! newline, expected comma or )`); only the first one per file, since the
//! grammar has no error recovery.

use crate::ast::*;
use crate::diag::Diagnostic;
use crate::lexer::{LexError, Lexer};
use crate::literal::LitError;
use crate::source::{FileId, SourceMap, Span};
use crate::token::{RawTok, Tok};
use lalrpop_util::ParseError;
use std::cell::{Cell, RefCell};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused)]
    grammar
);

/// Deepest expression tree accepted. Binary operator chains are the way to
/// exceed it without brackets (`1+1+...+1`, a million terms on one line).
pub const MAX_EXPR_DEPTH: u32 = 3000;

/// State shared by the grammar's actions while one file is parsed.
pub struct Ctx {
    file: FileId,
    next_id: Cell<u32>,
    errors: RefCell<Vec<Diagnostic>>,
    too_deep: Cell<bool>,
}

/// One entry of a parameter list before grouping: `a`, `a T`, `T`, `...T`.
pub struct ParamEntry {
    pub name: Option<Ident>,
    pub ty: Expr,
    pub variadic: bool,
    pub span: Span,
}

impl Ctx {
    fn new(file: FileId, next_id: u32) -> Ctx {
        Ctx {
            file,
            next_id: Cell::new(next_id),
            errors: RefCell::new(Vec::new()),
            too_deep: Cell::new(false),
        }
    }

    pub fn span(&self, lo: usize, hi: usize) -> Span {
        Span::new(self.file, lo, hi)
    }

    fn error(&self, span: Span, msg: impl Into<String>) {
        self.errors.borrow_mut().push(Diagnostic::new(span, msg));
    }

    pub fn ident(&self, s: &str, lo: usize, hi: usize) -> Ident {
        Ident {
            name: s.to_string(),
            span: self.span(lo, hi),
        }
    }

    /// Builds an expression node, assigning its id and depth. A node deeper
    /// than [`MAX_EXPR_DEPTH`] is replaced by `Bad` (its children are dropped
    /// while still shallow) and reported once per file.
    pub fn expr(&self, kind: ExprKind, lo: usize, hi: usize) -> Expr {
        let depth = 1 + child_depth(&kind);
        let id = NodeId(self.next_id.get());
        self.next_id.set(id.0 + 1);
        let span = self.span(lo, hi);
        if depth > MAX_EXPR_DEPTH {
            if !self.too_deep.replace(true) {
                self.error(span, "expression nested too deeply");
            }
            return Expr {
                id,
                span,
                depth: 1,
                kind: ExprKind::Bad,
            };
        }
        Expr {
            id,
            span,
            depth,
            kind,
        }
    }

    pub fn binary(&self, op: BinOp, l: Expr, r: Expr, lo: usize, hi: usize) -> Expr {
        self.expr(ExprKind::Binary(op, Box::new(l), Box::new(r)), lo, hi)
    }

    pub fn lit(&self, r: Result<Lit, LitError>, lo: usize, hi: usize) -> Expr {
        let lit = match r {
            Ok(l) => l,
            Err((off, msg)) => {
                self.error(self.span(lo + off, lo + off), msg);
                Lit::Bad
            }
        };
        self.expr(ExprKind::Lit(lit), lo, hi)
    }

    pub fn string_lit(&self, r: Result<Vec<u8>, LitError>, lo: usize) -> Vec<u8> {
        r.unwrap_or_else(|(off, msg)| {
            self.error(self.span(lo + off, lo + off), msg);
            Vec::new()
        })
    }

    pub fn composite(
        &self,
        ty: Option<Expr>,
        (elts, rbrace): (Vec<Element>, Span),
        lo: usize,
        hi: usize,
    ) -> Expr {
        self.expr(
            ExprKind::Composite {
                ty: ty.map(Box::new),
                elts,
                rbrace,
            },
            lo,
            hi,
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn slice(
        &self,
        x: Expr,
        lo_e: Option<Expr>,
        hi_e: Option<Expr>,
        max: Option<Expr>,
        three: bool,
        lo: usize,
        hi: usize,
    ) -> Expr {
        self.expr(
            ExprKind::Slice {
                x: Box::new(x),
                lo: lo_e.map(Box::new),
                hi: hi_e.map(Box::new),
                max: max.map(Box::new),
                three,
            },
            lo,
            hi,
        )
    }

    pub fn call(
        &self,
        f: Expr,
        args: Vec<Expr>,
        ellipsis: Option<Span>,
        lo: usize,
        hi: usize,
    ) -> Expr {
        self.expr(
            ExprKind::Call {
                func: Box::new(f),
                args,
                ellipsis,
            },
            lo,
            hi,
        )
    }

    pub fn stmt(&self, kind: StmtKind, lo: usize, hi: usize) -> Stmt {
        Stmt {
            span: self.span(lo, hi),
            kind,
        }
    }

    pub fn file(
        &self,
        package: Option<Ident>,
        imports: Vec<Vec<ImportSpec>>,
        decls: Vec<Decl>,
        lo: usize,
        hi: usize,
    ) -> File {
        File {
            package,
            imports: imports.into_iter().flatten().collect(),
            decls,
            stmts: Vec::new(),
            span: self.span(lo, hi),
        }
    }

    pub fn import(
        &self,
        name: Option<Ident>,
        path: Vec<u8>,
        plo: usize,
        lo: usize,
        hi: usize,
    ) -> ImportSpec {
        let path_span = self.span(plo, hi);
        let path = match String::from_utf8(path) {
            Ok(p) if !p.is_empty() && !p.contains(['\\', ' ', '\0']) => p,
            Ok(p) => {
                self.error(path_span, format!("invalid import path: {p:?}"));
                p
            }
            Err(_) => {
                self.error(path_span, "invalid import path");
                String::new()
            }
        };
        ImportSpec {
            name,
            path,
            path_span,
            span: self.span(lo, hi),
        }
    }

    pub fn value_spec(
        &self,
        names: Vec<Ident>,
        ty: Option<Expr>,
        values: Vec<Expr>,
        lo: usize,
        hi: usize,
    ) -> ValueSpec {
        ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            implicit: false,
            span: self.span(lo, hi),
        }
    }

    /// Numbers the specs of a const group (iota) and applies Go's implicit
    /// repetition: a spec without type and values repeats the last ones given.
    pub fn const_group(&self, mut specs: Vec<ValueSpec>) -> Vec<ValueSpec> {
        let mut last: Option<(Option<Expr>, Vec<Expr>)> = None;
        for (i, s) in specs.iter_mut().enumerate() {
            s.iota = i as u32;
            if s.values.is_empty() && s.ty.is_some() {
                self.error(s.span, "missing init expr for const declaration");
            } else if s.values.is_empty() && s.ty.is_none() {
                match &last {
                    Some((t, v)) => {
                        s.ty = t.clone();
                        s.values = v.clone();
                        s.implicit = true;
                    }
                    None => self.error(s.span, "missing init expr for const declaration"),
                }
            } else {
                last = Some((s.ty.clone(), s.values.clone()));
            }
        }
        specs
    }

    /// Groups parameter entries into fields: in `(a, b int, c string)` the
    /// bare `a` is a name that takes the type of the next named entry. Either
    /// every entry is named or none is.
    pub fn group_params(&self, entries: Vec<ParamEntry>) -> Vec<Field> {
        if entries.iter().all(|e| e.name.is_none()) {
            return entries
                .into_iter()
                .map(|e| Field {
                    names: vec![],
                    ty: e.ty,
                    variadic: e.variadic,
                    tag: None,
                    span: e.span,
                })
                .collect();
        }
        let mut fields = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_span: Option<Span> = None;
        for e in entries {
            match e.name {
                Some(n) => {
                    pending.push(n);
                    let span = pending_span.take().map_or(e.span, |s| s.to(e.span));
                    fields.push(Field {
                        names: std::mem::take(&mut pending),
                        ty: e.ty,
                        variadic: e.variadic,
                        tag: None,
                        span,
                    });
                }
                None => match e.ty.kind {
                    ExprKind::Ident(name) if !e.variadic => {
                        pending.push(Ident {
                            name,
                            span: e.ty.span,
                        });
                        pending_span.get_or_insert(e.span);
                    }
                    _ => {
                        self.error(e.span, "syntax error: mixed named and unnamed parameters");
                        return fields;
                    }
                },
            }
        }
        if let Some(s) = pending_span {
            self.error(s, "syntax error: mixed named and unnamed parameters");
        }
        fields
    }

    pub fn signature(
        &self,
        params: Vec<ParamEntry>,
        results: Vec<ParamEntry>,
        lo: usize,
        hi: usize,
    ) -> FuncType {
        FuncType {
            params: self.group_params(params),
            results: self.group_params(results),
            span: self.span(lo, hi),
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn func_decl(
        &self,
        recv: Option<Vec<ParamEntry>>,
        name: Ident,
        type_params: Option<Span>,
        sig: FuncType,
        body: Option<Block>,
        lo: usize,
        hi: usize,
    ) -> Decl {
        let recv = recv.and_then(|r| {
            let span = r
                .first()
                .map(|e| e.span)
                .unwrap_or_else(|| name.span.start());
            let mut fields = self.group_params(r);
            let count: usize = fields.iter().map(|f| f.names.len().max(1)).sum();
            match count {
                0 => {
                    self.error(span, "method has no receiver");
                    None
                }
                1 => fields.pop(),
                _ => {
                    self.error(span, "method has multiple receivers");
                    None
                }
            }
        });
        Decl::Func(Box::new(FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            deferred: false,
            span: self.span(lo, hi),
        }))
    }

    /// The header statement that must be an expression (an if or for
    /// condition, a switch tag).
    fn header_expr(&self, s: Stmt, what: &str) -> Expr {
        match s.kind {
            StmtKind::Expr(e) => e,
            _ => {
                self.error(s.span, format!("syntax error: cannot use {what} as value"));
                self.expr(ExprKind::Bad, s.span.lo as usize, s.span.hi as usize)
            }
        }
    }

    pub fn if_stmt(
        &self,
        init: Option<Option<Stmt>>,
        cond: Stmt,
        then: Block,
        els: Option<Stmt>,
        lo: usize,
        hi: usize,
    ) -> Stmt {
        let what = stmt_words(&cond);
        let cond = self.header_expr(cond, &what);
        self.stmt(
            StmtKind::If {
                init: init.flatten().map(Box::new),
                cond,
                then,
                els: els.map(Box::new),
            },
            lo,
            hi,
        )
    }

    /// `switch [init;] [tag] {`: the tag is an expression, or `x.(type)` /
    /// `v := x.(type)` for a type switch.
    pub fn switch_stmt(
        &self,
        init: Option<Option<Stmt>>,
        tag: Option<Stmt>,
        body: Vec<CaseClause>,
        blo: usize,
        lo: usize,
        hi: usize,
    ) -> Stmt {
        let init = init.flatten().map(Box::new);
        let lbrace = self.span(blo, blo + 1);
        let kind = match tag {
            None => StmtKind::Switch {
                init,
                tag: None,
                body,
                lbrace,
            },
            Some(s) => match s.kind {
                StmtKind::Expr(Expr {
                    kind: ExprKind::TypeAssert(x, None),
                    ..
                }) => StmtKind::TypeSwitch {
                    init,
                    bind: None,
                    x: *x,
                    body,
                    lbrace,
                },
                StmtKind::Define(mut l, mut r)
                    if l.len() == 1
                        && r.len() == 1
                        && matches!(r[0].kind, ExprKind::TypeAssert(_, None))
                        && matches!(l[0].kind, ExprKind::Ident(_)) =>
                {
                    let (lhs, rhs) = (l.remove(0), r.remove(0));
                    let ExprKind::Ident(name) = lhs.kind else {
                        unreachable!("checked by the guard")
                    };
                    let ExprKind::TypeAssert(x, None) = rhs.kind else {
                        unreachable!("checked by the guard")
                    };
                    StmtKind::TypeSwitch {
                        init,
                        bind: Some(Ident {
                            name,
                            span: lhs.span,
                        }),
                        x: *x,
                        body,
                        lbrace,
                    }
                }
                _ => {
                    let what = stmt_words(&s);
                    let tag = self.header_expr(s, &what);
                    StmtKind::Switch {
                        init,
                        tag: Some(tag),
                        body,
                        lbrace,
                    }
                }
            },
        };
        self.stmt(kind, lo, hi)
    }

    pub fn for_stmt(
        &self,
        init: Option<Stmt>,
        cond: Option<Stmt>,
        post: Option<Stmt>,
        body: Block,
        lo: usize,
        hi: usize,
    ) -> Stmt {
        let cond = cond.map(|c| {
            if !matches!(c.kind, StmtKind::Expr(_)) {
                self.error(c.span, "syntax error: expected for loop condition");
            }
            self.header_expr(c, "statement")
        });
        if let Some(p) = &post {
            if matches!(p.kind, StmtKind::Define(..)) {
                self.error(
                    p.span,
                    "syntax error: cannot declare in post statement of for loop",
                );
            }
        }
        self.stmt(
            StmtKind::For {
                init: init.map(Box::new),
                cond,
                post: post.map(Box::new),
                body,
            },
            lo,
            hi,
        )
    }

    pub fn range_stmt(
        &self,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        lo: usize,
        hi: usize,
    ) -> Stmt {
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        if let Some(extra) = it.next() {
            self.error(
                extra.span,
                "range clause permits at most two iteration variables",
            );
        }
        self.stmt(
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            },
            lo,
            hi,
        )
    }
}

/// A short description of a non-expression statement for messages.
fn stmt_words(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Define(..) => "short variable declaration".into(),
        StmtKind::Assign(..) => "assignment".into(),
        StmtKind::IncDec(..) => "increment statement".into(),
        StmtKind::Send(..) => "send statement".into(),
        _ => "statement".into(),
    }
}

/// The depth of the deepest child of an expression about to be built.
fn child_depth(kind: &ExprKind) -> u32 {
    fn d(e: &Expr) -> u32 {
        e.depth
    }
    fn o(e: &Option<Box<Expr>>) -> u32 {
        e.as_deref().map_or(0, d)
    }
    fn fields(fs: &[Field]) -> u32 {
        fs.iter().map(|f| d(&f.ty)).max().unwrap_or(0)
    }
    match kind {
        ExprKind::Ident(_) | ExprKind::Lit(_) | ExprKind::Bad => 0,
        ExprKind::Composite { ty, elts, .. } => elts
            .iter()
            .map(|e| d(&e.value).max(e.key.as_ref().map_or(0, d)))
            .max()
            .unwrap_or(0)
            .max(o(ty)),
        // A function literal's body is bounded by block nesting instead.
        ExprKind::FuncLit { sig, .. } | ExprKind::FuncType(sig) => {
            fields(&sig.params).max(fields(&sig.results))
        }
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::ChanType(_, x)
        | ExprKind::Tilde(x) => d(x),
        ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
            d(a).max(d(b))
        }
        ExprKind::Slice { x, lo, hi, max, .. } => d(x).max(o(lo)).max(o(hi)).max(o(max)),
        ExprKind::TypeAssert(x, t) => d(x).max(o(t)),
        ExprKind::Call { func, args, .. } => args.iter().map(d).max().unwrap_or(0).max(d(func)),
        ExprKind::ArrayType { len, elem, .. } => o(len).max(d(elem)),
        ExprKind::StructType(fs) => fields(fs),
        ExprKind::InterfaceType(elems) => elems
            .iter()
            .map(|e| match e {
                InterfaceElem::Method { sig, .. } => fields(&sig.params).max(fields(&sig.results)),
                InterfaceElem::Embedded(x) => d(x),
            })
            .max()
            .unwrap_or(0),
    }
}

/// The result of parsing one file.
pub struct Parsed {
    /// `None` when a syntax error stopped the parse.
    pub file: Option<File>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The name in file `id`'s package clause, read from its first tokens
/// only, as the go command reads package clauses before it compiles
/// anything: a file whose body does not parse still names its package.
/// `None` when the file does not start with a package clause (a script,
/// which is package main, or a syntax error the parse reports).
pub fn package_clause(map: &SourceMap, id: FileId) -> Option<String> {
    let text = without_shebang(&map.get(id).text);
    let mut toks = Lexer::new(&text);
    match (toks.next(), toks.next()) {
        (
            Some(Ok((_, Tok::Raw(RawTok::Package), _))),
            Some(Ok((_, Tok::Raw(RawTok::Ident(name)), _))),
        ) => Some(name.to_string()),
        _ => None,
    }
}

/// `src` with a leading `#!` line (scripts) blanked rather than removed,
/// so that offsets stay true.
fn without_shebang(src: &str) -> std::borrow::Cow<'_, str> {
    if src.starts_with("#!") {
        let end = src.find('\n').unwrap_or(src.len());
        format!("{}{}", " ".repeat(end), &src[end..]).into()
    } else {
        src.into()
    }
}

/// Parses file `id` of `map`. Node ids start at `*next_id`, which is
/// advanced past the ids used, so the files of a program share one id space.
pub fn parse_file(map: &SourceMap, id: FileId, next_id: &mut u32) -> Parsed {
    parse_file_with(map, id, next_id, false)
}

/// [`parse_file`], with the bodies of top-level functions skipped when
/// `defer_bodies` (their `FuncDecl::deferred` set; [`lazy`]).
pub fn parse_file_with(
    map: &SourceMap,
    id: FileId,
    next_id: &mut u32,
    defer_bodies: bool,
) -> Parsed {
    let text = without_shebang(&map.get(id).text);
    let text: &str = &text;
    let ctx = Ctx::new(id, *next_id);
    let mut diagnostics: Vec<Diagnostic> = map
        .get(id)
        .bad_utf8
        .iter()
        .map(|&o| Diagnostic::new(Span::new(id, o, o), "invalid UTF-8 encoding"))
        .collect();
    // Invalid line directives are syntax errors in gc (the parse goes on).
    diagnostics.extend(
        map.get(id)
            .directives
            .errors
            .iter()
            .map(|(o, msg)| Diagnostic::new(Span::new(id, *o, *o), msg.clone())),
    );
    let mut skipped = Vec::new();
    let result = if defer_bodies {
        let tokens = lazy::BodySkipper::new(Lexer::new(text), &mut skipped);
        grammar::FileParser::new().parse(&ctx, tokens)
    } else {
        grammar::FileParser::new().parse(&ctx, Lexer::new(text))
    };
    let result = result.map(|mut f| {
        lazy::mark_deferred(&mut f, &skipped);
        f
    });
    *next_id = ctx.next_id.get();
    diagnostics.extend(ctx.errors.take());
    let file = match result {
        Ok(f) => Some(f),
        Err(e) => {
            let d = syntax_error(id, text, e);
            if !diagnostics.iter().any(|x| x.span.lo == d.span.lo) {
                diagnostics.push(d);
            }
            None
        }
    };
    crate::diag::sort_and_dedup(&mut diagnostics);
    Parsed { file, diagnostics }
}

/// Turns a parser failure into gc's wording.
fn syntax_error(id: FileId, text: &str, e: ParseError<usize, Tok<'_>, LexError>) -> Diagnostic {
    match e {
        ParseError::User { error } => {
            Diagnostic::new(Span::new(id, error.lo, error.hi), error.message)
        }
        ParseError::InvalidToken { location } => Diagnostic::new(
            Span::new(id, location, location),
            "syntax error: invalid token",
        ),
        ParseError::UnrecognizedEof { location, expected } => Diagnostic::new(
            Span::new(id, location, location),
            format!("syntax error: unexpected EOF{}", expected_words(&expected)),
        ),
        ParseError::UnrecognizedToken {
            token: (lo, tok, hi),
            expected,
        } => {
            let span = Span::new(id, lo, hi);
            let top_level = ["\"func\"", "\"var\"", "\"const\"", "\"type\""]
                .iter()
                .all(|k| expected.iter().any(|e| e == k))
                && !expected.iter().any(|e| e == "\"return\"");
            if top_level && matches!(tok, Tok::Raw(crate::token::RawTok::LBrace)) {
                return Diagnostic::new(
                    span,
                    "syntax error: unexpected semicolon or newline before {",
                );
            }
            if top_level && !matches!(tok, Tok::Raw(crate::token::RawTok::Import)) {
                let msg = if text.len() == lo {
                    "syntax error: unexpected EOF".to_string()
                } else {
                    "syntax error: non-declaration statement outside function body".to_string()
                };
                return Diagnostic::new(span, msg);
            }
            if matches!(tok, Tok::Raw(crate::token::RawTok::Import)) {
                return Diagnostic::new(
                    span,
                    "syntax error: imports must appear before other declarations",
                );
            }
            use crate::token::RawTok;
            let has = |t: &str| expected.iter().any(|e| e == t);
            let mut msg = format!("syntax error: unexpected {}", tok.describe());
            let newline = matches!(tok, Tok::AutoSemi(_));
            if newline && has("\"}\"") && has("\",\"") {
                msg.push_str(" in composite literal; possibly missing comma or }");
            } else if newline && has("\")\"") && has("\",\"") {
                msg.push_str(" in argument list; possibly missing comma or )");
            } else if newline && has("\"{\"") && has("\";\"") {
                let clause = header_keyword(text, lo).unwrap_or("if");
                msg.push_str(&format!(", expecting {{ after {clause} clause"));
            } else if newline && has("\"map\"") && has("\"chan\"") && has("\"=\"") {
                msg.push_str(", expecting type");
            } else if matches!(tok, Tok::Raw(RawTok::Else)) {
                msg.push_str(", expecting }");
            } else if matches!(tok, Tok::Raw(RawTok::Var))
                && header_keyword(text, lo) == Some("for")
            {
                msg = "syntax error: var declaration not allowed in for initializer".to_string();
            } else {
                msg.push_str(&expected_words(&expected));
            }
            Diagnostic::new(span, msg)
        }
        ParseError::ExtraToken {
            token: (lo, tok, hi),
        } => Diagnostic::new(
            Span::new(id, lo, hi),
            format!(
                "syntax error: unexpected {} after top level declaration",
                tok.describe()
            ),
        ),
    }
}

/// The statement keyword (`if`, `for`, `switch`) that opens the line holding
/// byte `at`, for messages about statement headers.
fn header_keyword(text: &str, at: usize) -> Option<&'static str> {
    let start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].trim_start();
    ["if", "for", "switch"].into_iter().find(|k| {
        line.starts_with(k)
            && !line[k.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
    })
}

/// `, expecting X` / `, expecting X or Y` for short lists, as gc 1.19 says it.
fn expected_words(expected: &[String]) -> String {
    let names: Vec<String> = expected
        .iter()
        .map(|e| {
            let t = e.trim_matches('"');
            match t {
                "IDENT" => "name".to_string(),
                "AUTOSEMI" | ";" => "semicolon or newline".to_string(),
                "," => "comma".to_string(),
                _ => t.to_string(),
            }
        })
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    match names.len() {
        1 => format!(", expecting {}", names[0]),
        2 => format!(", expecting {} or {}", names[0], names[1]),
        _ => String::new(),
    }
}

pub mod lazy;

#[cfg(test)]
mod tests;
