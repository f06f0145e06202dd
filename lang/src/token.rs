//! Go's tokens, as logos recognises them.
//!
//! Literal tokens keep their raw text; [`crate::literal`] decodes it. Malformed
//! input never stops the lexer: it becomes a flagged token (a string, rune or
//! comment with `terminated: false`) or a logos error, which [`crate::lexer`]
//! turns into a diagnostic. Newlines and comments are tokens here only so that
//! the lexer can insert semicolons; the parser never sees them.

use logos::Logos;

/// A string, rune or comment token: its text, and whether it was closed.
///
/// These tokens are scanned by the hand-written loops below rather than by
/// logos patterns: logos' generated matcher calls itself once per input
/// byte, and a multi-megabyte string literal (Go's own test suite has one)
/// would overflow the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Delimited<'a> {
    pub text: &'a str,
    pub terminated: bool,
}

type Lex<'a> = logos::Lexer<'a, RawTok<'a>>;

/// Scans an interpreted string or rune literal after its opening `quote`:
/// up to the closing quote, stopping (unterminated) at a newline or the end.
fn scan_quoted<'a>(lex: &mut Lex<'a>, quote: u8) -> Delimited<'a> {
    let rest = lex.remainder();
    let b = rest.as_bytes();
    let mut i = 0;
    let mut terminated = false;
    while i < b.len() {
        match b[i] {
            b'\\' => {
                // Skip the escaped character, whole, unless it is a newline.
                match rest[i + 1..].chars().next() {
                    Some('\n') | None => i += 1,
                    Some(c) => i += 1 + c.len_utf8(),
                }
            }
            b'\n' => break,
            c if c == quote => {
                i += 1;
                terminated = true;
                break;
            }
            _ => i += 1,
        }
    }
    lex.bump(i);
    Delimited {
        text: lex.slice(),
        terminated,
    }
}

/// Scans a raw string after its opening backquote.
fn scan_raw<'a>(lex: &mut Lex<'a>) -> Delimited<'a> {
    let rest = lex.remainder();
    let (n, terminated) = match rest.find('`') {
        Some(i) => (i + 1, true),
        None => (rest.len(), false),
    };
    lex.bump(n);
    Delimited {
        text: lex.slice(),
        terminated,
    }
}

fn scan_line_comment(lex: &mut Lex<'_>) {
    let rest = lex.remainder();
    lex.bump(rest.find('\n').unwrap_or(rest.len()));
}

fn scan_block_comment<'a>(lex: &mut Lex<'a>) -> Delimited<'a> {
    let rest = lex.remainder();
    let (n, terminated) = match rest.find("*/") {
        Some(i) => (i + 2, true),
        None => (rest.len(), false),
    };
    lex.bump(n);
    Delimited {
        text: lex.slice(),
        terminated,
    }
}

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\r\u{feff}]+")]
pub enum RawTok<'a> {
    /// `\n`
    #[token("\n")]
    Newline,
    /// `// to the end of the line`
    #[token("//", scan_line_comment)]
    LineComment,
    /// `/* ... */`, possibly unterminated.
    #[token("/*", scan_block_comment)]
    BlockComment(Delimited<'a>),

    // Keywords.
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    /// `x`, `_`, `αβ`
    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*", |lex| lex.slice())]
    Ident(&'a str),
    /// `42`, `0x_FF`, `0o17`, `017`, `0b101`; validated by `literal`.
    #[regex(r"[0-9][0-9_]*", |lex| lex.slice())]
    #[regex(r"0[xX][0-9a-fA-F_]*", |lex| lex.slice())]
    #[regex(r"0[bBoO][0-9_]*", |lex| lex.slice())]
    Int(&'a str),
    /// `1.5`, `.5`, `1e9`, `1_000.5e-3`, `0x1.8p3`
    #[regex(r"[0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]*)?", |lex| lex.slice())]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9_]*", |lex| lex.slice())]
    #[regex(r"\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?", |lex| lex.slice())]
    #[regex(r"0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]*", |lex| lex.slice())]
    #[regex(r"0[xX][0-9a-fA-F_]*\.[0-9a-fA-F_]*", |lex| lex.slice())]
    Float(&'a str),
    /// `2i`, `1.5i`
    #[regex(r"([0-9][0-9_]*|0[xX][0-9a-fA-F_]*|0[bBoO][0-9_]*)i", |lex| lex.slice())]
    #[regex(r"([0-9][0-9_]*\.[0-9_]*([eE][+-]?[0-9_]*)?|[0-9][0-9_]*[eE][+-]?[0-9_]*|\.[0-9][0-9_]*([eE][+-]?[0-9_]*)?)i", |lex| lex.slice())]
    #[regex(r"0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?[pP][+-]?[0-9_]*i", |lex| lex.slice())]
    Imag(&'a str),
    /// `'a'`, `'\n'`, `'\u00e9'`; possibly unterminated.
    #[token("'", |lex| scan_quoted(lex, b'\''))]
    Rune(Delimited<'a>),
    /// `"text\n"`; possibly unterminated.
    #[token("\"", |lex| scan_quoted(lex, b'"'))]
    String(Delimited<'a>),
    /// `` `raw text` ``; possibly unterminated.
    #[token("`", scan_raw)]
    RawString(Delimited<'a>),

    // Operators and punctuation.
    #[token("+")]
    Add,
    #[token("-")]
    Sub,
    #[token("*")]
    Mul,
    #[token("/")]
    Quo,
    #[token("%")]
    Rem,
    #[token("&")]
    And,
    #[token("|")]
    Or,
    #[token("^")]
    Xor,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    AddAssign,
    #[token("-=")]
    SubAssign,
    #[token("*=")]
    MulAssign,
    #[token("/=")]
    QuoAssign,
    #[token("%=")]
    RemAssign,
    #[token("&=")]
    AndAssign,
    #[token("|=")]
    OrAssign,
    #[token("^=")]
    XorAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("&^=")]
    AndNotAssign,
    #[token("&&")]
    LAnd,
    #[token("||")]
    LOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    Eql,
    #[token("<")]
    Lss,
    #[token(">")]
    Gtr,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    Neq,
    #[token("<=")]
    Leq,
    #[token(">=")]
    Geq,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token("[")]
    LBrack,
    #[token("{")]
    LBrace,
    #[token(",")]
    Comma,
    #[token(".")]
    Period,
    #[token(")")]
    RParen,
    #[token("]")]
    RBrack,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semicolon,
    #[token(":")]
    Colon,
}

/// The tokens the parser sees: [`RawTok`] without comments, newlines and
/// flagged tokens, plus the semicolons the lexer inserted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok<'a> {
    Raw(RawTok<'a>),
    /// A `;` inserted at a newline (`false`) or at the end of the file (`true`).
    AutoSemi(bool),
}

impl<'a> RawTok<'a> {
    /// How gc names this token in `syntax error: unexpected X`.
    pub fn describe(&self) -> String {
        use RawTok::*;
        match self {
            Ident(s) => format!("name {s}"),
            Int(s) | Float(s) | Imag(s) => format!("literal {s}"),
            Rune(d) | String(d) | RawString(d) => format!("literal {}", d.text),
            Newline => "newline".to_string(),
            LineComment | BlockComment(_) => "comment".to_string(),
            other => {
                let s = other.text();
                if s.chars().all(|c| c.is_ascii_alphabetic()) {
                    format!("keyword {s}")
                } else {
                    s.to_string()
                }
            }
        }
    }

    /// The fixed text of a keyword or operator token.
    pub fn text(&self) -> &'static str {
        use RawTok::*;
        match self {
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Add => "+",
            Sub => "-",
            Mul => "*",
            Quo => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            AddAssign => "+=",
            SubAssign => "-=",
            MulAssign => "*=",
            QuoAssign => "/=",
            RemAssign => "%=",
            AndAssign => "&=",
            OrAssign => "|=",
            XorAssign => "^=",
            ShlAssign => "<<=",
            ShrAssign => ">>=",
            AndNotAssign => "&^=",
            LAnd => "&&",
            LOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            Eql => "==",
            Lss => "<",
            Gtr => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            Neq => "!=",
            Leq => "<=",
            Geq => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            LBrack => "[",
            LBrace => "{",
            Comma => ",",
            Period => ".",
            RParen => ")",
            RBrack => "]",
            RBrace => "}",
            Semicolon => ";",
            Colon => ":",
            _ => "",
        }
    }
}

impl Tok<'_> {
    /// How gc names this token in `syntax error: unexpected X`.
    pub fn describe(&self) -> String {
        match self {
            Tok::Raw(r) => r.describe(),
            Tok::AutoSemi(false) => "newline".to_string(),
            Tok::AutoSemi(true) => "EOF".to_string(),
        }
    }
}
