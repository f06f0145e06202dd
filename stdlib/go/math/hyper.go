package math

// The hyperbolic functions and their inverses, Atan2 and Sincos, with
// gc's algorithms (Cephes' sinh.c and tanh.c; FreeBSD msun's s_asinh.c,
// e_acosh.c, e_atanh.c) over Exp, Log, Log1p, Sqrt and Atan.
//
// The coefficient tables hold the float64 values of the published
// decimal coefficients, written in hexadecimal (a 20-digit decimal costs
// the checker's exact arithmetic far more), and are filled on first use.

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
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	case !(-1 < x && x < 1):
		return NaN()
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

// Cephes' coefficients (sinh.c, tanh.c), highest order first.
var (
	sinhNum [4]float64
	sinhDen [4]float64
	tanhNum [3]float64
	tanhDen [4]float64
)

// Sinh is the hyperbolic sine: from exponentials away from zero, a
// rational approximation on [-0.5, 0.5].
func Sinh(x float64) float64 {
	if !hyperTablesReady {
		loadHyperTables()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > 21:
		r = Exp(x) * 0.5
	case x > 0.5:
		e := Exp(x)
		r = (e - 1/e) * 0.5
	default:
		sq := x * x
		r = hornerDesc(sq, sinhNum[:]) * x
		r = r / hornerDesc(sq, sinhDen[:])
	}
	if neg {
		return -r
	}
	return r
}

// Cosh is the hyperbolic cosine.
func Cosh(x float64) float64 {
	x = Abs(x)
	if x > 21 {
		return Exp(x) * 0.5
	}
	e := Exp(x)
	return (e + 1/e) * 0.5
}

// Tanh is the hyperbolic tangent: ±1 beyond 44, a rational approximation
// below 0.625.
func Tanh(x float64) float64 {
	if !hyperTablesReady {
		loadHyperTables()
	}
	z := Abs(x)
	switch {
	case z > 0.5*8.8029691931113054295988e+01: // half of ln(2**127)
		if x < 0 {
			return -1
		}
		return 1
	case z >= 0.625:
		s := Exp(2 * z)
		z = 1 - 2/(s+1)
		if x < 0 {
			z = -z
		}
		return z
	case x == 0:
		return x
	}
	s := x * x
	return x + x*s*hornerDesc(s, tanhNum[:])/hornerDesc(s, tanhDen[:])
}

// hyperTablesReady says whether loadHyperTables has run.
var hyperTablesReady bool

// loadHyperTables fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadHyperTables() {
	sinhNum = [4]float64{-0x1.a4e3de8540779p+4, -0x1.69c6c36da2dfbp+11,
		-0x1.5f38b8605d22dp+16, -0x1.33fdeba64bb4fp+19}
	sinhDen = [4]float64{1, -0x1.5b5b9fcd003bbp+7, 0x1.db7963eae91e1p+13,
		-0x1.33fdeba64bb4fp+19}
	tanhNum = [3]float64{-0x1.edc5baafd6f4bp-1, -0x1.8d26a0e26682dp+6,
		-0x1.93ac030580563p+10}
	tanhDen = [4]float64{1, 0x1.c33f28a581b86p+6, 0x1.176fa0e5535fap+11,
		0x1.2ec102442040cp+12}
	hyperTablesReady = true
}
