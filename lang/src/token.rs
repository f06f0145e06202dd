//! Go's tokens, as logos recognises them.
//!
//! Literal tokens keep their raw text; [`crate::literal`] decodes it. Malformed
//! input never stops the lexer: it becomes a flagged token (`Unterminated...`,
//! `Invalid`) that the parser turns into a diagnostic. Newlines and comments are
//! tokens here only so that [`crate::lexer`] can insert semicolons; the parser
//! never sees them.

use logos::Logos;

#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\r\u{feff}]+")]
pub enum RawTok<'a> {
    /// `\n`
    #[token("\n")]
    Newline,
    /// `// to the end of the line`
    #[regex(r"//[^\n]*", allow_greedy = true)]
    LineComment,
    /// `/* ... */`; `true` when it spans a newline (then it acts as one).
    #[regex(r"/\*([^*]|\*+[^*/])*\*+/", |lex| lex.slice().contains('\n'))]
    BlockComment(bool),
    /// `/* ...` to the end of the file.
    #[regex(r"/\*([^*]|\*+[^*/])*\**", priority = 0)]
    UnterminatedComment,

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
    Imag(&'a str),
    /// `'a'`, `'\n'`, `'\u00e9'`
    #[regex(r"'([^'\\\n]|\\[^\n])*'", |lex| lex.slice())]
    Rune(&'a str),
    /// `'a` with no closing quote on the line.
    #[regex(r"'([^'\\\n]|\\[^\n])*", |lex| lex.slice(), priority = 0)]
    UnterminatedRune(&'a str),
    /// `"text\n"`
    #[regex(r#""([^"\\\n]|\\[^\n])*""#, |lex| lex.slice())]
    String(&'a str),
    /// `"text` with no closing quote on the line.
    #[regex(r#""([^"\\\n]|\\[^\n])*"#, |lex| lex.slice(), priority = 0)]
    UnterminatedString(&'a str),
    /// `` `raw text` ``
    #[regex(r"`[^`]*`", |lex| lex.slice())]
    RawString(&'a str),
    /// `` `raw text `` to the end of the file.
    #[regex(r"`[^`]*", |lex| lex.slice(), priority = 0)]
    UnterminatedRawString(&'a str),

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
            Int(s) | Float(s) | Imag(s) | Rune(s) | String(s) | RawString(s) => {
                format!("literal {s}")
            }
            UnterminatedRune(_) | UnterminatedString(_) | UnterminatedRawString(_) => {
                "literal".to_string()
            }
            Newline => "newline".to_string(),
            LineComment | BlockComment(_) | UnterminatedComment => "comment".to_string(),
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
