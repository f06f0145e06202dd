package math

// The inverse hyperbolic functions and Atan2, Sincos, with gc's algorithms
// (FreeBSD msun's s_asinh.c, e_acosh.c, e_atanh.c) over Log, Log1p, Sqrt
// and Atan.

// Asinh is the inverse hyperbolic sine; ±0, ±Inf and NaN pass through.
func Asinh(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > 0x1p28:
		r = Log(x) + Ln2
	case x > 2:
		r = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < 0x1p-28:
		r = x
	default:
		r = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		return -r
	}
	return r
}

// Acosh is the inverse hyperbolic cosine: NaN below 1, +Inf for +Inf.
func Acosh(x float64) float64 {
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= 0x1p28:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh is the inverse hyperbolic tangent: ±Inf at ±1, NaN beyond.
func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < 0x1p-28:
		r = x
	case x < 0.5:
		r = x + x
		r = 0.5 * Log1p(r+r*x/(1-x))
	default:
		r = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		return -r
	}
	return r
}

// Atan2 is the angle of the point (x, y), the quadrant taken from both
// signs, with gc's special cases for zeros, infinities and NaN.
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(Pi/4, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Sincos gives Sin(x) and Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}
