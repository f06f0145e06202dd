//! Operands: the result of checking an expression (its mode, type and,
//! for constants, value), and how gc describes one in a message:
//! `x (variable of type int)`, `1 (untyped int constant)`.

use super::scope::Builtin;
use super::Checker;
use crate::ast::NodeId;
use crate::constant::ConstVal;
use crate::source::Span;
use crate::types::TypeId;

#[derive(Clone, Debug)]
pub enum Mode {
    /// Erroneous; already reported.
    Invalid,
    /// A call of a function without results.
    NoValue,
    /// A builtin function name (must be called).
    Builtin(Builtin),
    /// The expression denotes a type.
    Type,
    Const(ConstVal),
    /// An addressable variable.
    Var,
    /// `m[k]`: assignable, not addressable, can yield `v, ok`.
    MapIndex,
    Value,
    /// A receive or type assertion: can yield `v, ok`.
    CommaOk,
}

#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
    pub span: Span,
    pub id: NodeId,
}

impl Operand {
    pub fn invalidate(&mut self) {
        self.mode = Mode::Invalid;
    }

    pub fn is_invalid(&self) -> bool {
        matches!(self.mode, Mode::Invalid)
    }

    pub fn value(&self) -> Option<&ConstVal> {
        match &self.mode {
            Mode::Const(v) => Some(v),
            _ => None,
        }
    }

    pub fn is_const(&self) -> bool {
        matches!(self.mode, Mode::Const(_))
    }
}

impl Checker<'_, '_> {
    pub fn invalid_operand(&self, span: Span, id: NodeId) -> Operand {
        Operand {
            mode: Mode::Invalid,
            ty: self.env.wk.invalid,
            span,
            id,
        }
    }

    /// gc's description of an operand in messages.
    pub fn describe(&self, op: &Operand) -> String {
        let text = self.text(op.span);
        let ty = self.ts(op.ty);
        let untyped = self.env.types.is_untyped(op.ty);
        if op.ty == self.env.wk.untyped_nil {
            return "nil".to_string();
        }
        match &op.mode {
            Mode::Invalid => format!("{text} (invalid operand)"),
            Mode::NoValue => format!("{text} (no value)"),
            Mode::Builtin(_) => format!("{text} (built-in)"),
            Mode::Type => format!("{text} (type)"),
            Mode::Const(v) => {
                let vs = v.to_string();
                if untyped {
                    if vs == text {
                        format!("{text} ({ty} constant)")
                    } else {
                        format!("{text} ({ty} constant {vs})")
                    }
                } else if vs == text {
                    format!("{text} (constant of type {ty})")
                } else {
                    format!("{text} (constant {vs} of type {ty})")
                }
            }
            Mode::Var => format!("{text} (variable of type {ty})"),
            Mode::MapIndex => format!("{text} (map index expression of type {ty})"),
            Mode::Value | Mode::CommaOk => {
                if untyped {
                    format!("{text} ({ty} value)")
                } else {
                    format!("{text} (value of type {ty})")
                }
            }
        }
    }
}
