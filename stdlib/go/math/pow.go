package math

// Pow with gc's algorithm: the special values of IEEE 754-2008 (§9.2.1, as
// FreeBSD msun's e_pow.c lists them), then x**y as x**frac(y) from Exp and
// Log times x**int(y) by repeated squaring of x's fraction, the binary
// exponents kept apart until one final Ldexp.

// oddWhole tells whether x is an odd whole number.
func oddWhole(x float64) bool {
	whole, frac := Modf(x)
	return frac == 0 && int64(whole)&1 == 1
}

// Pow raises x to the power y, with gc's full table of special cases
// (for one: any x to the power ±0 is 1, even NaN).
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		if y < 0 {
			if oddWhole(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		}
		if oddWhole(y) {
			return x
		}
		return 0
	case IsInf(y, 0):
		switch {
		case x == -1:
			return 1
		case IsInf(y, 1) == (Abs(x) < 1):
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if IsInf(x, -1) {
			return Pow(1/x, -y)
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}
	whole, frac := Modf(Abs(y))
	if frac != 0 && x < 0 {
		return NaN()
	}
	if whole >= 1<<63 {
		// So large a power over- or underflows whatever x is (but ±1).
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}
	// The result is mant * 2**exp.
	mant, exp := 1.0, 0
	if frac != 0 {
		// Take the fraction in [-0.5, 0.5].
		if frac > 0.5 {
			frac--
			whole++
		}
		mant = Exp(frac * Log(x))
	}
	xm, xe := Frexp(x)
	for n := int64(whole); n != 0; n >>= 1 {
		if xe < -1<<12 || 1<<12 < xe {
			// The exponent alone decides: Ldexp will overflow or
			// underflow; stop before xe itself overflows.
			exp += xe
			break
		}
		if n&1 == 1 {
			mant *= xm
			exp += xe
		}
		xm *= xm
		xe <<= 1
		if xm < .5 {
			xm += xm
			xe--
		}
	}
	if y < 0 {
		mant = 1 / mant
		exp = -exp
	}
	return Ldexp(mant, exp)
}
