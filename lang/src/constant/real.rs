//! The value of a float constant (and of each part of a complex one), in
//! the two representations go/constant uses: an exact fraction while its
//! numerator and denominator stay below [`RAT_BITS`] bits, and a
//! [`BigFloat`] (512-bit mantissa, 32-bit exponent) once a value would be
//! larger than that, such as `1e646456992` or a long chain of divisions.
//!
//! The switching rules are go/constant's, so results match gc bit for bit:
//! an operation on two fractions is exact and becomes a `BigFloat` only if
//! the result is too large; an operation with a `BigFloat` operand rounds
//! the other operand to 512 bits first and rounds its result, and a
//! `BigFloat` never turns back into a fraction (a rounded value is not
//! exact, and a fraction would pretend it is). A literal is a fraction
//! when its binary exponent is within ±[`RAT_BITS`], a `BigFloat` beyond.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{Signed, Zero};

use super::bigfloat::{self, BigFloat, OutOfRange, PREC};

/// go/constant's `maxExp`: fractions whose numerator or denominator reach
/// this many bits switch to a [`BigFloat`]; literals whose binary exponent
/// reaches ± this are `BigFloat`s from the start.
pub const RAT_BITS: u64 = 4096;

/// A float constant's value. `PartialEq` is structural (`Rat(1)` differs
/// from `Big(1)`); [`Real::cmp_value`] compares numerically.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Real {
    Rat(BigRational),
    Big(BigFloat),
}

impl Default for Real {
    fn default() -> Real {
        Real::Rat(BigRational::zero())
    }
}

impl From<BigRational> for Real {
    /// go/constant's `makeRat`: exact while small, rounded beyond.
    fn from(r: BigRational) -> Real {
        if r.numer().bits() < RAT_BITS && r.denom().bits() < RAT_BITS {
            Real::Rat(r)
        } else {
            Real::Big(BigFloat::from_rat(&r))
        }
    }
}

impl From<BigInt> for Real {
    fn from(i: BigInt) -> Real {
        Real::from(BigRational::from_integer(i))
    }
}

impl Real {
    pub fn zero() -> Real {
        Real::default()
    }

    /// The value of the literal `m × base^exp` (`base` 10, or 2 for a
    /// hexadecimal float), as go/constant's `MakeFromLiteral` makes it:
    /// `Err` if it is beyond math/big's range (gc: "malformed constant").
    pub fn from_literal(m: &BigUint, base: u32, exp: i64) -> Result<Real, OutOfRange> {
        let f = bigfloat::from_literal(m, base, exp)?;
        if f.is_zero() {
            // Underflowed (or zero digits): an exact 0, without building
            // 10^646456993 (Go issue 20228).
            return Ok(Real::zero());
        }
        let e = f.mant_exp();
        if -(RAT_BITS as i64) < e && e < RAT_BITS as i64 {
            // Small enough for an exact fraction; exp is bounded by the
            // digit count plus RAT_BITS here, so the power is cheap.
            let p = BigInt::from(base).pow(exp.unsigned_abs() as u32);
            let m = BigInt::from(m.clone());
            return Ok(Real::Rat(if exp >= 0 {
                BigRational::from_integer(m * p)
            } else {
                BigRational::new(m, p)
            }));
        }
        Ok(Real::Big(f))
    }

    /// The exact fraction, if this is one.
    pub fn as_rat(&self) -> Option<&BigRational> {
        match self {
            Real::Rat(r) => Some(r),
            Real::Big(_) => None,
        }
    }

    /// The value rounded to 512 bits (go/constant's `rtof` for fractions).
    fn big(&self) -> BigFloat {
        match self {
            Real::Rat(r) => BigFloat::from_rat(r),
            Real::Big(f) => f.clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        match self {
            Real::Rat(r) => r.is_zero(),
            Real::Big(f) => f.is_zero(),
        }
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Real::Rat(r) => r.is_negative(),
            Real::Big(f) => f.is_negative(),
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.is_zero() {
            0
        } else if self.is_negative() {
            -1
        } else {
            1
        }
    }

    pub fn neg(&self) -> Real {
        match self {
            Real::Rat(r) => Real::Rat(-r),
            Real::Big(f) => Real::Big(f.neg()),
        }
    }

    /// `self op other` for `+ - *` and, with a nonzero `other`, `/`
    /// (`op` is one of `b'+' b'-' b'*' b'/'`). `Err` when a `BigFloat`
    /// result leaves math/big's range.
    pub fn arith(&self, op: u8, other: &Real) -> Result<Real, OutOfRange> {
        if let (Real::Rat(a), Real::Rat(b)) = (self, other) {
            return Ok(Real::from(match op {
                b'+' => a + b,
                b'-' => a - b,
                b'*' => a * b,
                _ => a / b,
            }));
        }
        let (a, b) = (self.big(), other.big());
        let r = match op {
            b'+' => a.add(&b, PREC),
            b'-' => a.sub(&b, PREC),
            b'*' => a.mul(&b, PREC),
            _ => a.quo(&b, PREC),
        };
        r.in_range().map(Real::Big)
    }

    /// Numeric order; a fraction meeting a `BigFloat` is rounded to 512
    /// bits first, as go/constant's `match` does.
    pub fn cmp_value(&self, other: &Real) -> Ordering {
        match (self, other) {
            (Real::Rat(a), Real::Rat(b)) => a.cmp(b),
            _ => self.big().cmp(&other.big()),
        }
    }

    /// Whether [`Real::to_int`] has a value.
    pub fn is_integer(&self) -> bool {
        match self {
            Real::Rat(r) => r.is_integer(),
            Real::Big(_) => self.to_int().is_some(),
        }
    }

    /// The integer with this value, as go/constant's `ToInt`: a fraction
    /// must be integral; a `BigFloat` must be within ±2^[`RAT_BITS`] (no
    /// huge integers) and integral, or become integral when rounded to a
    /// few bits less than 512 toward or away from zero (rounding noise
    /// from earlier operations is forgiven).
    pub fn to_int(&self) -> Option<BigInt> {
        match self {
            Real::Rat(r) => r.is_integer().then(|| r.to_integer()),
            Real::Big(f) => {
                let e = f.mant_exp();
                if e <= -(RAT_BITS as i64) || e >= RAT_BITS as i64 {
                    return None;
                }
                const SLACK: u64 = 4;
                [
                    f.clone(),
                    f.round_dir(PREC - SLACK, false),
                    f.round_dir(PREC - SLACK, true),
                ]
                .into_iter()
                .find(BigFloat::is_integer)
                .map(|g| g.trunc_int())
            }
        }
    }

    /// The exact fraction if the magnitude is below 2^`max_log2` (and 0 if
    /// it is below 2^-`max_log2`); `Err` if it is above. Lets callers that
    /// round to float32/float64 work on fractions without building huge ones.
    pub fn to_rat_within(&self, max_log2: i64) -> Result<BigRational, OutOfRange> {
        match self {
            Real::Rat(r) => Ok(r.clone()),
            Real::Big(f) => {
                let e = f.mant_exp();
                if f.is_zero() || e < -max_log2 {
                    Ok(BigRational::zero())
                } else if e > max_log2 {
                    Err(OutOfRange)
                } else {
                    Ok(f.to_rat())
                }
            }
        }
    }

    /// `self == frac × 2^exp` with `0.5 <= |frac| < 1` (math/big's
    /// `MantExp`), for printing values beyond float64's range; `None` for
    /// zero and for fractions (whose callers have their own path).
    pub fn big_mant_exp(&self) -> Option<(BigRational, i64)> {
        match self {
            Real::Big(f) if !f.is_zero() => Some(f.mant_frac()),
            _ => None,
        }
    }
}
