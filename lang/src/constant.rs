//! Go's exact constant arithmetic: the values of constant expressions and
//! whether they are representable in a type (The Go Programming Language
//! Specification, "Constant expressions" and "Representability").
//!
//! The checker owns kinds and types; this module only computes. The checker
//! first brings both operands of a binary operation to a common kind (if
//! either is a float both are floats), calls [`binary`], [`compare`],
//! [`unary`] or [`shift`], and then, for a typed result, calls
//! [`ConstVal::represent`], which both checks the range and rounds float32 and
//! float64 values, as go/types does after every constant operation.
//!
//! Integers are exact [`BigInt`]s; like go/types, an untyped integer result
//! over [`MAX_INT_BITS`] bits is an overflow ("constant addition overflow").
//! Floats (and complex parts) are [`Real`]s, go/constant's two
//! representations: exact fractions while they stay reasonably small (so
//! `1/3.0*3 == 1`), and a 512-bit binary float with a 32-bit exponent
//! beyond ([`bigfloat`]), so `1e646456992 / 1e646456991 == 10` costs a few
//! short multiplications. A float result past that exponent range has no
//! value ([`ConstError::NotRepresentable`]).

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

use num_bigint::{BigInt, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub mod bigfloat;
mod real;

pub use bigfloat::{BigFloat, OutOfRange, PREC as FLOAT_PREC};
pub use real::{Real, RAT_BITS};

use crate::ast::{BinOp, Lit, UnOp};
use crate::target::Target;
use crate::types::basic::BasicKind;

/// Untyped integer constants may have at most this many bits of magnitude
/// (go/types' `overflow`: "Untyped integer values must not grow arbitrarily",
/// `const prec = 512`). Applied to every integer result here; a typed result
/// is far smaller anyway.
pub const MAX_INT_BITS: u64 = 512;

/// Shift counts above this fail with [`ConstError::ShiftTooLarge`] before any
/// work is done. (gc is stricter: it rejects constant shift counts above
/// 1074 with "invalid operation: invalid shift count 100000 (untyped int
/// constant)"; the checker may test that bound first.)
pub const MAX_SHIFT: u64 = 10_000;

/// A constant's value. Kinds (typed or not) are the checker's business; the
/// value only has a class: bool, string, integer or float.
///
/// `PartialEq` is structural: `Int(1) != Float(1)`; use [`compare`] to
/// compare numerically.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ConstVal {
    Bool(bool),
    /// Go strings are bytes and need not be UTF-8 (`"\xff"`).
    String(#[serde(with = "serde_bytes")] Vec<u8>),
    /// Integer constants, rune constants included.
    Int(BigInt),
    /// Float constants: exact fractions, or 512-bit floats when too large.
    Float(Real),
    /// Complex constants: real and imaginary parts (`2i`, `1 + 2i`).
    /// Operations whose result has a zero imaginary part still give a
    /// `Complex`; [`ConstVal::represent`] turns it into a number of an
    /// integer or float kind when asked.
    Complex(Real, Real),
}

/// Why an operation on constants failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstError {
    /// `x / 0`, `x % 0` (integer or float).
    DivByZero,
    /// An integer result over [`MAX_INT_BITS`] bits.
    Overflow,
    /// A float result beyond the float representation's exponent range
    /// (go/constant gives no value; gc: "constant result is not
    /// representable").
    NotRepresentable,
    /// A shift count above [`MAX_SHIFT`] (or one not fitting in a u64).
    ShiftTooLarge,
    /// A shifted operand that is a float with a fractional part.
    NotInteger,
    /// Operands of the wrong class for the operator (`true + 1`, `1.5 % 2`,
    /// `^1.5`, a negative shift count): the checker should have rejected
    /// these with its own message before asking.
    Invalid,
}

/// The operation a [`ConstError`] came from, to word its message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstOp {
    Binary(BinOp),
    Unary(UnOp),
    /// A conversion or anything else without a name of its own.
    Other,
}

impl From<BinOp> for ConstOp {
    fn from(op: BinOp) -> ConstOp {
        ConstOp::Binary(op)
    }
}

impl From<UnOp> for ConstOp {
    fn from(op: UnOp) -> ConstOp {
        ConstOp::Unary(op)
    }
}

impl ConstError {
    /// gc's text for the error, without the "invalid operation: " prefix
    /// that gc puts before "division by zero" and "shift count too large".
    /// Overflows are named by operation as go/types' `opName` does:
    /// "constant addition overflow", "constant subtraction overflow",
    /// "constant multiplication overflow", "constant shift overflow",
    /// "constant bitwise XOR overflow", "constant bitwise complement
    /// overflow", otherwise "constant overflow".
    pub fn message(&self, op: impl Into<ConstOp>) -> String {
        match self {
            ConstError::DivByZero => "division by zero".to_string(),
            ConstError::ShiftTooLarge => "shift count too large".to_string(),
            ConstError::NotInteger => "truncated to integer".to_string(),
            ConstError::Invalid => "invalid constant operation".to_string(),
            ConstError::NotRepresentable => "constant result is not representable".to_string(),
            ConstError::Overflow => {
                let name = match op.into() {
                    ConstOp::Binary(BinOp::Add) => "addition ",
                    ConstOp::Binary(BinOp::Sub) => "subtraction ",
                    ConstOp::Binary(BinOp::Xor) => "bitwise XOR ",
                    ConstOp::Binary(BinOp::Mul) => "multiplication ",
                    ConstOp::Binary(BinOp::Shl) => "shift ",
                    ConstOp::Unary(UnOp::Xor) => "bitwise complement ",
                    _ => "",
                };
                format!("constant {name}overflow")
            }
        }
    }
}

/// Why a value is not representable in a kind ([`ConstVal::represent`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// Out of the kind's range (gc: "overflows").
    Overflow,
    /// A float with a fractional part for an integer kind (gc: "truncated").
    /// Note gc words every float-to-integer failure "truncated", even
    /// `int64(1e100)`, whose value here is an `Overflow`; the checker picks
    /// the word from the operand's kind.
    Truncated,
    /// The wrong class: a string for `int`, a number for `bool`, anything for
    /// `unsafe.Pointer` or `untyped nil`.
    Mismatch,
}

impl ConstVal {
    /// The value of a literal; `None` for a malformed literal. (Float and
    /// imaginary literals are decoded by the parser, [`Real::from_literal`].)
    /// The caller should report [`ConstVal::check_size`] errors ("constant
    /// overflow"), as go/types does for an integer literal over 512 bits.
    pub fn from_lit(lit: &Lit) -> Option<ConstVal> {
        Some(match lit {
            Lit::Int(i) | Lit::Rune(i) => ConstVal::Int(i.clone()),
            Lit::Float(r) => ConstVal::Float(r.clone()),
            Lit::String(s) => ConstVal::String(s.clone()),
            Lit::Imag(r) => ConstVal::Complex(Real::zero(), r.clone()),
            Lit::Bad | Lit::Malformed(_) => return None,
        })
    }

    /// `Err(Overflow)` if an integer has more than [`MAX_INT_BITS`] bits.
    /// (Float values are kept within range by every operation.)
    pub fn check_size(&self) -> Result<(), ConstError> {
        match self {
            ConstVal::Int(i) if i.bits() > MAX_INT_BITS => Err(ConstError::Overflow),
            _ => Ok(()),
        }
    }

    /// The integer with this value: an `Int` as it is, a float with an
    /// integral value as an `Int`; `None` otherwise.
    pub fn to_int(&self) -> Option<ConstVal> {
        self.int_value().map(ConstVal::Int)
    }

    /// The float with this value: an `Int` or `Float` as a `Float`; `None`
    /// for bools and strings.
    pub fn to_float(&self) -> Option<ConstVal> {
        self.real_value().map(ConstVal::Float)
    }

    /// The value as an integer if it is one (an `Int`, or a `Float` or
    /// `Complex` with an integral real value and no imaginary part), as
    /// go/constant's `ToInt` decides it (see [`Real::to_int`]).
    pub fn int_value(&self) -> Option<BigInt> {
        match self {
            ConstVal::Int(i) => Some(i.clone()),
            ConstVal::Float(r) => r.to_int(),
            ConstVal::Complex(re, im) if im.is_zero() => re.to_int(),
            _ => None,
        }
    }

    /// The value as a float, for `Int`, `Float` and a `Complex` whose
    /// imaginary part is zero.
    pub fn real_value(&self) -> Option<Real> {
        match self {
            ConstVal::Complex(re, im) if im.is_zero() => Some(re.clone()),
            _ => self.real_part(),
        }
    }

    /// The value as (real, imaginary) parts, for every number.
    pub fn complex_parts(&self) -> Option<(Real, Real)> {
        match self {
            ConstVal::Complex(re, im) => Some((re.clone(), im.clone())),
            _ => Some((self.real_part()?, Real::zero())),
        }
    }

    /// The value of an `Int` or `Float`.
    fn real_part(&self) -> Option<Real> {
        match self {
            ConstVal::Int(i) => Some(Real::from(i.clone())),
            ConstVal::Float(r) => Some(r.clone()),
            _ => None,
        }
    }

    /// The complex constant with this value (a number as a `Complex`).
    pub fn to_complex(&self) -> Option<ConstVal> {
        let (re, im) = self.complex_parts()?;
        Some(ConstVal::Complex(re, im))
    }

    /// The real (`imag` false) or imaginary part of a number, as a `Float`
    /// (the builtins `real` and `imag` on constants).
    pub fn part(&self, imag: bool) -> Option<ConstVal> {
        let (re, im) = self.complex_parts()?;
        Some(ConstVal::Float(if imag { im } else { re }))
    }

    /// `Some(b)` for a `Bool`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstVal::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The bytes of a `String`.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstVal::String(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the value is numeric and integral (`Int`, or a `Float` such as `2.0`).
    pub fn is_integral(&self) -> bool {
        match self {
            ConstVal::Int(_) => true,
            ConstVal::Float(r) => r.is_integer(),
            ConstVal::Complex(re, im) => im.is_zero() && re.is_integer(),
            _ => false,
        }
    }

    /// The sign of a numeric value (-1, 0, 1); 0 for bools and strings.
    pub fn sign(&self) -> i32 {
        match self {
            ConstVal::Int(i) => match i.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
            ConstVal::Float(r) => r.signum(),
            // A complex number has no sign; only zero matters (division).
            ConstVal::Complex(re, im) if re.is_zero() && im.is_zero() => 0,
            ConstVal::Complex(..) => 1,
            _ => 0,
        }
    }

    /// An integral value as an `i128`, if it fits.
    pub fn to_i128(&self) -> Option<i128> {
        self.int_value()?.to_i128()
    }

    /// An integral value as an `i64`, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        self.int_value()?.to_i64()
    }

    /// An integral value as a `u64`, if it fits.
    pub fn to_u64(&self) -> Option<u64> {
        self.int_value()?.to_u64()
    }

    /// The nearest f64 (round half to even; ±inf beyond the largest finite
    /// value and 0 below the smallest, as Go's `constant.Float64Val`); NaN
    /// for bools and strings.
    pub fn to_f64(&self) -> f64 {
        match self.real_value() {
            Some(r) => real_to_f64(&r),
            None => f64::NAN,
        }
    }

    /// The nearest f64 of each part of a number (see [`ConstVal::to_f64`]).
    pub fn to_f64_parts(&self) -> (f64, f64) {
        match self.complex_parts() {
            Some((re, im)) => (real_to_f64(&re), real_to_f64(&im)),
            None => (f64::NAN, f64::NAN),
        }
    }

    /// The string `string(x)` gives for an integer constant `x`: the UTF-8
    /// encoding of the code point, or of U+FFFD if `x` is not a valid code
    /// point (Go spec, "Conversions to and from a string type"). `None` if
    /// the value is not an `Int`.
    pub fn rune_to_string(&self) -> Option<ConstVal> {
        let ConstVal::Int(i) = self else {
            return None;
        };
        let c = i
            .to_u32()
            .and_then(char::from_u32)
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        Some(ConstVal::String(c.to_string().into_bytes()))
    }

    /// The value as a constant of `kind`, or why it cannot be one
    /// (go/types' `representableConst`):
    /// - sized integer kinds (`int` and `uint` are `target.int_size` bytes,
    ///   `uintptr` `target.ptr_size`): an `Int` in range, or a `Float` with
    ///   an integral value in range, becomes an `Int`; out of range is
    ///   `Overflow`, a fractional `Float` `Truncated` (so is a float too
    ///   large for go/constant to make an integer of, `1e5000`).
    /// - `untyped int` and `untyped rune`: any integral value, as an `Int`.
    /// - `float32` and `float64`: any number, rounded to the nearest value of
    ///   the type (half to even, subnormals included, tiny values to 0), as a
    ///   `Float`; `Overflow` if it rounds beyond the largest finite value.
    /// - `untyped float`: any number, as a `Float`.
    /// - string kinds take strings, bool kinds bools; all else is `Mismatch`.
    pub fn represent(&self, kind: BasicKind, target: &Target) -> Result<ConstVal, Repr> {
        use BasicKind as K;
        if let ConstVal::Complex(re, im) = self {
            if !kind.is_complex() {
                // A complex constant fits a real kind only without an
                // imaginary part (go/constant's ToFloat/ToInt first).
                if !im.is_zero() {
                    // types2 words it "truncated" for an integer kind and
                    // "overflows" for a float kind.
                    return Err(if kind.is_integer() {
                        Repr::Truncated
                    } else if kind.is_float() {
                        Repr::Overflow
                    } else {
                        Repr::Mismatch
                    });
                }
                return ConstVal::Float(re.clone()).represent(kind, target);
            }
        }
        match kind {
            _ if kind.is_integer() => {
                let i = match self {
                    ConstVal::Int(i) => i.clone(),
                    ConstVal::Float(r) => {
                        // Avoid building a 4,000-bit integer only to reject it.
                        if let Real::Rat(q) = r {
                            if q.is_integer()
                                && !q.is_zero()
                                && ilog2(q) > 64
                                && kind.size(target).is_some()
                            {
                                return Err(Repr::Overflow);
                            }
                        }
                        r.to_int().ok_or(Repr::Truncated)?
                    }
                    _ => return Err(Repr::Mismatch),
                };
                let Some(size) = kind.size(target) else {
                    // untyped int, untyped rune
                    return Ok(ConstVal::Int(i));
                };
                let bits = u64::from(size) * 8;
                let (lo, hi) = if kind.is_unsigned() {
                    (BigInt::zero(), (BigInt::one() << bits) - 1)
                } else {
                    let half = BigInt::one() << (bits - 1);
                    (-half.clone(), half - 1)
                };
                if i < lo || i > hi {
                    Err(Repr::Overflow)
                } else {
                    Ok(ConstVal::Int(i))
                }
            }
            K::Float32 | K::Float64 | K::UntypedFloat => {
                let r = self.real_value().ok_or(Repr::Mismatch)?;
                let r = match kind {
                    K::Float32 => Real::Rat(round_real(&r, &F32).ok_or(Repr::Overflow)?),
                    K::Float64 => Real::Rat(round_real(&r, &F64).ok_or(Repr::Overflow)?),
                    _ => r,
                };
                Ok(ConstVal::Float(r))
            }
            K::Complex64 | K::Complex128 | K::UntypedComplex => {
                let (re, im) = self.complex_parts().ok_or(Repr::Mismatch)?;
                let round = |r: Real| -> Result<Real, Repr> {
                    match kind {
                        K::Complex64 => round_real(&r, &F32).map(Real::Rat).ok_or(Repr::Overflow),
                        K::Complex128 => round_real(&r, &F64).map(Real::Rat).ok_or(Repr::Overflow),
                        _ => Ok(r),
                    }
                };
                Ok(ConstVal::Complex(round(re)?, round(im)?))
            }
            K::String | K::UntypedString => match self {
                ConstVal::String(_) => Ok(self.clone()),
                _ => Err(Repr::Mismatch),
            },
            K::Bool | K::UntypedBool => match self {
                ConstVal::Bool(_) => Ok(self.clone()),
                _ => Err(Repr::Mismatch),
            },
            _ => Err(Repr::Mismatch),
        }
    }
}

/// `x op y` for the arithmetic, bitwise and logical operators (comparisons
/// and shifts are accepted too and passed to [`compare`] and [`shift`]).
///
/// - `+ - * /` on two `Int`s give an `Int`, except `/` with `int_division`
///   false, which gives the exact quotient as a `Float` (an untyped float or
///   float-typed context); with `int_division` true `/` truncates toward
///   zero, as Go's integer division does (`-7/2 == -3`). If either operand is
///   a `Float` the result is a `Float` (unless `int_division` and both are
///   integral).
/// - `% & | ^ &^` take `Int`s only; `%` has the sign of the dividend
///   (`-7%2 == -1`); the bitwise operators act on two's complement values of
///   unbounded width, as Go's untyped constants do.
/// - `+` on two strings concatenates; `&& ||` take bools.
/// - `/` or `%` by zero is [`ConstError::DivByZero`]; an integer result over
///   [`MAX_INT_BITS`] bits is [`ConstError::Overflow`], a float result past
///   the float range [`ConstError::NotRepresentable`]; mismatched classes
///   are [`ConstError::Invalid`].
pub fn binary(
    op: BinOp,
    x: &ConstVal,
    y: &ConstVal,
    int_division: bool,
) -> Result<ConstVal, ConstError> {
    use BinOp::*;
    use ConstVal as V;
    if op.is_comparison() {
        return compare_opt(op, x, y)
            .map(V::Bool)
            .ok_or(ConstError::Invalid);
    }
    if op.is_shift() {
        let n = y.int_value().ok_or(ConstError::Invalid)?;
        if n.is_negative() {
            return Err(ConstError::Invalid);
        }
        let n = n.to_u64().ok_or(ConstError::ShiftTooLarge)?;
        return shift(x, op == Shl, n);
    }
    match (x, y) {
        (V::Bool(a), V::Bool(b)) => match op {
            LAnd => Ok(V::Bool(*a && *b)),
            LOr => Ok(V::Bool(*a || *b)),
            _ => Err(ConstError::Invalid),
        },
        (V::String(a), V::String(b)) => match op {
            Add => {
                let mut s = Vec::with_capacity(a.len() + b.len());
                s.extend_from_slice(a);
                s.extend_from_slice(b);
                Ok(V::String(s))
            }
            _ => Err(ConstError::Invalid),
        },
        (V::Int(a), V::Int(b)) => int_binary(op, a, b, int_division),
        (V::Complex(..), V::Int(_) | V::Float(_) | V::Complex(..))
        | (V::Int(_) | V::Float(_), V::Complex(..)) => {
            let (a, b) = (x.complex_parts().unwrap(), y.complex_parts().unwrap());
            complex_binary(op, a, b)
        }
        (V::Int(_) | V::Float(_), V::Int(_) | V::Float(_)) => {
            if int_division && op == Div {
                if let (Some(a), Some(b)) = (x.int_value(), y.int_value()) {
                    return int_binary(op, &a, &b, true);
                }
            }
            let (a, b) = (x.real_value().unwrap(), y.real_value().unwrap());
            real_arith(op, &a, &b).map(V::Float)
        }
        _ => Err(ConstError::Invalid),
    }
}

/// `a op b` for `+ - * /` on float values (each step rounded as
/// go/constant rounds it; exact while the values stay fractions).
fn real_arith(op: BinOp, a: &Real, b: &Real) -> Result<Real, ConstError> {
    let code = match op {
        BinOp::Add => b'+',
        BinOp::Sub => b'-',
        BinOp::Mul => b'*',
        BinOp::Div if b.is_zero() => return Err(ConstError::DivByZero),
        BinOp::Div => b'/',
        _ => return Err(ConstError::Invalid),
    };
    a.arith(code, b)
        .map_err(|OutOfRange| ConstError::NotRepresentable)
}

/// `+ - * /` on complex numbers, part by part as go/constant computes them
/// (exact while the parts stay fractions).
fn complex_binary(
    op: BinOp,
    (a, b): (Real, Real),
    (c, d): (Real, Real),
) -> Result<ConstVal, ConstError> {
    use BinOp::*;
    let f = real_arith;
    let (re, im) = match op {
        Add | Sub => (f(op, &a, &c)?, f(op, &b, &d)?),
        Mul => {
            let (ac, bd) = (f(Mul, &a, &c)?, f(Mul, &b, &d)?);
            let (bc, ad) = (f(Mul, &b, &c)?, f(Mul, &a, &d)?);
            (f(Sub, &ac, &bd)?, f(Add, &bc, &ad)?)
        }
        Div => {
            // (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (c²+d²)
            let (ac, bd) = (f(Mul, &a, &c)?, f(Mul, &b, &d)?);
            let (bc, ad) = (f(Mul, &b, &c)?, f(Mul, &a, &d)?);
            let (cc, dd) = (f(Mul, &c, &c)?, f(Mul, &d, &d)?);
            let den = f(Add, &cc, &dd)?;
            (
                f(Div, &f(Add, &ac, &bd)?, &den)?,
                f(Div, &f(Sub, &bc, &ad)?, &den)?,
            )
        }
        _ => return Err(ConstError::Invalid),
    };
    Ok(ConstVal::Complex(re, im))
}

fn int_binary(
    op: BinOp,
    a: &BigInt,
    b: &BigInt,
    int_division: bool,
) -> Result<ConstVal, ConstError> {
    use BinOp::*;
    let r = match op {
        Add => a + b,
        Sub => a - b,
        Mul => a * b,
        Div | Rem if b.is_zero() => return Err(ConstError::DivByZero),
        // num-bigint's `/` and `%` truncate toward zero, like Go's.
        Div if int_division => a / b,
        Div => {
            return Ok(ConstVal::Float(Real::from(BigRational::new(
                a.clone(),
                b.clone(),
            ))))
        }
        Rem => a % b,
        // num-bigint's bitwise operators use two's complement, like big.Int.
        And => a & b,
        Or => a | b,
        Xor => a ^ b,
        AndNot => a & !b,
        _ => return Err(ConstError::Invalid),
    };
    finish_int(r)
}

/// `x op y` for `== != < <= > >=`: integers and floats numerically (an `Int`
/// compares with a `Float` by value), strings bytewise, bools with `==` and
/// `!=` only. Any other combination is false (the checker rejects those).
pub fn compare(op: BinOp, x: &ConstVal, y: &ConstVal) -> bool {
    compare_opt(op, x, y).unwrap_or(false)
}

fn compare_opt(op: BinOp, x: &ConstVal, y: &ConstVal) -> Option<bool> {
    use ConstVal as V;
    let ord = match (x, y) {
        (V::Bool(a), V::Bool(b)) => {
            return match op {
                BinOp::Eq => Some(a == b),
                BinOp::Ne => Some(a != b),
                _ => None,
            }
        }
        (V::String(a), V::String(b)) => a.cmp(b),
        (V::Int(a), V::Int(b)) => a.cmp(b),
        (V::Complex(..), V::Int(_) | V::Float(_) | V::Complex(..))
        | (V::Int(_) | V::Float(_), V::Complex(..)) => {
            let ((a, b), (c, d)) = (x.complex_parts()?, y.complex_parts()?);
            let eq = a.cmp_value(&c) == Ordering::Equal && b.cmp_value(&d) == Ordering::Equal;
            return match op {
                BinOp::Eq => Some(eq),
                BinOp::Ne => Some(!eq),
                _ => None,
            };
        }
        (V::Int(_) | V::Float(_), V::Int(_) | V::Float(_)) => {
            x.real_value().unwrap().cmp_value(&y.real_value().unwrap())
        }
        _ => return None,
    };
    Some(match op {
        BinOp::Eq => ord == Ordering::Equal,
        BinOp::Ne => ord != Ordering::Equal,
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Gt => ord == Ordering::Greater,
        BinOp::Ge => ord != Ordering::Less,
        _ => return None,
    })
}

/// `op x` for `+ - ! ^`, where `kind` is the operand's kind (typed or
/// untyped). `^x` is `-x-1` for signed and untyped kinds; for an unsigned
/// kind it is masked to the kind's width, so `^uint8(1) == 254` and
/// `^uint(0)` is `1<<32 - 1` on a 4-byte-int target (go/constant's
/// `UnaryOp` with `prec`). `^` on a float, `!` on a non-bool, `&` and `<-`
/// are [`ConstError::Invalid`].
pub fn unary(
    op: UnOp,
    x: &ConstVal,
    kind: BasicKind,
    target: &Target,
) -> Result<ConstVal, ConstError> {
    use ConstVal as V;
    match (op, x) {
        (UnOp::Pos, V::Int(_) | V::Float(_)) => Ok(x.clone()),
        (UnOp::Neg, V::Int(a)) => finish_int(-a),
        (UnOp::Neg, V::Float(r)) => Ok(V::Float(r.neg())),
        (UnOp::Pos, V::Complex(..)) => Ok(x.clone()),
        (UnOp::Neg, V::Complex(re, im)) => Ok(V::Complex(re.neg(), im.neg())),
        (UnOp::Not, V::Bool(b)) => Ok(V::Bool(!b)),
        (UnOp::Xor, V::Int(a)) => {
            let not = !a;
            match kind.size(target) {
                Some(size) if kind.is_unsigned() => {
                    let mask = (BigInt::one() << (u64::from(size) * 8)) - 1;
                    Ok(V::Int(not & mask))
                }
                _ => finish_int(not),
            }
        }
        _ => Err(ConstError::Invalid),
    }
}

/// `x << count` (`left`) or `x >> count`. `x` must be integral (an `Int`,
/// or a `Float` such as `2.0`, which becomes an `Int`: the spec's "if the
/// left operand of a constant shift expression is an untyped constant, the
/// result is an integer constant"); a fractional float is
/// [`ConstError::NotInteger`]. `>>` is arithmetic (rounds toward negative
/// infinity: `-7>>1 == -4`). A count over [`MAX_SHIFT`] is
/// [`ConstError::ShiftTooLarge`]; a result over [`MAX_INT_BITS`] bits is
/// [`ConstError::Overflow`] ("constant shift overflow").
pub fn shift(x: &ConstVal, left: bool, count: u64) -> Result<ConstVal, ConstError> {
    if count > MAX_SHIFT {
        return Err(ConstError::ShiftTooLarge);
    }
    let a = match x {
        ConstVal::Int(a) => a.clone(),
        ConstVal::Float(_) | ConstVal::Complex(..) => {
            x.int_value().ok_or(ConstError::NotInteger)?
        }
        _ => return Err(ConstError::Invalid),
    };
    if !left {
        // num-bigint's `>>` on a negative value rounds down, as Go's does.
        return Ok(ConstVal::Int(a >> count));
    }
    if a.is_zero() {
        return Ok(ConstVal::Int(a));
    }
    if a.bits() + count > MAX_INT_BITS {
        return Err(ConstError::Overflow);
    }
    Ok(ConstVal::Int(a << count))
}

/// An integer result, checked against [`MAX_INT_BITS`].
fn finish_int(i: BigInt) -> Result<ConstVal, ConstError> {
    if i.bits() > MAX_INT_BITS {
        Err(ConstError::Overflow)
    } else {
        Ok(ConstVal::Int(i))
    }
}

/// floor(log2(|r|)) for a nonzero `r`.
fn ilog2(r: &BigRational) -> i64 {
    floor_log2(&r.numer().abs(), r.denom())
}

/// floor(log2(n/d)) for positive `n` and `d`.
fn floor_log2(n: &BigInt, d: &BigInt) -> i64 {
    // n/d lies in (2^(e-1), 2^(e+1)) for e = bits(n) - bits(d).
    let e = n.bits() as i64 - d.bits() as i64;
    let ge = if e >= 0 {
        *n >= d << (e as u64)
    } else {
        n << ((-e) as u64) >= *d
    };
    if ge {
        e
    } else {
        e - 1
    }
}

/// Rounds `|r|` (nonzero or zero) to `prec` significant bits, half to even:
/// returns (negative, m, s) with the rounded value `m * 2^s`, `m < 2^prec`.
/// With `emin`, the quantum is never below `2^(emin - prec + 1)`
/// (IEEE subnormals: `emin` is the smallest normal exponent).
fn round_binary(r: &BigRational, prec: u64, emin: Option<i64>) -> (bool, BigInt, i64) {
    let neg = r.is_negative();
    if r.is_zero() {
        return (false, BigInt::zero(), 0);
    }
    let n = r.numer().abs();
    let d = r.denom();
    let e = floor_log2(&n, d);
    let mut s = e - (prec as i64 - 1);
    if let Some(emin) = emin {
        s = s.max(emin - (prec as i64 - 1));
    }
    // q = floor(|r| / 2^s), exactly.
    let (num, den) = if s >= 0 {
        (n, d << (s as u64))
    } else {
        (n << ((-s) as u64), d.clone())
    };
    let mut q = &num / &den;
    let rem2 = (num - &q * &den) << 1u32;
    match rem2.cmp(&den) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.bit(0) => q += 1,
        _ => {}
    }
    if q.bits() > prec {
        // Rounded up to 2^prec.
        q >>= 1u32;
        s += 1;
    }
    (neg, q, s)
}

/// `±m * 2^s` as a fraction.
fn make_rat(neg: bool, m: BigInt, s: i64) -> BigRational {
    if m.is_zero() {
        return BigRational::zero();
    }
    let m = if neg { -m } else { m };
    if s >= 0 {
        return BigRational::from_integer(m << (s as u64));
    }
    // Reduce by hand: the only common factors are twos, so no gcd is needed.
    let tz = m.trailing_zeros().unwrap_or(0).min((-s) as u64);
    BigRational::new_raw(m >> tz, BigInt::one() << ((-s) as u64 - tz))
}

/// An IEEE binary format.
struct Ieee {
    /// Significand bits, the implicit one included.
    prec: u64,
    /// Smallest and largest exponents of normal numbers.
    emin: i64,
    emax: i64,
}

const F32: Ieee = Ieee {
    prec: 24,
    emin: -126,
    emax: 127,
};

const F64: Ieee = Ieee {
    prec: 53,
    emin: -1022,
    emax: 1023,
};

/// `r` rounded to the nearest value of `fmt` (half to even), or `None` if
/// that is beyond the largest finite value (it would be ±inf).
fn round_ieee(r: &BigRational, fmt: &Ieee) -> Option<BigRational> {
    let (neg, m, s) = round_ieee_parts(r, fmt)?;
    Some(make_rat(neg, m, s))
}

fn round_ieee_parts(r: &BigRational, fmt: &Ieee) -> Option<(bool, BigInt, i64)> {
    if r.is_zero() {
        return Some((false, BigInt::zero(), 0));
    }
    // Cheap bounds first, so a huge or tiny value costs no big shifts:
    // |r| lies in (2^(e-1), 2^(e+1)).
    let e = r.numer().bits() as i64 - r.denom().bits() as i64;
    if e - 1 > fmt.emax {
        return None;
    }
    if e < fmt.emin - fmt.prec as i64 {
        // Below half the smallest subnormal: rounds to zero.
        return Some((false, BigInt::zero(), 0));
    }
    let (neg, m, s) = round_binary(r, fmt.prec, Some(fmt.emin));
    if !m.is_zero() && m.bits() as i64 - 1 + s > fmt.emax {
        return None;
    }
    Some((neg, m, s))
}

/// A float value rounded to the nearest value of `fmt` (see
/// [`round_ieee`]), without ever building the fraction of a huge or tiny
/// `BigFloat`.
fn round_real(r: &Real, fmt: &Ieee) -> Option<BigRational> {
    // Anything beyond 2^(emax+2) overflows and anything below
    // 2^(emin-prec-2) rounds to 0; values in between are cheap fractions.
    let bound = fmt.emax.max(fmt.prec as i64 - fmt.emin) + 2;
    round_ieee(&r.to_rat_within(bound).ok()?, fmt)
}

/// The f64 nearest to a float value; ±inf past the largest finite value.
fn real_to_f64(r: &Real) -> f64 {
    let bound = F64.emax.max(F64.prec as i64 - F64.emin) + 2;
    match r.to_rat_within(bound) {
        Ok(q) => rat_to_f64(&q),
        Err(OutOfRange) if r.is_negative() => f64::NEG_INFINITY,
        Err(OutOfRange) => f64::INFINITY,
    }
}

/// The f64 nearest to `r`; ±inf past the largest finite value.
fn rat_to_f64(r: &BigRational) -> f64 {
    let Some((neg, m, s)) = round_ieee_parts(r, &F64) else {
        return if r.is_negative() {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    };
    let m = m.to_u64().unwrap();
    let bits = if m == 0 {
        0
    } else if m >> 52 == 0 {
        // Subnormal: s is -1074, the exponent field is 0.
        m
    } else {
        let biased = (s + 52 + 1023) as u64;
        (biased << 52) | (m & ((1 << 52) - 1))
    };
    let f = f64::from_bits(bits);
    if neg {
        -f
    } else {
        f
    }
}

/// The exact value of a finite f64.
fn f64_to_rat(x: f64) -> BigRational {
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, s) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    make_rat(neg, BigInt::from(m), s)
}

// ---- Formatting, as go/constant's String methods print values in gc's messages.

impl fmt::Display for ConstVal {
    /// As gc shows constants in messages (go/constant's `String`): integers
    /// in decimal; floats as `%.6g` of the nearest float64 (`3.14159`,
    /// `1e+100`, `0.1`), with all shortest digits if `%.6g` would make a
    /// fraction look integral (`1.0000001`), and an approximate `1e+400`
    /// beyond float64's range; strings quoted by `strconv.Quote` rules and
    /// cut to 72 characters with `...`; bools as `true`/`false`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConstVal::Bool(b) => write!(f, "{b}"),
            ConstVal::Int(i) => write!(f, "{i}"),
            ConstVal::Float(r) => f.write_str(&format_float(r)),
            // go/constant's complexVal.String.
            ConstVal::Complex(re, im) => {
                write!(f, "({} + {}i)", format_float(re), format_float(im))
            }
            ConstVal::String(s) => f.write_str(&shorten(&crate::quote::go_quote(s), 72)),
        }
    }
}

/// go/constant's `floatVal.String`.
fn format_float(r: &Real) -> String {
    let x = real_to_f64(r);
    if r.is_zero() == (x == 0.0) && x.is_finite() {
        let s = format_g(x, Some(6));
        let integral = match r {
            Real::Rat(q) => q.is_integer(),
            Real::Big(f) => f.is_integer(),
        };
        if !integral && !s.contains('.') {
            // "f is not an integer, but its string representation doesn't
            // reflect that. Use more digits." (Go issue 56220; go1.19 and
            // earlier print `1` for 1.0000001.)
            return format_g(x, None);
        }
        return s;
    }
    // Out of float64 range: f = mant * 2^exp with 0.5 <= |mant| < 1, then
    // an approximate decimal exponent, as go/constant does.
    let (mant, exp) = match r {
        Real::Rat(q) => {
            let exp = ilog2(q) + 1;
            (q / make_rat(false, BigInt::one(), exp), exp)
        }
        Real::Big(_) => r.big_mant_exp().expect("nonzero"),
    };
    let mut m = rat_to_f64(&mant);
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    m *= 10f64.powf(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format_g(m, Some(6)), e)
}

/// Decimal digits `0.d1d2...dn × 10^dp`, without trailing zeros (none at
/// all for zero).
struct Decimal {
    digits: Vec<u8>,
    dp: i64,
}

/// The shortest digits that read back as `x` (finite, nonnegative), as
/// strconv's shortest mode; Rust's `{:e}` prints exactly those.
fn shortest_digits(x: f64) -> Decimal {
    if x == 0.0 {
        return Decimal {
            digits: Vec::new(),
            dp: 0,
        };
    }
    let s = format!("{x:e}");
    let (mant, exp) = s.split_once('e').unwrap();
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Decimal {
        digits,
        dp: exp.parse::<i64>().unwrap() + 1,
    }
}

/// `x` (finite, nonnegative) correctly rounded to `n` significant digits,
/// half to even, as strconv's fixed-precision mode.
fn fixed_digits(x: f64, n: u32) -> Decimal {
    if x == 0.0 {
        return Decimal {
            digits: Vec::new(),
            dp: 0,
        };
    }
    let r = f64_to_rat(x);
    let ten = BigInt::from(10);
    let pow10 = |k: i64| -> BigRational {
        let p = ten.pow(k.unsigned_abs() as u32);
        if k >= 0 {
            BigRational::from_integer(p)
        } else {
            BigRational::new(BigInt::one(), p)
        }
    };
    // k = floor(log10(x)), from an estimate corrected exactly.
    let mut k = (ilog2(&r) as f64 * std::f64::consts::LOG10_2).floor() as i64;
    while pow10(k) > r {
        k -= 1;
    }
    while pow10(k + 1) <= r {
        k += 1;
    }
    let scaled = r * pow10(i64::from(n) - 1 - k);
    let mut q = scaled.to_integer();
    let rem2: BigInt = (scaled.numer() - &q * scaled.denom()) * 2;
    match rem2.cmp(scaled.denom()) {
        Ordering::Greater => q += 1,
        Ordering::Equal if q.bit(0) => q += 1,
        _ => {}
    }
    if q == ten.pow(n) {
        q /= 10;
        k += 1;
    }
    let mut digits = q.to_string().into_bytes();
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Decimal { digits, dp: k + 1 }
}

/// strconv.FormatFloat(x, 'g', prec, 64), with `None` for -1 (shortest).
fn format_g(x: f64, prec: Option<u32>) -> String {
    let neg = x.is_sign_negative() && x != 0.0;
    let ax = x.abs();
    let shortest = prec.is_none();
    let d = match prec {
        Some(p) => fixed_digits(ax, p.max(1)),
        None => shortest_digits(ax),
    };
    let nd = d.digits.len() as i64;
    let mut prec = match prec {
        Some(p) => i64::from(p.max(1)),
        None => nd,
    };
    let mut eprec = prec;
    if eprec > nd && nd >= d.dp {
        eprec = nd;
    }
    // "if precision was the shortest possible, use precision 6 for this decision."
    if shortest {
        eprec = 6;
    }
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let exp = d.dp - 1;
    if exp < -4 || exp >= eprec {
        if prec > nd {
            prec = nd;
        }
        fmt_e(&mut out, &d, prec - 1);
    } else {
        if prec > d.dp {
            prec = nd;
        }
        fmt_f(&mut out, &d, (prec - d.dp).max(0));
    }
    out
}

/// strconv's %e: d.ddde±dd.
fn fmt_e(out: &mut String, d: &Decimal, prec: i64) {
    out.push(d.digits.first().map_or('0', |&c| c as char));
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            out.push(d.digits.get(i as usize).map_or('0', |&c| c as char));
        }
    }
    out.push('e');
    let exp = if d.digits.is_empty() { 0 } else { d.dp - 1 };
    out.push(if exp < 0 { '-' } else { '+' });
    let exp = exp.unsigned_abs();
    if exp < 10 {
        out.push('0');
    }
    out.push_str(&exp.to_string());
}

/// strconv's %f with `prec` decimals.
fn fmt_f(out: &mut String, d: &Decimal, prec: i64) {
    if d.dp > 0 {
        for i in 0..d.dp {
            out.push(d.digits.get(i as usize).map_or('0', |&c| c as char));
        }
    } else {
        out.push('0');
    }
    if prec > 0 {
        out.push('.');
        for i in 1..=prec {
            let j = d.dp + i - 1;
            let c = if j >= 0 {
                d.digits.get(j as usize)
            } else {
                None
            };
            out.push(c.map_or('0', |&c| c as char));
        }
    }
}

/// go/constant's `stringVal.String`: a quoted string of more than `max`
/// characters keeps its first `max - 3` and ends in `...`.
fn shorten(quoted: &str, max: usize) -> String {
    if quoted.chars().count() <= max {
        return quoted.to_string();
    }
    let mut s: String = quoted.chars().take(max - 3).collect();
    s.push_str("...");
    s
}

#[cfg(test)]
mod tests;
