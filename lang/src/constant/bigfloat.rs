//! Binary floating-point numbers with a 512-bit mantissa and a 32-bit
//! exponent: the representation gc (go/constant over math/big's `Float`)
//! gives a float constant once it is too large or too precise to keep as an
//! exact fraction, such as the literal `1e646456992`.
//!
//! A value is `±mant × 2^exp` with an odd `mant` (or zero), so equal values
//! are equal structurally. Results are rounded to [`PREC`] bits, to nearest
//! with ties to even, and every operation is correctly rounded from its
//! exact result, as big.Float's are. Work stays proportional to the
//! mantissa length whatever the exponents: adding `1` to `1e646456992`
//! never shifts a two-billion-bit integer.
//!
//! Range: math/big writes a value as `0.m × 2^e` with `e` an int32; a
//! result above that is ±Inf (go/constant then has no value: "constant
//! result is not representable") and one below it is 0.
//! [`BigFloat::in_range`] applies those bounds; the arithmetic itself keeps
//! an i64 exponent, far wider than any chain of in-range operations needs.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

/// go/constant's mantissa precision in bits.
pub const PREC: u64 = 512;

/// math/big's exponent bounds for `0.m × 2^e` (big.MinExp, big.MaxExp).
pub const MIN_EXP: i64 = i32::MIN as i64;
pub const MAX_EXP: i64 = i32::MAX as i64;

/// `±mant × 2^exp`; zero is `mant == 0`, `neg == false`, `exp == 0`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BigFloat {
    neg: bool,
    mant: BigUint,
    exp: i64,
}

/// Why a result has no value in math/big's exponent range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OutOfRange;

impl BigFloat {
    pub fn zero() -> BigFloat {
        BigFloat {
            neg: false,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    /// `±m × 2^e` rounded to `prec` bits; `sticky` says the exact value is
    /// a little more than `m × 2^e` in magnitude (less than one unit of its
    /// last bit), which only matters for deciding ties.
    fn rounded(neg: bool, mut m: BigUint, mut e: i64, prec: u64, sticky: bool) -> BigFloat {
        if m.is_zero() {
            return BigFloat::zero();
        }
        let n = m.bits();
        if sticky && n < prec + 2 {
            // Make room for the round and sticky bits below the kept ones.
            let k = prec + 2 - n;
            m <<= k;
            e -= k as i64;
        }
        let n = m.bits();
        if n > prec {
            let drop = n - prec;
            let mut q = &m >> drop;
            let rem = &m - (&q << drop);
            let half = BigUint::one() << (drop - 1);
            let up = match rem.cmp(&half) {
                Ordering::Greater => true,
                Ordering::Equal => sticky || q.bit(0),
                Ordering::Less => false,
            };
            if up {
                q += 1u32;
            }
            m = q;
            e += drop as i64;
        }
        BigFloat::normal(neg, m, e)
    }

    /// Strips trailing zero bits so the representation is unique.
    fn normal(neg: bool, m: BigUint, e: i64) -> BigFloat {
        match m.trailing_zeros() {
            None => BigFloat::zero(),
            Some(tz) => BigFloat {
                neg,
                mant: m >> tz,
                exp: e + tz as i64,
            },
        }
    }

    /// An integer, rounded to [`PREC`] bits.
    pub fn from_int(i: &BigInt) -> BigFloat {
        BigFloat::rounded(i.is_negative(), i.magnitude().clone(), 0, PREC, false)
    }

    /// A fraction, correctly rounded to [`PREC`] bits.
    pub fn from_rat(r: &BigRational) -> BigFloat {
        let n = BigFloat::normal(r.is_negative(), r.numer().magnitude().clone(), 0);
        let d = BigFloat::normal(false, r.denom().magnitude().clone(), 0);
        n.quo(&d, PREC)
    }

    /// The exact fraction. The caller keeps the exponent modest.
    pub fn to_rat(&self) -> BigRational {
        let m = BigInt::from_biguint(
            if self.neg { Sign::Minus } else { Sign::Plus },
            self.mant.clone(),
        );
        if self.exp >= 0 {
            BigRational::from_integer(m << self.exp as u64)
        } else {
            BigRational::new_raw(m, BigInt::one() << (-self.exp) as u64)
        }
    }

    pub fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    /// Whether the value is a whole number (every value from 2^PREC up is).
    pub fn is_integer(&self) -> bool {
        self.exp >= 0 || self.is_zero()
    }

    /// math/big's exponent: a nonzero value lies in [2^(e-1), 2^e) in
    /// magnitude. 0 for zero, as `MantExp` says.
    pub fn mant_exp(&self) -> i64 {
        if self.is_zero() {
            0
        } else {
            self.mant.bits() as i64 + self.exp
        }
    }

    /// The value if it is within math/big's range: `Err` past the largest
    /// exponent (big.Float would be ±Inf), 0 below the smallest.
    pub fn in_range(self) -> Result<BigFloat, OutOfRange> {
        let e = self.mant_exp();
        if self.is_zero() {
            Ok(self)
        } else if e > MAX_EXP {
            Err(OutOfRange)
        } else if e < MIN_EXP {
            Ok(BigFloat::zero())
        } else {
            Ok(self)
        }
    }

    pub fn neg(&self) -> BigFloat {
        if self.is_zero() {
            return self.clone();
        }
        BigFloat {
            neg: !self.neg,
            ..self.clone()
        }
    }

    /// The integer part, rounded toward zero, if its exponent is modest
    /// (the caller checks [`BigFloat::mant_exp`] first).
    pub fn trunc_int(&self) -> BigInt {
        let sign = if self.neg { Sign::Minus } else { Sign::Plus };
        let m = if self.exp >= 0 {
            &self.mant << self.exp as u64
        } else {
            &self.mant >> (-self.exp) as u64
        };
        BigInt::from_biguint(sign, m)
    }

    /// This value rounded to `prec` bits toward zero (`up` false) or away
    /// from zero (`up` true), as big.Float's ToZero and AwayFromZero modes.
    pub fn round_dir(&self, prec: u64, up: bool) -> BigFloat {
        let n = self.mant.bits();
        if n <= prec {
            return self.clone();
        }
        let drop = n - prec;
        let mut q = &self.mant >> drop;
        let exact = (&q << drop) == self.mant;
        if up && !exact {
            q += 1u32;
        }
        BigFloat::normal(self.neg, q, self.exp + drop as i64)
    }

    /// `self × other` rounded to `prec` bits.
    pub fn mul(&self, other: &BigFloat, prec: u64) -> BigFloat {
        BigFloat::rounded(
            self.neg != other.neg,
            &self.mant * &other.mant,
            self.exp + other.exp,
            prec,
            false,
        )
    }

    /// `self / other` rounded to `prec` bits; `other` must not be zero.
    pub fn quo(&self, other: &BigFloat, prec: u64) -> BigFloat {
        if self.is_zero() {
            return BigFloat::zero();
        }
        // Scale the dividend so the quotient has at least prec + 2 bits; the
        // remainder only decides the sticky bit.
        let want = prec + 2 + other.mant.bits();
        let k = want.saturating_sub(self.mant.bits());
        let num = &self.mant << k;
        let q = &num / &other.mant;
        let r = num - &q * &other.mant;
        BigFloat::rounded(
            self.neg != other.neg,
            q,
            self.exp - k as i64 - other.exp,
            prec,
            !r.is_zero(),
        )
    }

    /// `self + other` rounded to `prec` bits (both at most `prec` bits).
    pub fn add(&self, other: &BigFloat, prec: u64) -> BigFloat {
        if other.is_zero() {
            return BigFloat::rounded(self.neg, self.mant.clone(), self.exp, prec, false);
        }
        if self.is_zero() {
            return BigFloat::rounded(other.neg, other.mant.clone(), other.exp, prec, false);
        }
        let (big, small) = if self.mant_exp() >= other.mant_exp() {
            (self, other)
        } else {
            (other, self)
        };
        // A term below a quarter of the larger one's last place cannot move
        // it (the larger has at most prec bits): skip the long shift.
        if small.mant_exp() < big.mant_exp() - prec as i64 - 2 && big.mant.bits() <= prec {
            return big.clone();
        }
        let e = big.exp.min(small.exp);
        let a = &big.mant << (big.exp - e) as u64;
        let b = &small.mant << (small.exp - e) as u64;
        let (neg, m) = if big.neg == small.neg {
            (big.neg, a + b)
        } else if a >= b {
            (big.neg, a - b)
        } else {
            (small.neg, b - a)
        };
        BigFloat::rounded(neg, m, e, prec, false)
    }

    pub fn sub(&self, other: &BigFloat, prec: u64) -> BigFloat {
        self.add(&other.neg(), prec)
    }

    /// The mantissa as a fraction in [0.5, 1) with the sign, and the
    /// math/big exponent: `self == frac × 2^exp` (`MantExp`).
    pub fn mant_frac(&self) -> (BigRational, i64) {
        if self.is_zero() {
            return (BigRational::zero(), 0);
        }
        let bits = self.mant.bits();
        let m = BigInt::from_biguint(
            if self.neg { Sign::Minus } else { Sign::Plus },
            self.mant.clone(),
        );
        (
            BigRational::new_raw(m, BigInt::one() << bits),
            self.mant_exp(),
        )
    }
}

impl Ord for BigFloat {
    /// Numeric order (the representation is unique, so it agrees with `==`).
    fn cmp(&self, other: &BigFloat) -> Ordering {
        let sign = |x: &BigFloat| -> i8 {
            if x.is_zero() {
                0
            } else if x.neg {
                -1
            } else {
                1
            }
        };
        let (sa, sb) = (sign(self), sign(other));
        if sa != sb || sa == 0 {
            return sa.cmp(&sb);
        }
        let mag = match self.mant_exp().cmp(&other.mant_exp()) {
            Ordering::Equal => {
                // Same binade: align the mantissas (a short shift).
                let e = self.exp.min(other.exp);
                let a = &self.mant << (self.exp - e) as u64;
                let b = &other.mant << (other.exp - e) as u64;
                a.cmp(&b)
            }
            o => o,
        };
        if sa < 0 {
            mag.reverse()
        } else {
            mag
        }
    }
}

impl PartialOrd for BigFloat {
    fn partial_cmp(&self, other: &BigFloat) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// 5^n as math/big's decimal conversion computes it: exact up to 5^27, then
/// square-and-multiply with the accumulator at `prec` bits and the squares
/// at `prec + 64` (the same roundings, so literals get gc's very bits).
fn pow5(n: u64, prec: u64) -> BigFloat {
    const TABLE_MAX: u64 = 27;
    let exact = |k: u64| BigFloat::normal(false, BigUint::from(5u32).pow(k as u32), 0);
    if n <= TABLE_MAX {
        return exact(n);
    }
    let mut z = exact(TABLE_MAX);
    let mut f = exact(1);
    let mut n = n - TABLE_MAX;
    while n > 0 {
        if n & 1 != 0 {
            z = z.mul(&f, prec);
        }
        f = f.mul(&f, prec + 64);
        n >>= 1;
    }
    z
}

/// A literal's value `m × base^exp` (base 10, or 2 for hexadecimal floats)
/// rounded as math/big's parser rounds it at [`PREC`] bits: the digits
/// exactly, times or divided by 5^|exp| computed at `PREC + 64` bits.
/// `Err` when the binary exponent leaves math/big's range before or after
/// scaling (gc: "malformed constant"); a result below the range is 0.
pub fn from_literal(m: &BigUint, base: u32, exp: i64) -> Result<BigFloat, OutOfRange> {
    if m.is_zero() {
        return Ok(BigFloat::zero());
    }
    let e2 = (m.bits() as i64).saturating_add(exp);
    if !(MIN_EXP..=MAX_EXP).contains(&e2) {
        return Err(OutOfRange);
    }
    let z = BigFloat::normal(false, m.clone(), exp);
    if base == 2 || exp == 0 {
        return BigFloat::rounded(false, z.mant, z.exp, PREC, false).in_range();
    }
    let p = pow5(exp.unsigned_abs(), PREC + 64);
    if exp > 0 {
        z.mul(&p, PREC).in_range()
    } else {
        z.quo(&p, PREC).in_range()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bf(i: i64) -> BigFloat {
        BigFloat::from_int(&BigInt::from(i))
    }

    #[test]
    fn rounding_is_to_nearest_even() {
        // 2^PREC + 1 needs PREC + 1 bits: a tie, rounded to the even 2^PREC.
        let x = (BigInt::one() << PREC) + 1;
        assert_eq!(
            BigFloat::from_int(&x),
            BigFloat::from_int(&(BigInt::one() << PREC))
        );
        // 2^PREC + 3: a tie rounded up to 2^PREC + 4.
        let y = (BigInt::one() << PREC) + 3;
        assert_eq!(
            BigFloat::from_int(&y),
            BigFloat::from_int(&((BigInt::one() << PREC) + 4))
        );
        assert_eq!(
            bf(7).quo(&bf(2), PREC).to_rat(),
            BigRational::new(7.into(), 2.into())
        );
    }

    #[test]
    fn arithmetic_with_distant_exponents_is_cheap() {
        let huge = from_literal(&BigUint::one(), 10, 646_456_992).unwrap();
        assert_eq!(huge.mant_exp(), 2_147_483_644);
        assert_eq!(huge.add(&bf(1), PREC), huge);
        assert_eq!(huge.sub(&huge, PREC), BigFloat::zero());
        let d = from_literal(&BigUint::one(), 10, 646_456_991).unwrap();
        assert_eq!(
            huge.quo(&d, PREC).to_rat(),
            BigRational::from_integer(10.into())
        );
        assert_eq!(huge.cmp(&d), Ordering::Greater);
        assert_eq!(d.neg().cmp(&bf(0)), Ordering::Less);
        assert_eq!(huge.mul(&huge, PREC).in_range(), Err(OutOfRange));
        assert_eq!(
            from_literal(&BigUint::one(), 10, 646_456_993),
            Err(OutOfRange)
        );
        let tiny = from_literal(&BigUint::one(), 10, -646_456_992).unwrap();
        assert!(!tiny.is_zero());
        assert!(from_literal(&BigUint::one(), 10, -646_456_994)
            .unwrap()
            .is_zero());
    }

    /// math/big's `Text('p', 0)`: `0x.` hex digits of the mantissa
    /// (left-aligned, trailing zeros dropped) `p` exponent.
    fn ptext(f: &BigFloat) -> String {
        if f.is_zero() {
            return "0".to_string();
        }
        let bits = f.mant.bits();
        let pad = (4 - bits % 4) % 4;
        let hex = format!("{:x}", &f.mant << pad);
        let sign = if f.neg { "-" } else { "" };
        format!("{sign}0x.{}p{:+}", hex.trim_end_matches('0'), f.mant_exp())
    }

    fn lit(m: u128, base: u32, exp: i64) -> BigFloat {
        from_literal(&BigUint::from(m), base, exp).unwrap()
    }

    /// Bits as gc 1.19 computes them (go/constant's `ExactString`).
    #[test]
    fn same_bits_as_gc() {
        let n = lit(1, 10, 646_456_992);
        let d = lit(1, 10, 646_456_991);
        let t = lit(1, 10, -646_456_992);
        let e5000 = lit(1, 10, 5000);
        let third = e5000.quo(&bf(3), PREC);
        let got = [
            n.clone(),
            d.clone(),
            t.clone(),
            lit(1, 10, 10_000),
            lit(12_345_678_901_234_567_890_123, 10, -5022),
            lit(1, 2, 2_147_483_646),
            n.quo(&d, PREC),
            n.add(&bf(1), PREC),
            t.mul(&n, PREC),
            third.clone(),
            third.sub(&lit(3, 10, 4999), PREC),
        ];
        let want = [
            "0x.e883a0c5c8c7c429f87b989b4e2591165d9c5e1c6c2115eb208b250a2d69abf9a0b3dfdc73925664b57faa889e877c65b94f1b2f2a52c900dab926f8d3b4fe8dp+2147483644",
            "0x.ba02e704a09fd021939613af71b7a74517b04b49f01a77ef4d3c1da1bdee232e1a297fe38fa8451d5dffbba07ed2c9eafaa5af58eea8a0cd7bc75260a95d9871p+2147483641",
            "0x.8cedd5d61f268257c97c77b3782d82db4829e594269db8c88327de9afe606d86e10f21f160e829c8b422a9e7eec76b8331253314088ae8e74d37527298410d89p-2147483643",
            "0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33220",
            "0x.cabf0d284582a88551b55c0be220f0e4b08ae0664d8e26131183d0691aefe35395aec54613fc13799fd7983dd6321c361a4421de18f68b56b333a94391e40956p-16609",
            "0x.8p+2147483647",
            "0x.ap+4",
            "0x.e883a0c5c8c7c429f87b989b4e2591165d9c5e1c6c2115eb208b250a2d69abf9a0b3dfdc73925664b57faa889e877c65b94f1b2f2a52c900dab926f8d3b4fe8dp+2147483644",
            "0x.ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffp+0",
            "0x.85056aad5e62d7df642ffa633afa10444141912ad360da5a164d042b1836726c155fff1f51c83745fdfac789135e17b1b3513cf6d5a8a78a5a4ad02dc1997c8p+16609",
            "0x.d4d5777bca37bfcbd37ff7052b29b3a06868e8448567c3c356e1a044f38a50aceefffe9882d9f209965e0c0e8563591c521b94be22a77276f6de19e2cf5bfa68p+16605",
        ];
        for (g, w) in got.iter().zip(want) {
            assert_eq!(ptext(g), w);
        }
    }
}
