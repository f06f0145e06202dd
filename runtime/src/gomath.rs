//! gc's math.Exp and math.Log as it computes them on amd64, where both are
//! assembly of its own rather than the pure-Go algorithms other ports
//! use: the results differ from a correctly rounded libm in the last bit
//! now and then (and Log treats subnormal arguments as if normal), and
//! every function built on them (Log10, Log2, Pow, Erfc, Gamma, ...)
//! inherits the difference. The operations below are those of
//! src/math/exp_amd64.s and log_amd64.s in their order, rewritten here;
//! Exp takes the fused path when the processor has AVX and FMA, as gc
//! decides at start-up.
//!
//! The constants are written as gc's sources write them; some carry more
//! digits than a float64 holds, which round to the same values.
#![allow(clippy::excessive_precision)]

/// gc's NaN(): the quiet NaN with the lowest payload bit set.
pub const GO_NAN: u64 = 0x7FF8_0000_0000_0001;

/// Whether gc's Exp would take its fused multiply-add path here.
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        static FMA: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
        *FMA.get_or_init(|| {
            std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
        })
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// math.Exp.
pub fn exp(x: f64) -> f64 {
    // 1/ln 2, as gc's LOG2E.
    const LOG2E: f64 = std::f64::consts::LOG2_E;
    const LN2_HI: f64 = 0.693_147_180_559_662_956_511_601_805_686_950_683_593_75;
    const LN2_LO: f64 = 0.282_352_905_630_315_771_225_884_481_750_134_360_255_254_120_68e-12;
    const OVERFLOW: f64 = 7.097_827_128_933_84e2;
    // Taylor coefficients of e**r - 1 over r, highest first, then 1/2, 1.
    const SERIES: [f64; 8] = [
        2.480_158_730_158_730_158_7e-5,
        1.984_126_984_126_984_127e-4,
        1.388_888_888_888_888_888_9e-3,
        8.333_333_333_333_333_333_3e-3,
        4.166_666_666_666_666_666_7e-2,
        1.666_666_666_666_666_666_7e-1,
        0.5,
        1.0,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) >= 0x7FF0_0000_0000_0000 {
        // -Inf gives 0; +Inf and NaN themselves.
        return if bits == 0xFFF0_0000_0000_0000 {
            0.0
        } else {
            x
        };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // k = x/ln2 rounded to nearest even, as cvtsd2si does; out of range
    // it is the "integer indefinite" i32::MIN.
    let kf = (LOG2E * x).round_ties_even();
    let k = if (-2_147_483_648.0..2_147_483_648.0).contains(&kf) {
        kf as i32
    } else {
        i32::MIN
    };
    let kf = f64::from(k);
    let mut r;
    if use_fma() {
        r = (-kf).mul_add(LN2_HI, x);
        r = (-kf).mul_add(LN2_LO, r);
        r *= 0.0625;
        let mut p = SERIES[0];
        for &c in &SERIES[1..] {
            p = p.mul_add(r, c);
        }
        r *= p;
        // e**(16r) - 1 by squaring (e**r - 1) four times, through
        // (e**2r - 1) = (e**r - 1)(e**r - 1 + 2); the last one fused with
        // the final + 1.
        for _ in 0..3 {
            r *= r + 2.0;
        }
        r = r.mul_add(r + 2.0, 1.0);
    } else {
        r = x - LN2_HI * kf;
        r -= LN2_LO * kf;
        r *= 0.0625;
        let mut p = SERIES[0];
        for &c in &SERIES[1..] {
            p = p * r + c;
        }
        r *= p;
        for _ in 0..4 {
            r *= r + 2.0;
        }
        r += 1.0;
    }
    // r * 2**k, with the exponent built in the bits; a subnormal result
    // takes two multiplications.
    let mut e = k.wrapping_add(0x3FF);
    if e <= 0 {
        if e < -52 {
            return 0.0;
        }
        e += 0x3FE;
        r *= f64::from_bits((e as u64) << 52);
        e = 1;
    } else if e >= 0x7FF {
        return f64::INFINITY;
    }
    r * f64::from_bits((e as u64) << 52)
}

/// math.Log.
pub fn log(x: f64) -> f64 {
    const HALF_SQRT2: f64 = std::f64::consts::FRAC_1_SQRT_2;
    const LN2_HI: f64 = 6.931_471_803_691_238_164_90e-1;
    const LN2_LO: f64 = 1.908_214_929_270_587_700_02e-10;
    const L: [f64; 7] = [
        6.666_666_666_666_735_130e-1,
        3.999_999_999_940_941_908e-1,
        2.857_142_874_366_239_149e-1,
        2.222_219_843_214_978_396e-1,
        1.818_357_216_161_805_012e-1,
        1.531_383_769_920_937_332e-1,
        1.479_819_860_511_658_591e-1,
    ];
    let bits = x.to_bits();
    if bits & !(1 << 63) == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return f64::from_bits(GO_NAN);
    }
    if bits >= 0x7FF0_0000_0000_0000 {
        return x;
    }
    // Frexp by the bits alone: a subnormal is read as if its exponent
    // field were a normal one (gc's behaviour, kept).
    let mut f1 = f64::from_bits(bits & 0x000F_FFFF_FFFF_FFFF | 0x3FE0_0000_0000_0000);
    let mut k = f64::from(((bits >> 52) & 0x7FF) as i32 - 0x3FE);
    // gc compares with cmpnlt: not above √2/2 (f1 is never NaN here).
    if f1 <= HALF_SQRT2 {
        k -= 1.0;
        f1 *= 2.0;
    }
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (L[0] + s4 * (L[2] + s4 * (L[4] + s4 * L[6])));
    let t2 = s4 * (L[1] + s4 * (L[3] + s4 * L[5]));
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges() {
        assert_eq!(exp(0.0), 1.0);
        assert_eq!(exp(f64::NEG_INFINITY), 0.0);
        assert_eq!(exp(710.0), f64::INFINITY);
        assert_eq!(exp(-1e300), 0.0);
        assert_eq!(log(1.0), 0.0);
        assert_eq!(log(0.0), f64::NEG_INFINITY);
        assert_eq!(log(-1.0).to_bits(), GO_NAN);
        // gc's Log reads 1e-320 as a normal number: about -708.4.
        assert!((log(1e-320) + 709.0).abs() < 1.0);
    }
}
