//! Complex division as gc computes it, shared by the runtime's ComplexDiv
//! service and the reference interpreter so that their results agree bit
//! for bit.

/// `n / m` for complex128 as gc 1.19 computes it (runtime.complex128div):
/// Smith's algorithm (scale by the larger part of the divisor), then, when
/// both parts came out NaN, C99's Annex G corrections: a zero divisor gives
/// signed infinities, an infinite dividend over a finite divisor infinities,
/// a finite dividend over an infinite divisor zeros.
pub fn complex128div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    let (mut e, mut f) = if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    };
    if e.is_nan() && f.is_nan() {
        // ±1 for an infinity, ±0 otherwise, keeping the sign.
        let unit = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (unit(a), unit(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (unit(c), unit(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn divides_like_gc() {
        assert_eq!(complex128div((1.0, 2.0), (3.0, 4.0)), (0.44, 0.08));
        let (e, f) = complex128div((1.0, 1.0), (0.0, 0.0));
        assert!(e.is_infinite() && f.is_infinite() && e > 0.0 && f > 0.0);
        let (e, f) = complex128div((0.0, 0.0), (0.0, 0.0));
        assert!(e.is_nan() && f.is_nan());
        assert_eq!(complex128div((1.0, 1.0), (f64::INFINITY, 0.0)), (0.0, 0.0));
        let (e, f) = complex128div((f64::INFINITY, 0.0), (1.0, 1.0));
        assert!(e == f64::INFINITY && f == f64::NEG_INFINITY);
    }
}
