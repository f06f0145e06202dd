package math

// Logarithms and exponentials beside the natives Log and Exp: Log2, Log10,
// Log1p, Exp2 and Expm1, with gc's algorithms (FreeBSD msun's s_log1p.c
// and s_expm1.c, and the kernel of e_exp.c for Exp2), so that the results
// agree to the bit.
//
// The coefficient tables hold the float64 values of the published
// decimal coefficients, written in hexadecimal (a 20-digit decimal costs
// the checker's exact arithmetic far more), and are filled on first use.

// The two halves of ln 2 the reductions use: ln2Hi*k is exact for the k
// that occur, ln2Lo carries the rest.
const (
	ln2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	ln2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
)

// Log10 is the base-10 logarithm (edge cases as for Log).
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 is the base-2 logarithm (edge cases as for Log); exact for powers
// of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return float64(exp) + Log(frac)*(1/Ln2)
}

// log1pPoly: msun's Lp1..Lp7, the series of log((1+s)/(1-s)) in s*s.
var log1pPoly [7]float64

// Log1p is the natural log of 1+x, precise for x close to zero. -1 gives
// -Inf, below -1 and NaN give NaN.
func Log1p(x float64) float64 {
	if !logExpTablesReady {
		loadLogExpTables()
	}
	switch {
	case x < -1 || IsNaN(x):
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}
	ax := Abs(x)
	// 1+x = 2**k * (1+f), with c the rounding error of forming 1+x.
	k := 1
	var f, c float64
	var hi uint64
	if ax < 4.142135623730950488017e-01 { // √2-1
		if ax < 0x1p-29 {
			if ax < 0x1p-54 {
				return x
			}
			return x - x*x*0.5
		}
		if x > -2.928932188134524755992e-01 { // √2/2-1
			k, f, hi = 0, x, 1
		}
	}
	if k != 0 {
		var u float64
		if ax < 0x1p53 {
			u = 1.0 + x
			hi = Float64bits(u)
			k = int((hi >> 52) - 1023)
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hi = Float64bits(u)
			k = int((hi >> 52) - 1023)
		}
		hi &= 1<<52 - 1
		if hi < 0x0006a09e667f3bcd { // the fraction bits of √2
			u = Float64frombits(hi | 0x3ff0000000000000)
		} else {
			k++
			u = Float64frombits(hi | 0x3fe0000000000000)
			hi = (1<<52 - hi) >> 2
		}
		f = u - 1.0
	}
	halfF2 := 0.5 * f * f
	kf := float64(k)
	if hi == 0 {
		// |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		r := halfF2 * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - r
		}
		return kf*ln2Hi - ((r - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	p := &log1pPoly
	r := z * (p[0] + z*(p[1]+z*(p[2]+z*(p[3]+z*(p[4]+z*(p[5]+z*p[6]))))))
	if k == 0 {
		return f - (halfF2 - s*(halfF2+r))
	}
	return kf*ln2Hi - ((halfF2 - (s*(halfF2+r) + (kf*ln2Lo + c))) - f)
}

// expm1Poly: msun's Q1..Q5, the rational approximation's series in x*x/2.
var expm1Poly [5]float64

// Expm1 is e**x minus one, computed without losing precision near x = 0.
func Expm1(x float64) float64 {
	if !logExpTablesReady {
		loadLogExpTables()
	}
	switch {
	case IsInf(x, 1) || IsNaN(x):
		return x
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	ax := Abs(x)
	if ax >= 3.88162421113569373274e+01 { // 56 ln 2
		if neg {
			return -1
		}
		if ax >= 7.09782712893383973096e+02 { // ln(MaxFloat64)
			return Inf(1)
		}
	}
	// x = k ln2 + (hi-lo), with c the error of forming hi-lo.
	var c float64
	k := 0
	switch {
	case ax > 3.46573590279972654709e-01: // ln2/2
		var hi, lo float64
		if ax < 1.03972077083991796413e+00 { // 3 ln2/2
			if neg {
				hi, lo, k = x+ln2Hi, -ln2Lo, -1
			} else {
				hi, lo, k = x-ln2Hi, ln2Lo, 1
			}
		} else {
			if neg {
				k = int(Log2E*x - 0.5)
			} else {
				k = int(Log2E*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi
			lo = kf * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case ax < 0x1p-54:
		return x
	}
	halfX := 0.5 * x
	hxs := x * halfX
	q := &expm1Poly
	r1 := 1 + hxs*(q[0]+hxs*(q[1]+hxs*(q[2]+hxs*(q[3]+hxs*q[4]))))
	t := 3 - r1*halfX
	e := (r1 - t) / (6.0 - x*t)
	e *= hxs
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	// addExp multiplies y by 2**k through its exponent field.
	addExp := func(y float64) float64 { return Float64frombits(Float64bits(y) + uint64(k)<<52) }
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		return addExp(1-(e-x)) - 1
	case k < 20:
		oneLess := Float64frombits(0x3ff0000000000000 - (0x20000000000000 >> uint(k))) // 1-2**-k
		return addExp(oneLess - (e - x))
	}
	y := x - (e + Float64frombits(uint64(0x3ff-k)<<52))
	y++
	return addExp(y)
}

// expPoly: msun's P1..P5 of e_exp.c, the series of the exponential's
// rational approximation on [-ln2/2, ln2/2].
var expPoly [5]float64

// expReduced gives e**(hi-lo) * 2**k for a small hi-lo.
func expReduced(hi, lo float64, k int) float64 {
	r := hi - lo
	t := r * r
	p := &expPoly
	c := r - t*(p[0]+t*(p[1]+t*(p[2]+t*(p[3]+t*p[4]))))
	y := 1 - (lo - (r*c)/(2-c) - hi)
	return Ldexp(y, k)
}

// Exp2 is 2 raised to x, with the same edge behaviour as Exp.
func Exp2(x float64) float64 {
	if !logExpTablesReady {
		loadLogExpTables()
	}
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > 1.0239999999999999e+03:
		return Inf(1)
	case x < -1.0740e+03:
		return 0
	}
	k := 0
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expReduced(t*ln2Hi, -t*ln2Lo, k)
}

// Cbrt is the real cube root; ±0, ±Inf and NaN pass through. gc's
// algorithm (FreeBSD msun's s_cbrt.c): a first guess from the exponent
// bits divided by three, a polynomial step, then one rounded Newton step.
func Cbrt(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) || x == 0 {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	// Dividing the encoding by three about divides the exponent by three;
	// the added constants center the error of the guess.
	t := Float64frombits(Float64bits(x)/3 + 715094163<<32)
	if x < 0x1p-1022 {
		t = 0x1p54 * x
		t = Float64frombits(Float64bits(t)/3 + 696219795<<32)
	}
	r := t * t / x
	s := 5.42857142857142815906e-01 + r*t // 19/35
	t *= 3.57142857142857150787e-01 + 1.60714285714285720630e+00/(s+1.41428571428571436819e+00+-7.05306122448979611050e-01/s)
	// Round t to 22 bits (up), so that t*t is exact.
	t = Float64frombits(Float64bits(t)&0xFFFFFFFFC0000000 + 0x40000000)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if neg {
		return -t
	}
	return t
}

// logExpTablesReady says whether loadLogExpTables has run.
var logExpTablesReady bool

// loadLogExpTables fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadLogExpTables() {
	log1pPoly = [7]float64{
		0x1.5555555555593p-1, 0x1.999999997fa04p-2, 0x1.2492494229359p-2,
		0x1.c71c51d8e78afp-3, 0x1.7466496cb03dep-3, 0x1.39a09d078c69fp-3,
		0x1.2f112df3e5244p-3,
	}
	expm1Poly = [5]float64{
		-0x1.11111111110f4p-5, 0x1.a01a019fe5585p-10, -0x1.4ce199eaadbb7p-14,
		0x1.0cfca86e65239p-18, -0x1.afdb76e09c32dp-23,
	}
	expPoly = [5]float64{
		0x1.5555555555555p-3, -0x1.6c16c16bebd93p-9, 0x1.1566aaf25de2cp-14,
		-0x1.bbd41c5d26bf1p-20, 0x1.6376972bea4d0p-25,
	}
	logExpTablesReady = true
}
