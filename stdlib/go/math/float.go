package math

// The parts of a float64 (Frexp, Ldexp, Modf, Ilogb, Logb), its
// neighbours (Nextafter), exact powers of ten (Pow10) and the IEEE
// remainder, all on the bits of the encoding, as gc computes them.

const (
	expBits  = 0x7FF // the exponent field, once shifted down
	fracBits = 52    // the width of the fraction field
	expBias  = 1023
)

// scaleSubnormal brings a subnormal x into the normal range, giving the
// power of two taken out so that x == y * 2**e.
func scaleSubnormal(x float64) (y float64, e int) {
	if Abs(x) < 0x1p-1022 {
		return x * 0x1p52, -52
	}
	return x, 0
}

// Frexp writes f as frac × 2**exp with |frac| in [½, 1). Zeros, infinities
// and NaN come back as they are, with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	f, exp = scaleSubnormal(f)
	b := Float64bits(f)
	exp += int(b>>fracBits&expBits) - expBias + 1
	// Keep sign and fraction, with the exponent of [½, 1).
	b = b&^(expBits<<fracBits) | (expBias-1)<<fracBits
	return Float64frombits(b), exp
}

// Ldexp computes frac × 2**exp, undoing Frexp. Zeros, infinities and NaN
// come back as they are; too large a result is ±Inf, too small ±0.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	frac, e := scaleSubnormal(frac)
	exp += e
	b := Float64bits(frac)
	exp += int(b>>fracBits&expBits) - expBias
	if exp < -1075 {
		return Copysign(0, frac)
	}
	if exp > 1023 {
		return Copysign(Inf(1), frac)
	}
	// A subnormal result is built 53 binades up and brought down by one
	// multiplication, which rounds it once.
	scale := 1.0
	if exp < -1022 {
		exp += 53
		scale = 0x1p-53
	}
	b = b&^(expBits<<fracBits) | uint64(exp+expBias)<<fracBits
	return scale * Float64frombits(b)
}

// Modf splits f into whole and fractional parts, both signed like f.
// ±Inf splits into ±Inf and NaN; NaN into NaN, NaN.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		if f < 0 {
			int, frac = Modf(-f)
			return -int, -frac
		}
		if f == 0 {
			// ±0 twice, the sign kept.
			return f, f
		}
		return 0, f
	}
	b := Float64bits(f)
	e := uint(b>>fracBits&expBits) - expBias
	// The whole part is f with its bits below the binary point cleared.
	if e < fracBits {
		b &^= 1<<(fracBits-e) - 1
	}
	int = Float64frombits(b)
	return int, f - int
}

// Ilogb gives the binary exponent of x: Frexp's exp minus one. Zero gives
// MinInt32, infinities and NaN MaxInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x), IsInf(x, 0):
		return MaxInt32
	}
	return binaryExp(x)
}

// Logb is Ilogb as a float64: ±0 gives -Inf, ±Inf gives +Inf, NaN NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(binaryExp(x))
}

// binaryExp is the unbiased exponent of a finite, non-zero x.
func binaryExp(x float64) int {
	x, e := scaleSubnormal(x)
	return e + int(Float64bits(x)>>fracBits&expBits) - expBias
}

// Nextafter gives the float64 next to x in the direction of y (x itself
// when they are equal; NaN if either is).
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		// Away from zero: the encoding's magnitude grows by one.
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 is Nextafter for float32.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case IsNaN(float64(x)) || IsNaN(float64(y)):
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

// Exact powers of ten: 10**n is a product (or quotient) of an entry of
// smallPow10 and one of bigPow10 or tinyPow10, as gc forms it, so results
// agree to the bit.
var (
	smallPow10 [32]float64
	// 1e0, 1e32, ..., 1e288 and 1e-0, 1e-32, ..., 1e-320 as the float64s
	// they round to, in hexadecimal: cheaper constants to evaluate.
	bigPow10  [10]float64
	tinyPow10 [11]float64
)

// Pow10 gives 10**n: +Inf above 1e308, 0 below 1e-323.
func Pow10(n int) float64 {
	if !pow10TablesReady {
		loadPow10Tables()
	}
	switch {
	case 0 <= n && n <= 308:
		return bigPow10[n/32] * smallPow10[n%32]
	case -323 <= n && n <= 0:
		return tinyPow10[-n/32] / smallPow10[-n%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}

// Remainder is the IEEE 754 remainder of x/y: x - n*y with n the integer
// nearest x/y (ties to even). NaN for an infinite x, a zero y or a NaN;
// an infinite y gives x.
func Remainder(x, y float64) float64 {
	switch {
	case y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y):
		return NaN()
	case IsInf(y, 0):
		return x
	}
	// Negation, not Abs: -0 stays -0 (and comes back -0).
	neg := x < 0
	if neg {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		return Copysign(0, Float64frombits(boolSign(neg)))
	}
	if y <= MaxFloat64/2 {
		// Reduce to [0, 2y) first; exact.
		x = Mod(x, y+y)
	}
	if y < 0x1p-1021 {
		// Halving y could lose its last bit: compare doubled x instead.
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if neg {
		return -x
	}
	return x
}

// boolSign gives the bits of -1.0 for true, of 1.0 for false.
func boolSign(neg bool) uint64 {
	if neg {
		return 0xBFF0000000000000
	}
	return 0x3FF0000000000000
}

// pow10TablesReady says whether loadPow10Tables has run.
var pow10TablesReady bool

// loadPow10Tables fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadPow10Tables() {
	smallPow10 = [32]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
		1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27,
		1e28, 1e29, 1e30, 1e31}
	bigPow10 = [10]float64{
		0x1.0000000000000p+0, 0x1.3b8b5b5056e17p+106, 0x1.84f03e93ff9f5p+212,
		0x1.df67562d8b363p+318, 0x1.27748f9301d32p+425, 0x1.6c2d4256ffcc3p+531,
		0x1.c0e1ef1a724ebp+637, 0x1.14a52dffc6799p+744, 0x1.54fdd7f73bf3cp+850,
		0x1.a44df832b8d46p+956,
	}
	tinyPow10 = [11]float64{
		0x1.0000000000000p+0, 0x1.9f623d5a8a733p-107, 0x1.50ffd44f4a73dp-213,
		0x1.116805effaeaap-319, 0x1.bba08cf8c979dp-426, 0x1.67e9c127b6e74p-532,
		0x1.23ff06eea847ap-638, 0x1.d9ca79d89462ap-745, 0x1.8062864ac6f43p-851,
		0x1.37d99cc506d59p-957, 0x0.00000000007e8p-1022,
	}
	pow10TablesReady = true
}
