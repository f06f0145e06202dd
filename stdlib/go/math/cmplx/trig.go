package cmplx

// The circular and hyperbolic functions and their tangents.

import (
	"math"
	"math/bits"
)

// Sin is the sine of x.
func Sin(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), im)
	case math.IsInf(im, 0):
		if re == 0 {
			return x
		}
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.NaN(), im)
		}
	case re == 0 && math.IsNaN(im):
		return x
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(s*ch, c*sh)
}

// Sinh is the hyperbolic sine of x.
func Sinh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(re, math.NaN())
	case math.IsInf(re, 0):
		if im == 0 {
			return complex(re, im)
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(re, math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*sh, s*ch)
}

// Cos is the cosine of x.
func Cos(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0 && (math.IsInf(re, 0) || math.IsNaN(re)):
		return complex(math.NaN(), -im*math.Copysign(0, re))
	case math.IsInf(im, 0):
		if re == 0 {
			return complex(math.Inf(1), -re*math.Copysign(0, im))
		}
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Inf(1), math.NaN())
		}
	case re == 0 && math.IsNaN(im):
		return complex(math.NaN(), 0)
	}
	s, c := math.Sincos(re)
	sh, ch := sinhcosh(im)
	return complex(c*ch, -s*sh)
}

// Cosh is the hyperbolic cosine of x.
func Cosh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case re == 0 && (math.IsInf(im, 0) || math.IsNaN(im)):
		return complex(math.NaN(), re*math.Copysign(0, im))
	case math.IsInf(re, 0):
		if im == 0 {
			return complex(math.Inf(1), im*math.Copysign(0, re))
		}
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Inf(1), math.NaN())
		}
	case im == 0 && math.IsNaN(re):
		return complex(math.NaN(), im)
	}
	s, c := math.Sincos(im)
	sh, ch := sinhcosh(re)
	return complex(c*ch, s*sh)
}

// sinhcosh gives sinh(x) and cosh(x), through one exponential away from
// zero.
func sinhcosh(x float64) (sh, ch float64) {
	if math.Abs(x) <= 0.5 {
		return math.Sinh(x), math.Cosh(x)
	}
	e := math.Exp(x)
	inv := 0.5 / e
	e *= 0.5
	return e - inv, e + inv
}

// Tan is the tangent of x.
func Tan(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(im, 0):
		if math.IsInf(re, 0) || math.IsNaN(re) {
			return complex(math.Copysign(0, re), math.Copysign(1, im))
		}
		return complex(math.Copysign(0, math.Sin(2*re)), math.Copysign(1, im))
	case re == 0 && math.IsNaN(im):
		return x
	}
	d := math.Cos(2*re) + math.Cosh(2*im)
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*re)/d, math.Sinh(2*im)/d)
}

// Tanh is the hyperbolic tangent of x.
func Tanh(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		if math.IsInf(im, 0) || math.IsNaN(im) {
			return complex(math.Copysign(1, re), math.Copysign(0, im))
		}
		return complex(math.Copysign(1, re), math.Copysign(0, math.Sin(2*im)))
	case im == 0 && math.IsNaN(re):
		return x
	}
	d := math.Cosh(2*re) + math.Cos(2*im)
	if d == 0 {
		return Inf()
	}
	return complex(math.Sinh(2*re)/d, math.Sin(2*im)/d)
}

// Cot is the cotangent of x.
func Cot(x complex128) complex128 {
	d := math.Cosh(2*imag(x)) - math.Cos(2*real(x))
	if math.Abs(d) < 0.25 {
		d = tanSeries(x)
	}
	if d == 0 {
		return Inf()
	}
	return complex(math.Sin(2*real(x))/d, -math.Sinh(2*imag(x))/d)
}

// tanSeries gives cosh(2y) - cos(2x) for x+iy by its Taylor series, for
// where the difference would cancel.
func tanSeries(z complex128) float64 {
	x := math.Abs(2 * real(z))
	y := math.Abs(2 * imag(z))
	x = reducePi(x)
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
var invPiBits = [20]uint64{
	0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
	0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
	0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}

// reducePi reduces x to (-π/2, π/2] modulo π: by a three-part π (Cody and
// Waite) below 2**30, by the bits of 1/π above.
func reducePi(x float64) float64 {
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
	lz := uint(bits.LeadingZeros64(hi))
	exp := uint64(1023 - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - 52
	hi |= exp << 52
	x = math.Float64frombits(hi)
	if x > 0.5 {
		x--
	}
	return math.Pi * x
}
