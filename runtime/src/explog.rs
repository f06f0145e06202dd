//! math.Exp and math.Log with gc 1.19's results on amd64, bit for bit.
//!
//! gc does not use the C library there: Exp is a range reduction by
//! ln 2 followed by a Taylor polynomial on x/16 squared back up four
//! times (after N. Shibata's SLEEF method), using fused multiply-adds when
//! the processor has AVX and FMA, plain ones otherwise; Log is the
//! classic reduction to [sqrt(2)/2, sqrt(2)) with a rational
//! approximation in s = f/(2+f) (FreeBSD's e_log.c). Both differ from
//! libm's correctly rounded results in the last bit now and then, which
//! programs see (math/rand's Zipf, ExpFloat64's tail), so each operation
//! is done here in gc's order with gc's constants. gc's 386 and arm64
//! builds use its portable Go versions instead; those targets will need
//! them.

use std::sync::OnceLock;

/// Whether gc's Exp would take its fused path on this processor.
fn use_fma() -> bool {
    static FMA: OnceLock<bool> = OnceLock::new();
    *FMA.get_or_init(|| {
        #[cfg(target_arch = "x86_64")]
        {
            std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            false
        }
    })
}

// The constants are given by their bits: they are gc's decimal constants
// rounded to the nearest double, which is what these bits are.
const LOG2E: f64 = std::f64::consts::LOG2_E;
/// ln 2 split in a high part with trailing zero bits and the rest.
const LN2_HI_EXP: f64 = f64::from_bits(0x3fe6_2e42_fefa_3000);
const LN2_LO_EXP: f64 = f64::from_bits(0x3d53_de6a_f278_ece6);
/// Above this (709.782712893384), e**x is +Inf.
const EXP_OVERFLOW: f64 = f64::from_bits(0x4086_2e42_fefa_39ef);
/// The Taylor coefficients 1/k! for k = 7 down to 2, then 1.
const EXP_TAYLOR: [f64; 8] = [
    f64::from_bits(0x3efa_01a0_1a01_a01a),
    f64::from_bits(0x3f2a_01a0_1a01_a01a),
    f64::from_bits(0x3f56_c16c_16c1_6c17),
    f64::from_bits(0x3f81_1111_1111_1111),
    f64::from_bits(0x3fa5_5555_5555_5555),
    f64::from_bits(0x3fc5_5555_5555_5555),
    0.5,
    1.0,
];

/// x * 2**e for the biased exponent `biased` (before bias, n + 1023),
/// going through a subnormal step as gc does; 0 below the smallest
/// subnormal, +Inf above the largest finite.
fn scale(x: f64, biased: i64) -> f64 {
    if biased <= 0 {
        if biased < -52 {
            return 0.0;
        }
        let partial = x * f64::from_bits(((biased + 0x3fe) as u64) << 52);
        return partial * f64::from_bits(1 << 52);
    }
    if biased >= 0x7ff {
        return f64::INFINITY;
    }
    x * f64::from_bits((biased as u64) << 52)
}

/// math.Exp.
pub fn exp(x: f64) -> f64 {
    let bits = x.to_bits();
    if bits & !(1 << 63) >= f64::INFINITY.to_bits() {
        // NaN and +Inf are themselves; -Inf gives 0.
        return if x == f64::NEG_INFINITY { 0.0 } else { x };
    }
    if x > EXP_OVERFLOW {
        return f64::INFINITY;
    }
    // The nearest integer, as the processor's conversion rounds; out of
    // range it is the "integer indefinite" value, which underflows.
    let t = x * LOG2E;
    let n: i32 = if t.abs() < 2_147_483_648.0 {
        t.round_ties_even() as i32
    } else {
        i32::MIN
    };
    let nf = f64::from(n);
    let fma = use_fma();
    let mut r = if fma {
        let r = (-LN2_HI_EXP).mul_add(nf, x);
        (-LN2_LO_EXP).mul_add(nf, r)
    } else {
        let r = x - LN2_HI_EXP * nf;
        r - LN2_LO_EXP * nf
    };
    r *= 0.0625;
    let mut p = EXP_TAYLOR[0];
    for &c in &EXP_TAYLOR[1..] {
        p = if fma { p.mul_add(r, c) } else { p * r + c };
    }
    // r*p is e**(r) - 1 for the reduced r; squaring 1+y four times is
    // y -> y*(y+2), which keeps the small part exact longer.
    let mut y = r * p;
    for i in 0..4 {
        let two = y + 2.0;
        if fma && i == 3 {
            y = y.mul_add(two, 1.0);
            return scale(y, i64::from(n) + 0x3ff);
        }
        y *= two;
    }
    scale(y + 1.0, i64::from(n) + 0x3ff)
}

const HALF_SQRT2: f64 = std::f64::consts::FRAC_1_SQRT_2;
/// ln 2 in two parts for the logarithm (not the same split as Exp's).
const LN2_HI_LOG: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
const LN2_LO_LOG: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
/// The coefficients L1 to L7 of the approximation in s.
const LG: [f64; 7] = [
    f64::from_bits(0x3fe5_5555_5555_5593),
    f64::from_bits(0x3fd9_9999_9997_fa04),
    f64::from_bits(0x3fd2_4924_9422_9359),
    f64::from_bits(0x3fcc_71c5_1d8e_78af),
    f64::from_bits(0x3fc7_4664_96cb_03de),
    f64::from_bits(0x3fc3_9a09_d078_c69f),
    f64::from_bits(0x3fc2_f112_df3e_5244),
];

/// math.Log.
pub fn log(x: f64) -> f64 {
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::from_bits(0x7ff8_0000_0000_0001);
    }
    if bits >= f64::INFINITY.to_bits() {
        return x;
    }
    // The fraction in [1/2, 1) and the exponent, read from the bits alone
    // (gc does not renormalize subnormals here).
    let mut f1 = f64::from_bits((bits & 0x000f_ffff_ffff_ffff) | 0.5f64.to_bits());
    let mut k = f64::from(((bits >> 52) & 0x7ff) as i32 - 0x3fe);
    if f1 <= HALF_SQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((LG[6] * s4 + LG[4]) * s4 + LG[2]) * s4 + LG[0]);
    let t2 = s4 * ((LG[5] * s4 + LG[3]) * s4 + LG[1]);
    let big_r = t1 + t2;
    let hfsq = 0.5 * f * f;
    let inner = s * (big_r + hfsq) + LN2_LO_LOG * k;
    k * LN2_HI_LOG - ((hfsq - inner) - f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn special_values() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp(f64::INFINITY), f64::INFINITY);
        assert!(exp(f64::NAN).is_nan());
        assert_eq!(exp(710.0), f64::INFINITY);
        assert_eq!(exp(-1e10), 0.0);
        assert!(exp(-745.0) > 0.0);
        assert_eq!(log(1.0), 0.0);
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert_eq!(log(-0.0), f64::NEG_INFINITY);
        assert!(log(-1.0).is_nan());
        assert_eq!(log(f64::INFINITY), f64::INFINITY);
    }

    #[test]
    fn close_to_libm() {
        for i in 1..2000 {
            let x = f64::from(i) * 0.37 - 300.0;
            let (a, b) = (exp(x), x.exp());
            assert!((a - b).abs() <= b * 1e-15, "exp({x}) = {a}, libm {b}");
            let y = f64::from(i) * 1.7;
            let (a, b) = (log(y), y.ln());
            assert!(
                (a - b).abs() <= b.abs() * 1e-15 + 1e-300,
                "log({y}) = {a}, libm {b}"
            );
        }
    }
}
