package math

// The Gamma function and the logarithm of its absolute value. Gamma is
// gc's (after Cephes' gamma.c: a rational approximation on [2, 3], the
// recurrence to get there, Stirling's series beyond 33, the reflection
// formula for negative x); Lgamma is FreeBSD msun's e_lgamma_r.c, as gc
// has it. The coefficients are those sources'.
//
// The coefficient tables hold the float64 values of the published
// decimal coefficients, written in hexadecimal (a 20-digit decimal costs
// the checker's exact arithmetic far more), and are filled on first use.

// Cephes' coefficients, highest order first.
var gammaP [7]float64

var gammaQ [8]float64

var stirlingS [5]float64

// hornerDesc evaluates c[0]*x**n + ... + c[n], highest order first.
func hornerDesc(x float64, c []float64) float64 {
	acc := c[0]
	for _, k := range c[1:] {
		acc = acc*x + k
	}
	return acc
}

// stirlingGamma gives Gamma(x) for x > 33 as the product of its two results
// (kept apart so that large x do not overflow early).
func stirlingGamma(x float64) (float64, float64) {
	if x > 200 {
		return Inf(1), 1
	}
	w := 1 / x
	w = 1 + w*hornerDesc(w, stirlingS[:])
	ex := Exp(x)
	var a, b float64
	if x > 143.01608 {
		// x**(x-0.5) would overflow: take its square root twice.
		v := Pow(x, 0.5*x-0.25)
		a, b = v, v/ex
	} else {
		a, b = Pow(x, x-0.5)/ex, 1.0
	}
	return a, 2.506628274631000502417 * w * b
}

// negativeWhole tells whether x is a negative whole number.
func negativeWhole(x float64) bool {
	if x >= 0 {
		return false
	}
	_, frac := Modf(x)
	return frac == 0
}

// Gamma is the Gamma function: ±Inf at ±0, NaN at negative integers, -Inf
// and NaN, +Inf at +Inf.
func Gamma(x float64) float64 {
	if !gammaTablesReady {
		loadGammaTables()
	}
	const euler = 0.57721566490153286060651209008240243104215933593992
	switch {
	case IsNaN(x) || IsInf(x, -1) || negativeWhole(x):
		return NaN()
	case IsInf(x, 1):
		return Inf(1)
	case x == 0:
		return Copysign(Inf(1), x)
	}
	q := Abs(x)
	p := Floor(q)
	if q > 33 {
		if x >= 0 {
			a, b := stirlingGamma(x)
			return a * b
		}
		// Reflection: Gamma(x) = -π / (q sin(πz) Gamma(q)), q = -x.
		sign := 1
		if int64(p)&1 == 0 {
			sign = -1
		}
		z := q - p
		if z > 0.5 {
			p = p + 1
			z = q - p
		}
		z = q * Sin(Pi*z)
		if z == 0 {
			return Inf(sign)
		}
		a, b := stirlingGamma(q)
		az := Abs(z)
		if d := az * a * b; IsInf(d, 0) {
			z = Pi / az / a / b
		} else {
			z = Pi / d
		}
		return float64(sign) * z
	}
	// Bring x into [2, 3) by the recurrence, collecting the factors in z;
	// near zero (or a negative integer) use the series instead.
	z := 1.0
	for x >= 3 {
		x = x - 1
		z = z * x
	}
	for x < 0 {
		if x > -1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			return gammaNearZero(x, z, euler)
		}
		z = z / x
		x = x + 1
	}
	if x == 2 {
		return z
	}
	x = x - 2
	return z * hornerDesc(x, gammaP[:]) / hornerDesc(x, gammaQ[:])
}

// gammaNearZero finishes Gamma for a tiny x: z / ((1 + γx) x).
func gammaNearZero(x, z, euler float64) float64 {
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + euler*x) * x)
}

// msun's coefficients, low order first (A and T split by the parity, and
// the residue mod 3, of their index as the evaluation interleaves them).
var lgammaAEven [6]float64

var lgammaAOdd [6]float64

var lgammaT0 [5]float64

var lgammaT1 [5]float64

var lgammaT2 [5]float64

var lgammaR [7]float64

var lgammaS [7]float64

var lgammaU [6]float64

var lgammaV [6]float64

var lgammaW [7]float64

// Lgamma gives the natural log of |Gamma(x)| and the sign of Gamma(x).
// +Inf at zero, negative integers and ±Inf; NaN for NaN.
func Lgamma(x float64) (lgamma float64, sign int) {
	if !gammaTablesReady {
		loadGammaTables()
	}
	const (
		yMin = 1.461632144968362245 // where Gamma has its minimum on x > 0
		tc   = 1.46163214496836224576e+00
		tf   = -1.21486290535849611461e-01 // lgamma(tc)
		tt   = -3.63867699703950536541e-18 // the error of tf
	)
	sign = 1
	switch {
	case IsNaN(x), IsInf(x, 0):
		return x, 1
	case x == 0:
		return Inf(1), 1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x < 0x1p-70 {
		if neg {
			sign = -1
		}
		return -Log(x), sign
	}
	// For negative x, lgamma(x) = log(π/|x sin(πx)|) - lgamma(-x).
	var adjust float64
	if neg {
		if x >= 0x1p52 {
			return Inf(1), 1
		}
		t := negSinPi(x)
		if t == 0 {
			return Inf(1), 1
		}
		adjust = Log(Pi / Abs(t*x))
		if t < 0 {
			sign = -1
		}
	}
	switch {
	case x == 1 || x == 2:
		return 0, sign
	case x < 2:
		// Three approximations, around 1 (or 2), around yMin, and near
		// 0 (or 1); below 0.9 lgamma(x) = lgamma(x+1) - log(x).
		var y float64
		var which int
		if x <= 0.9 {
			lgamma = -Log(x)
			switch {
			case x >= yMin-1+0.27:
				y, which = 1-x, 0
			case x >= yMin-1-0.27:
				y, which = x-(tc-1), 1
			default:
				y, which = x, 2
			}
		} else {
			switch {
			case x >= yMin+0.27:
				y, which = 2-x, 0
			case x >= yMin-0.27:
				y, which = x-tc, 1
			default:
				y, which = x-1, 2
			}
		}
		switch which {
		case 0:
			z := y * y
			p := y*horner(z, lgammaAEven[:]) + z*horner(z, lgammaAOdd[:])
			lgamma += p - 0.5*y
		case 1:
			z := y * y
			w := z * y
			p := z*horner(w, lgammaT0[:]) - (tt - w*(horner(w, lgammaT1[:])+y*horner(w, lgammaT2[:])))
			lgamma += tf + p
		default:
			p := y * horner(y, lgammaU[:])
			q := horner(y, lgammaV[:])
			lgamma += -0.5*y + p/q
		}
	case x < 8:
		// lgamma(2+y) by a rational function, then the recurrence.
		n := int(x)
		y := x - float64(n)
		p := y * horner(y, lgammaS[:])
		q := horner(y, lgammaR[:])
		lgamma = 0.5*y + p/q
		if n >= 3 {
			z := 1.0
			for k := n - 1; k >= 2; k-- {
				z *= y + float64(k)
			}
			lgamma += Log(z)
		}
	case x < 0x1p58:
		// Stirling's series.
		t := Log(x)
		z := 1 / x
		y := z * z
		w := lgammaW[0] + z*horner(y, lgammaW[1:])
		lgamma = (x-0.5)*(t-1) + w
	default:
		lgamma = x * (Log(x) - 1)
	}
	if neg {
		lgamma = adjust - lgamma
	}
	return lgamma, sign
}

// negSinPi gives -sin(πx) for x > 0, with the argument reduced exactly
// first so that whole numbers give exact zeros.
func negSinPi(x float64) float64 {
	if x < 0.25 {
		return -Sin(Pi * x)
	}
	z := Floor(x)
	var n int
	if z != x {
		x = Mod(x, 2)
		n = int(x * 4)
	} else if x >= 0x1p53 {
		// Every float64 this large is even.
		x, n = 0, 0
	} else {
		if x < 0x1p52 {
			z = x + 0x1p52 // the parity lands in the last bit
		}
		n = int(1 & Float64bits(z))
		x = float64(n)
		n <<= 2
	}
	switch n {
	case 0:
		x = Sin(Pi * x)
	case 1, 2:
		x = Cos(Pi * (0.5 - x))
	case 3, 4:
		x = Sin(Pi * (1 - x))
	case 5, 6:
		x = -Cos(Pi * (x - 1.5))
	default:
		x = Sin(Pi * (x - 2))
	}
	return -x
}

// gammaTablesReady says whether loadGammaTables has run.
var gammaTablesReady bool

// loadGammaTables fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadGammaTables() {
	gammaP = [7]float64{
		0x1.4fcb839982153p-13, 0x1.384e3e686bfabp-10, 0x1.557cde9db14b0p-7,
		0x1.863d918c423d3p-5, 0x1.a8da9dcae7d31p-3, 0x1.fa1373993e312p-2,
		0x1.0000000000000p+0,
	}
	gammaQ = [8]float64{
		-0x1.8487a8400d3afp-16, 0x1.1ae8a29152573p-11, -0x1.240e4e750b44ap-8,
		0x1.831ed5b1bb117p-7, 0x1.25779e33fde67p-5, -0x1.e071a9d4287c2p-3,
		0x1.24944c9cd3c51p-4, 0x1.0000000000000p+0,
	}
	stirlingS = [5]float64{
		0x1.9cc72592d7293p-11, -0x1.e166b27e61d7cp-13, -0x1.5f72607d44fd7p-9,
		0x1.c71c71b98c5fdp-9, 0x1.5555555555986p-4,
	}
	lgammaAEven = [6]float64{
		0x1.3c467e37db0c8p-4, 0x1.13e001a5562a7p-4, 0x1.e404fb68fefe8p-8,
		0x1.38a94116f3f5dp-10, 0x1.cf2eced10e54dp-13, 0x1.a7074428cfa52p-16,
	}
	lgammaAOdd = [6]float64{
		0x1.4a34cc4a60fadp-2, 0x1.51322ac92547bp-6, 0x1.7add8ccb7926bp-9,
		0x1.0b6c689b99c00p-11, 0x1.c5088987dfb07p-14, 0x1.7858e90a45837p-15,
	}
	lgammaT0 = [5]float64{
		0x1.ef72bc8ee38a2p-2, -0x1.0c9a8df35b713p-5, 0x1.8fce0e370e344p-8,
		-0x1.6fe8ebf2d1af1p-10, 0x1.4af6d6c0ebbf7p-12,
	}
	lgammaT1 = [5]float64{
		-0x1.2e4278dc6c509p-3, 0x1.266e7970af9ecp-6, -0x1.e2effb3e914d7p-9,
		0x1.cdf0cef61a8e9p-11, -0x1.47f24ecc38c38p-12,
	}
	lgammaT2 = [5]float64{
		0x1.08b4294d5419bp-4, -0x1.51f9fba91ec6ap-7, 0x1.282d32e15c915p-9,
		-0x1.1a6109c73e0ecp-11, 0x1.5fd3ee8c2d3f4p-12,
	}
	lgammaR = [7]float64{
		1.0, 0x1.645a762c4ab74p+0, 0x1.71a1893d3dcdcp-1,
		0x1.601edccfbdf27p-3, 0x1.317ea742ed475p-6, 0x1.97ddaca41a95bp-11,
		0x1.ebaf7a5b38140p-18,
	}
	lgammaS = [7]float64{
		-0x1.3c467e37db0c8p-4, 0x1.b848b36e20878p-3, 0x1.4d98f4f139f59p-2,
		0x1.2bb9cbee5f2f7p-3, 0x1.b481c7e939961p-6, 0x1.e26b67368f239p-10,
		0x1.0bfecdd17e945p-15,
	}
	lgammaU = [6]float64{
		-0x1.3c467e37db0c8p-4, 0x1.4401e8b005dffp-1, 0x1.7475cd119bd6fp+0,
		0x1.f497644ea8450p-1, 0x1.d4eaef6010924p-3, 0x1.b678bbf2bab09p-7,
	}
	lgammaV = [6]float64{
		1.0, 0x1.3a5d7c2bd619cp+1, 0x1.10725a42b18f5p+1,
		0x1.89dfbe45050afp-1, 0x1.aae55d6537c88p-4, 0x1.a5abb57d0cf61p-9,
	}
	lgammaW = [7]float64{
		0x1.acfe390c97d69p-2, 0x1.555555555553bp-4, -0x1.6c16c16b02e5cp-9,
		0x1.a019f98cf38b6p-11, -0x1.380cb8c0fe741p-11, 0x1.b67ba4cdad5d1p-11,
		-0x1.ab89d0b9e43e4p-10,
	}
	gammaTablesReady = true
}
