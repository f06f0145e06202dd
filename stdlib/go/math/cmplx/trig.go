package cmplx

// The circular and hyperbolic functions and their tangents.

import (
	"math"
	"math/bits"
)

// Sin is the sine of x.
func Sin(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xi == 0 && (isInf(xr) || isNaN(xr)):
		return complex(nan, xi)
	case isInf(xi):
		if xr == 0 {
			return x
		}
		if isInf(xr) || isNaN(xr) {
			return complex(nan, xi)
		}
	case xr == 0 && isNaN(xi):
		return x
	}
	s, c := math.Sincos(xr)
	sh, ch := sinhAndCosh(xi)
	return complex(s*ch, c*sh)
}

// Sinh is the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xr == 0 && (isInf(xi) || isNaN(xi)):
		return complex(xr, nan)
	case isInf(xr):
		if xi == 0 {
			return complex(xr, xi)
		}
		if isInf(xi) || isNaN(xi) {
			return complex(xr, nan)
		}
	case xi == 0 && isNaN(xr):
		return complex(nan, xi)
	}
	s, c := math.Sincos(xi)
	sh, ch := sinhAndCosh(xr)
	return complex(c*sh, s*ch)
}

// Cos is the cosine of x.
func Cos(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xi == 0 && (isInf(xr) || isNaN(xr)):
		return complex(nan, -xi*copysign(0, xr))
	case isInf(xi):
		if xr == 0 {
			return complex(inf, -xr*copysign(0, xi))
		}
		if isInf(xr) || isNaN(xr) {
			return complex(inf, nan)
		}
	case xr == 0 && isNaN(xi):
		return complex(nan, 0)
	}
	s, c := math.Sincos(xr)
	sh, ch := sinhAndCosh(xi)
	return complex(c*ch, -s*sh)
}

// Cosh is the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xr == 0 && (isInf(xi) || isNaN(xi)):
		return complex(nan, xr*copysign(0, xi))
	case isInf(xr):
		if xi == 0 {
			return complex(inf, xi*copysign(0, xr))
		}
		if isInf(xi) || isNaN(xi) {
			return complex(inf, nan)
		}
	case xi == 0 && isNaN(xr):
		return complex(nan, xi)
	}
	s, c := math.Sincos(xi)
	sh, ch := sinhAndCosh(xr)
	return complex(c*ch, s*sh)
}

// sinhcosh gives sinh(x) and cosh(x), through one exponential away from
// zero.
func sinhAndCosh(t float64) (sh, ch float64) {
	if math.Abs(t) <= 0.5 {
		return math.Sinh(t), math.Cosh(t)
	}
	e := math.Exp(t)
	inv := 0.5 / e
	e *= 0.5
	return e - inv, e + inv
}

// Tan is the tangent of x.
func Tan(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case isInf(xi):
		if isInf(xr) || isNaN(xr) {
			return complex(copysign(0, xr), copysign(1, xi))
		}
		return complex(copysign(0, math.Sin(2*xr)), copysign(1, xi))
	case xr == 0 && isNaN(xi):
		return x
	}
	d := math.Cos(2*xr) + math.Cosh(2*xi)
	if math.Abs(d) < 0.25 {
		d = tanDenom(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*xr)/d, math.Sinh(2*xi)/d)
}

// Tanh is the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case isInf(xr):
		if isInf(xi) || isNaN(xi) {
			return complex(copysign(1, xr), copysign(0, xi))
		}
		return complex(copysign(1, xr), copysign(0, math.Sin(2*xi)))
	case xi == 0 && isNaN(xr):
		return x
	}
	d := math.Cosh(2*xr) + math.Cos(2*xi)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*xr)/d, math.Sin(2*xi)/d)
}

// Cot is the cotangent of x.
func Cot(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	d := math.Cosh(2*xi) - math.Cos(2*xr)
	if math.Abs(d) < 0.25 {
		d = tanDenom(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*xr)/d, -math.Sinh(2*xi)/d)
}

// tanSeries gives cosh(2y) - cos(2x) for x+iy by its Taylor series, for
// where the difference would cancel.
func tanDenom(z complex128) float64 {
	x := math.Abs(2 * real(z))
	y := math.Abs(2 * imag(z))
	x = reduceModPi(x)
	x *= x
	y *= y
	xp, yp := 1.0, 1.0
	fact, n, sum := 1.0, 0.0, 0.0
	for {
		// Two terms a turn: (y^k + x^k)/(2k)! then (y^k - x^k)/(2k)!.
		n++
		fact *= n
		n++
		fact *= n
		xp *= x
		yp *= y
		t := (yp + xp) / fact
		sum += t
		n++
		fact *= n
		n++
		fact *= n
		xp *= x
		yp *= y
		t = (yp - xp) / fact
		sum += t
		if !(math.Abs(t/sum) > 0x1p-53) {
			return sum
		}
	}
}

// invPiBits: the binary digits of 1/π, 64 to an element, the integer part
// (zero) first; for reducing huge arguments exactly (Payne and Hanek).
var invPiBits [20]uint64

// reducePi reduces x to (-π/2, π/2] modulo π: by a three-part π (Cody and
// Waite) below 2**30, by the bits of 1/π above.
func reduceModPi(x float64) float64 {
	if !invPiBitsReady {
		loadInvPiBits()
	}
	if math.Abs(x) < 1<<30 {
		// π as three parts, the first two short enough that their
		// products with a whole t are exact.
		const (
			pi1 = 3.141592502593994      // 0x400921fb40000000
			pi2 = 1.5099578831723193e-07 // 0x3e84442d00000000
			pi3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
		)
		t := x/math.Pi + 0.5
		t = float64(int64(t))
		return ((x - t*pi1) - t*pi2) - t*pi3
	}
	// x = m * 2**e with a 53-bit m; the fraction of x/π is that of m
	// times the bits of 1/π from position e on, taken 192 at a time.
	b := math.Float64bits(x)
	e := int(b>>52&0x7FF) - 1023 - 52
	m := b&(1<<52-1) | 1<<52
	word, off := uint(e+64)/64, uint(e+64)%64
	z0 := invPiBits[word]<<off | invPiBits[word+1]>>(64-off)
	z1 := invPiBits[word+1]<<off | invPiBits[word+2]>>(64-off)
	z2 := invPiBits[word+2]<<off | invPiBits[word+3]>>(64-off)
	z2hi, _ := bits.Mul64(z2, m)
	z1hi, z1lo := bits.Mul64(z1, m)
	lo, carry := bits.Add64(z1lo, z2hi, 0)
	hi, _ := bits.Add64(z0*m, z1hi, carry)
	// hi:lo is the fraction in [0, 1): make a float64 of its top bits.
	lead := uint(bits.LeadingZeros64(hi))
	exp := uint64(1023 - (lead + 1))
	hi = hi<<(lead+1) | lo>>(64-(lead+1))
	hi >>= 64 - 52
	hi |= exp << 52
	x = math.Float64frombits(hi)
	if x > 0.5 {
		x--
	}
	return math.Pi * x
}

// invPiBitsReady says whether loadInvPiBits has run.
var invPiBitsReady bool

// loadInvPiBits fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadInvPiBits() {
	invPiBits = [20]uint64{
		0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
		0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
		0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
		0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
		0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
	}
	invPiBitsReady = true
}
