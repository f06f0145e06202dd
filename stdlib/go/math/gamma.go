package math

// The Gamma function and the logarithm of its absolute value. Gamma is
// gc's (after Cephes' gamma.c: a rational approximation on [2, 3], the
// recurrence to get there, Stirling's series beyond 33, the reflection
// formula for negative x); Lgamma is FreeBSD msun's e_lgamma_r.c, as gc
// has it. The coefficients are those sources'.

// Cephes' coefficients, highest order first.
var gammaP = [7]float64{
	1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
	4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
	9.99999999999999996796e-01,
}

var gammaQ = [8]float64{
	-2.31581873324120129819e-05, 5.39605580493303397842e-04, -4.45641913851797240494e-03,
	1.18139785222060435552e-02, 3.58236398605498653373e-02, -2.34591795718243348568e-01,
	7.14304917030273074085e-02, 1.00000000000000000320e+00,
}

var stirlingS = [5]float64{
	7.87311395793093628397e-04, -2.29549961613378126380e-04, -2.68132617805781232825e-03,
	3.47222221605458667310e-03, 8.33333333333482257126e-02,
}

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
var lgammaAEven = [6]float64{
	7.72156649015328655494e-02, 6.73523010531292681824e-02, 7.38555086081402883957e-03,
	1.19270763183362067845e-03, 2.20862790713908385557e-04, 2.52144565451257326939e-05,
}

var lgammaAOdd = [6]float64{
	3.22467033424113591611e-01, 2.05808084325167332806e-02, 2.89051383673415629091e-03,
	5.10069792153511336608e-04, 1.08011567247583939954e-04, 4.48640949618915160150e-05,
}

var lgammaT0 = [5]float64{
	4.83836122723810047042e-01, -3.27885410759859649565e-02, 6.10053870246291332635e-03,
	-1.40346469989232843813e-03, 3.15632070903625950361e-04,
}

var lgammaT1 = [5]float64{
	-1.47587722994593911752e-01, 1.79706750811820387126e-02, -3.68452016781138256760e-03,
	8.81081882437654011382e-04, -3.12754168375120860518e-04,
}

var lgammaT2 = [5]float64{
	6.46249402391333854778e-02, -1.03142241298341437450e-02, 2.25964780900612472250e-03,
	-5.38595305356740546715e-04, 3.35529192635519073543e-04,
}

var lgammaR = [7]float64{
	1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01,
	1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04,
	7.32668430744625636189e-06,
}

var lgammaS = [7]float64{
	-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01,
	1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03,
	3.19475326584100867617e-05,
}

var lgammaU = [6]float64{
	-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00,
	9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02,
}

var lgammaV = [6]float64{
	1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00,
	7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03,
}

var lgammaW = [7]float64{
	4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03,
	7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04,
	-1.63092934096575273989e-03,
}

// Lgamma gives the natural log of |Gamma(x)| and the sign of Gamma(x).
// +Inf at zero, negative integers and ±Inf; NaN for NaN.
func Lgamma(x float64) (lgamma float64, sign int) {
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
