package math

// The error function and its complement, with gc's algorithm (FreeBSD
// msun's s_erf.c): on [0, 0.84375) a rational approximation of erf,
// on [0.84375, 1.25) one of erf(x)-erx around 1, beyond that an
// exponential times a rational function of 1/x². The coefficients are
// msun's.
//
// The coefficient tables hold the float64 values of the published
// decimal coefficients, written in hexadecimal (a 20-digit decimal costs
// the checker's exact arithmetic far more), and are filled on first use.

// erx is erf(1) rounded to 24 bits; efx is 2/√π - 1, efx8 eight times it.
const (
	erfOne  = 8.45062911510467529297e-01
	erfEfx  = 1.28379167095512586316e-01
	erfEfx8 = 1.02703333676410069053e+00
)

var erfSmallP [5]float64

var erfSmallQ [6]float64

var erfMidP [7]float64

var erfMidQ [7]float64

var erfTailAR [8]float64

var erfTailAS [9]float64

var erfTailBR [7]float64

var erfTailBS [8]float64

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
	if !erfTablesReady {
		loadErfTables()
	}
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
	if !erfTablesReady {
		loadErfTables()
	}
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
	if !erfTablesReady {
		loadErfTables()
	}
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
var erfinvA [8]float64

var erfinvB [8]float64

var erfinvC [8]float64

var erfinvD [8]float64

var erfinvE [8]float64

var erfinvF [8]float64

// erfTablesReady says whether loadErfTables has run.
var erfTablesReady bool

// loadErfTables fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadErfTables() {
	erfSmallP = [5]float64{
		0x1.06eba8214db68p-3, -0x1.4cd7d691cb913p-2, -0x1.d2a51dbd7194fp-6,
		-0x1.7a291236668e4p-8, -0x1.8ead6120016acp-16,
	}
	erfSmallQ = [6]float64{
		1, 0x1.97779cddadc09p-2, 0x1.0a54c5536cebap-4,
		0x1.4d022c4d36b0fp-8, 0x1.15dc9221c1a10p-13, -0x1.09c4342a26120p-18,
	}
	erfMidP = [7]float64{
		-0x1.359b8bef77538p-9, 0x1.a8d00ad92b34dp-2, -0x1.7d240fbb8c3f1p-2,
		0x1.45fca805120e4p-2, -0x1.c63983d3e28ecp-4, 0x1.22a36599795ebp-5,
		-0x1.1bf380a96073fp-9,
	}
	erfMidQ = [7]float64{
		1, 0x1.b3e6618eee323p-4, 0x1.14af092eb6f33p-1,
		0x1.2635cd99fe9a7p-4, 0x1.02660e763351fp-3, 0x1.bedc26b51dd1cp-7,
		0x1.88b545735151dp-7,
	}
	erfTailAR = [8]float64{
		-0x1.43412600d6435p-7, -0x1.63416e4ba7360p-1, -0x1.51e0441b0e726p+3,
		-0x1.f300ae4cba38dp+5, -0x1.44cb184282266p+7, -0x1.7135cebccabb2p+7,
		-0x1.4526557e4d2f2p+6, -0x1.3a0efc69ac25cp+3,
	}
	erfTailAS = [9]float64{
		1, 0x1.3a6b9bd707687p+4, 0x1.1350c526ae721p+7,
		0x1.b290dd58a1a71p+8, 0x1.42b1921ec2868p+9, 0x1.ad02157700314p+8,
		0x1.b28a3ee48ae2cp+6, 0x1.a47ef8e484a93p+2, -0x1.eeff2ee749a62p-5,
	}
	erfTailBR = [7]float64{
		-0x1.4341239e86f4ap-7, -0x1.993ba70c285dep-1, -0x1.1c209555f995ap+4,
		-0x1.4145d43c5ed98p+7, -0x1.3ec881375f228p+9, -0x1.004616a2e5992p+10,
		-0x1.e384e9bdc383fp+8,
	}
	erfTailBS = [8]float64{
		1, 0x1.e568b261d5190p+4, 0x1.45cae221b9f0ap+8,
		0x1.802eb189d5118p+10, 0x1.8ffb7688c246ap+11, 0x1.3f219cedf3be6p+11,
		0x1.da874e79fe763p+8, -0x1.670e242712d62p+4,
	}
	erfinvA = [8]float64{
		0x1.32917a42157d1p+0, 0x1.7894dd814bfa3p+5, 0x1.5c88056b01502p+9,
		0x1.2f6e30b2ec51ep+12, 0x1.fb5ee66e5a285p+13, 0x1.73982a6012afbp+14,
		0x1.715bf25ff1d11p+13, 0x1.bb8c0a7936704p+9,
	}
	erfinvB = [8]float64{
		0x1.0000000000000p+0, 0x1.5281b386e1ab5p+5, 0x1.5797efdc8b3f7p+9,
		0x1.512322e75c89fp+12, 0x1.4b772d5d65266p+14, 0x1.3317caa64f4bep+15,
		0x1.c0e457cb1ae76p+14, 0x1.46a7eca984b69p+12,
	}
	erfinvC = [8]float64{
		0x1.6c665fde9526ap+0, 0x1.2857748cab19bp+2, 0x1.713f71462256ap+2,
		0x1.d2ecb1a3d02c4p+1, 0x1.453cc085375b2p+0, 0x1.ef2abb9b85c37p-3,
		0x1.744eb6c45ec67p-6, 0x1.9615ac0b7ace9p-11,
	}
	erfinvD = [8]float64{
		0x1.6a09e667f3bcdp+0, 0x1.73aad9bca5405p+1, 0x1.2f7543ff6ba47p+1,
		0x1.f371e4f4de1a0p-1, 0x1.acf476a756d3dp-3, 0x1.60290af9f12bcp-6,
		0x1.96042ab9205bep-11, 0x1.9876e6013e192p-30,
	}
	erfinvE = [8]float64{
		0x1.aa1b1c13ee526p+2, 0x1.5daea6e875003p+2, 0x1.c8ea6461fa445p+0,
		0x1.2fad9315255cfp-2, 0x1.b2b41193b4ee7p-6, 0x1.45c1908425345p-10,
		0x1.c6ec6cc59e02ap-16, 0x1.afb74d693bf93p-23,
	}
	erfinvF = [8]float64{
		0x1.6a09e667f3bcdp+0, 0x1.b2532d5cd90e5p-1, 0x1.8c975f4d2f24bp-3,
		0x1.58ab4fd6bcd50p-6, 0x1.23b6cf8ec177ap-10, 0x1.b61164a01861ap-16,
		0x1.afb693c174d20p-23, 0x1.a0a3fb665cb0ap-49,
	}
	erfTablesReady = true
}
