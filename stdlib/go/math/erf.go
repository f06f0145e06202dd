package math

// The error function and its complement, with gc's algorithm (FreeBSD
// msun's s_erf.c): on [0, 0.84375) a rational approximation of erf,
// on [0.84375, 1.25) one of erf(x)-erx around 1, beyond that an
// exponential times a rational function of 1/x². The coefficients are
// msun's.

// erx is erf(1) rounded to 24 bits; efx is 2/√π - 1, efx8 eight times it.
const (
	erfOne  = 8.45062911510467529297e-01
	erfEfx  = 1.28379167095512586316e-01
	erfEfx8 = 1.02703333676410069053e+00
)

var erfSmallP = [5]float64{
	1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
	-5.77027029648944159157e-03, -2.37630166566501626084e-05,
}

var erfSmallQ = [6]float64{
	1, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
	5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06,
}

var erfMidP = [7]float64{
	-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
	3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
	-2.16637559486879084300e-03,
}

var erfMidQ = [7]float64{
	1, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
	7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
	1.19844998467991074170e-02,
}

var erfTailAR = [8]float64{
	-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
	-6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
	-8.12874355063065934246e+01, -9.81432934416914548592e+00,
}

var erfTailAS = [9]float64{
	1, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
	4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
	1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02,
}

var erfTailBR = [7]float64{
	-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
	-1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
	-4.83519191608651397019e+02,
}

var erfTailBS = [8]float64{
	1, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
	1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
	4.74528541206955367215e+02, -2.24409524465858183362e+01,
}

// horner evaluates c[0] + x*(c[1] + x*(c[2] + ...)) from the innermost
// term out, the operations and their order those of the expanded
// expressions of gc's sources.
func horner(x float64, c []float64) float64 {
	acc := c[len(c)-1]
	for i := len(c) - 2; i >= 0; i-- {
		acc = c[i] + x*acc
	}
	return acc
}

// erfTail gives erfc(x) for 1.25 <= x < 28: e**(-x²-0.5625+R/S)/x, the
// square split so that its larger part is exact.
func erfTail(x float64) float64 {
	s := 1 / (x * x)
	var rs float64
	if x < 1/0.35 {
		rs = horner(s, erfTailAR[:]) / horner(s, erfTailAS[:])
	} else {
		rs = horner(s, erfTailBR[:]) / horner(s, erfTailBS[:])
	}
	// z is x with its low 32 bits cleared: z*z is exact.
	z := Float64frombits(Float64bits(x) & 0xffffffff00000000)
	return Exp(-z*z-0.5625) * Exp((z-x)*(z+x)+rs) / x
}

// erfSmall gives erf(x)/x - 1 for |x| < 0.84375.
func erfSmall(x float64) float64 {
	z := x * x
	return horner(z, erfSmallP[:]) / horner(z, erfSmallQ[:])
}

// erfMid gives erf(x) - erfOne for 0.84375 <= x < 1.25.
func erfMid(x float64) float64 {
	s := x - 1
	return horner(s, erfMidP[:]) / horner(s, erfMidQ[:])
}

// Erf is the error function: ±1 at ±Inf, NaN for NaN.
func Erf(x float64) float64 {
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 1
	case IsInf(x, -1):
		return -1
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < 0.84375:
		switch {
		case x < 0x1p-1015:
			// Scaled up by 8 so that efx*x does not underflow.
			r = 0.125 * (8.0*x + erfEfx8*x)
		case x < 0x1p-28:
			r = x + erfEfx*x
		default:
			r = x + x*erfSmall(x)
		}
	case x < 1.25:
		if neg {
			return -erfOne - erfMid(x)
		}
		return erfOne + erfMid(x)
	case x >= 6:
		r = 1
	default:
		if neg {
			return erfTail(x) - 1
		}
		return 1 - erfTail(x)
	}
	if neg {
		return -r
	}
	return r
}

// Erfc is the complementary error function 1-Erf(x), precise where Erf(x)
// is near 1: 0 at +Inf, 2 at -Inf, NaN for NaN.
func Erfc(x float64) float64 {
	switch {
	case IsNaN(x):
		return NaN()
	case IsInf(x, 1):
		return 0
	case IsInf(x, -1):
		return 2
	}
	neg := x < 0
	if neg {
		x = -x
	}
	switch {
	case x < 0.84375:
		var r float64
		switch {
		case x < 0x1p-56:
			r = x
		case x < 0.25:
			r = x + x*erfSmall(x)
		default:
			r = 0.5 + (x*erfSmall(x) + (x - 0.5))
		}
		if neg {
			return 1 + r
		}
		return 1 - r
	case x < 1.25:
		if neg {
			return 1 + erfOne + erfMid(x)
		}
		return 1 - erfOne - erfMid(x)
	case x < 28:
		if neg && x > 6 {
			return 2
		}
		if neg {
			return 2 - erfTail(x)
		}
		return erfTail(x)
	}
	if neg {
		return 2
	}
	return 0
}

// Erfinv is the inverse of Erf: ±Inf at ±1, NaN outside [-1, 1]. The
// rational approximations are those of Wichura's algorithm AS 241
// (PPND16), as gc uses them.
func Erfinv(x float64) float64 {
	switch {
	case x == 1 || x == -1:
		return Inf(int(x))
	case !(-1 < x && x < 1):
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	if x <= 0.85 {
		t := 0.180625 - 0.25*x*x
		r = (x * horner(t, erfinvA[:])) / horner(t, erfinvB[:])
	} else {
		t := Sqrt(Ln2 - Log(1.0-x))
		if t <= 5.0 {
			t -= 1.6
			r = horner(t, erfinvC[:]) / horner(t, erfinvD[:])
		} else {
			t -= 5.0
			r = horner(t, erfinvE[:]) / horner(t, erfinvF[:])
		}
	}
	if neg {
		return -r
	}
	return r
}

// Erfcinv is the inverse of Erfc: Erfinv(1-x).
func Erfcinv(x float64) float64 {
	return Erfinv(1 - x)
}

// Wichura's coefficients, low order first: A/B for |x| <= 0.85, C/D
// and E/F for the two ranges beyond.
var erfinvA = [8]float64{
	1.1975323115670912564578e0, 4.7072688112383978012285e1, 6.9706266534389598238465e2,
	4.8548868893843886794648e3, 1.6235862515167575384252e4, 2.3782041382114385731252e4,
	1.1819493347062294404278e4, 8.8709406962545514830200e2,
}

var erfinvB = [8]float64{
	1.0000000000000000000e0, 4.2313330701600911252e1, 6.8718700749205790830e2,
	5.3941960214247511077e3, 2.1213794301586595867e4, 3.9307895800092710610e4,
	2.8729085735721942674e4, 5.2264952788528545610e3,
}

var erfinvC = [8]float64{
	1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
	3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
	2.27238449892691845833e-2, 7.74545014278341407640e-4,
}

var erfinvD = [8]float64{
	1.4142135623730950488016887e0, 2.9036514445419946173133295e0, 2.3707661626024532365971225e0,
	9.7547832001787427186894837e-1, 2.0945065210512749128288442e-1, 2.1494160384252876777097297e-2,
	7.7441459065157709165577218e-4, 1.4859850019840355905497876e-9,
}

var erfinvE = [8]float64{
	6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
	2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
	2.71155556874348757815e-5, 2.01033439929228813265e-7,
}

var erfinvF = [8]float64{
	1.414213562373095048801689e0, 8.482908416595164588112026e-1, 1.936480946950659106176712e-1,
	2.103693768272068968719679e-2, 1.112800997078859844711555e-3, 2.611088405080593625138020e-5,
	2.010321207683943062279931e-7, 2.891024605872965461538222e-15,
}
