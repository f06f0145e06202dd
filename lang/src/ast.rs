//! The syntax tree the parser builds and the checker reads.
//!
//! Every node carries a [`Span`]. As in Go's `go/ast`, types are expressions:
//! `[]int`, `*T`, `map[K]V` and `pkg.T` parse as [`Expr`] nodes and the checker
//! decides from context whether an expression denotes a value or a type. That
//! keeps the grammar LR(1) where Go's syntax cannot tell the two apart
//! (`(*T)(x)`, `f(a, b)` versus `make([]int, n)`).
//!
//! Every expression has a [`NodeId`], unique within one parse, so later passes
//! can attach types and constant values to it without owning the tree.

use crate::source::Span;
use num_bigint::BigInt;
use serde::{Deserialize, Serialize};

/// Identifies one expression node; dense, starting at 0 for each parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

impl NodeId {
    /// For values no expression node stands for (the `ok` of `v, ok = m[k]`):
    /// nothing is recorded for it.
    pub const NONE: NodeId = NodeId(u32::MAX);
}

/// A name as written, with where it was written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// One parsed source file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct File {
    /// `package main`; `None` for a script (a file without a package clause),
    /// whose top-level statements are in `stmts`.
    pub package: Option<Ident>,
    pub imports: Vec<ImportSpec>,
    pub decls: Vec<Decl>,
    /// Top-level statements of a script; always empty when `package` is set.
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ImportSpec {
    /// `import f "fmt"`, `import . "fmt"`, `import _ "fmt"`.
    pub name: Option<Ident>,
    /// The decoded import path.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Decl {
    Var(Vec<ValueSpec>, Span),
    Const(Vec<ValueSpec>, Span),
    Type(Vec<TypeSpec>, Span),
    Func(Box<FuncDecl>),
}

impl Decl {
    pub fn span(&self) -> Span {
        match self {
            Decl::Var(_, s) | Decl::Const(_, s) | Decl::Type(_, s) => *s,
            Decl::Func(f) => f.span,
        }
    }
}

/// `a, b T = x, y` in a var or const declaration.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// For constants: the spec's index in its group (the value of `iota`), and
    /// whether `ty`/`values` were repeated from an earlier spec of the group
    /// (Go's implicit repetition of the last non-empty expression list).
    pub iota: u32,
    pub implicit: bool,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TypeSpec {
    pub name: Ident,
    /// Type parameters, parsed only to be rejected: v1 has no generics.
    pub type_params: Option<Span>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Option<Span>,
    pub sig: FuncType,
    /// `None` for a function declared without a body (implemented natively).
    pub body: Option<Block>,
    /// The parser skipped the body's tokens (an imported package's function,
    /// parsed only if the program reaches it: parse/lazy.rs): `body` is an
    /// empty block spanning the braces until `parse::lazy::parse_body`
    /// fills it in.
    pub deferred: bool,
    pub span: Span,
}

/// A parameter, result, struct field or receiver: `a, b int`, `int`, `...T`.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// The parameter was written `...T`.
    pub variadic: bool,
    /// Struct field tag, decoded.
    #[serde(with = "serde_bytes")]
    pub tag: Option<Vec<u8>>,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface; unions and `~T` are parsed as expressions here and rejected.
    Embedded(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    /// The operator as Go writes it.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }

    pub fn is_comparison(self) -> bool {
        use BinOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }

    pub fn is_shift(self) -> bool {
        matches!(self, BinOp::Shl | BinOp::Shr)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::Xor => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

/// A literal's decoded value. Strings are bytes: Go strings need not be UTF-8 (`"\xff"`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Lit {
    Int(BigInt),
    Float(crate::constant::Real),
    /// An imaginary literal (`2i`, `1.5e3i`): the value of its imaginary part.
    Imag(crate::constant::Real),
    Rune(BigInt),
    String(#[serde(with = "serde_bytes")] Vec<u8>),
    /// A literal the lexer flagged as malformed; already reported.
    Bad,
    /// A well-formed float or imaginary literal (its text) whose value is
    /// beyond the constant range (`1e646456993`): the checker reports it.
    Malformed(String),
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    /// Height of this subtree. The parser bounds it (see `parse::MAX_EXPR_DEPTH`)
    /// so the recursive passes after it cannot run out of stack.
    pub depth: u32,
    pub kind: ExprKind,
}

/// `key: value` or `value` inside a composite literal.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum ExprKind {
    Ident(String),
    Lit(Lit),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    Composite {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    Index(Box<Expr>, Box<Expr>),
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for the `x.(type)` of a type switch.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        /// `f(xs...)`: the span of the `...`.
        ellipsis: Option<Span>,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `[N]T`, `[...]T` (`len` is `None`, `dots` true) or `[]T` (`len` None, `dots` false).
    ArrayType {
        len: Option<Box<Expr>>,
        dots: bool,
        elem: Box<Expr>,
    },
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    FuncType(FuncType),
    StructType(Vec<Field>),
    InterfaceType(Vec<InterfaceElem>),
    /// `~T` in a constraint: parsed only to be rejected.
    Tilde(Box<Expr>),
    /// A node standing for input that did not parse; already reported.
    Bad,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CaseClause {
    /// `None` for `default:`.
    pub exprs: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CommClause {
    /// A send or receive statement; `None` for `default:`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

impl BranchKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BranchKind::Break => "break",
            BranchKind::Continue => "continue",
            BranchKind::Goto => "goto",
            BranchKind::Fallthrough => "fallthrough",
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum StmtKind {
    Empty,
    Decl(Decl),
    Labeled(Ident, Box<Stmt>),
    Expr(Expr),
    Send(Expr, Expr),
    IncDec(Expr, bool),
    /// `lhs = rhs` (`op` None) or `lhs op= rhs`.
    Assign(Vec<Expr>, Option<BinOp>, Vec<Expr>),
    /// `a, b := x, y`. The left side is kept as expressions so that the checker
    /// can report `non-name a.b on left side of :=` instead of a syntax error.
    Define(Vec<Expr>, Vec<Expr>),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch(BranchKind, Option<Ident>),
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        lbrace: Span,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        body: Vec<CaseClause>,
        lbrace: Span,
    },
    Select(Vec<CommClause>),
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (:= | =)] range x { ... }`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
}
