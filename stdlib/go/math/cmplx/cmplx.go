// Package cmplx holds the elementary functions of complex numbers, with
// gc's algorithms (after Cephes' cmath) and gc's special values, so that
// results agree to the bit wherever package math's do.
//
// Here: modulus and angle, the infinities and NaN, square root,
// exponential, logarithms and powers.
package cmplx

import "math"

// Abs is the modulus |x|.
func Abs(x complex128) float64 { return math.Hypot(real(x), imag(x)) }

// Phase is the angle of x, in (-π, π].
func Phase(x complex128) float64 { return math.Atan2(imag(x), real(x)) }

// Polar gives the modulus and the angle of x.
func Polar(x complex128) (r, θ float64) {
	return Abs(x), Phase(x)
}

// Rect builds the complex number of modulus r and angle θ.
func Rect(r, θ float64) complex128 {
	s, c := math.Sincos(θ)
	return complex(r*c, r*s)
}

// Conj is the complex conjugate of x.
func Conj(x complex128) complex128 { return complex(real(x), -imag(x)) }

// Inf gives a complex infinity, (+Inf, +Inf).
func Inf() complex128 {
	return complex(math.Inf(1), math.Inf(1))
}

// IsInf tells whether either part of x is infinite.
func IsInf(x complex128) bool {
	return math.IsInf(real(x), 0) || math.IsInf(imag(x), 0)
}

// NaN gives a complex NaN, (NaN, NaN).
func NaN() complex128 {
	return complex(math.NaN(), math.NaN())
}

// IsNaN tells whether x is a NaN: a part is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return math.IsNaN(real(x)) || math.IsNaN(imag(x))
}

// Sqrt is the square root of x with a non-negative real part, the cut
// along the negative real axis.
func Sqrt(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case im == 0:
		switch {
		case re == 0:
			return complex(0, im)
		case re < 0:
			return complex(0, math.Copysign(math.Sqrt(-re), im))
		}
		return complex(math.Sqrt(re), im)
	case math.IsInf(im, 0):
		return complex(math.Inf(1), im)
	case re == 0:
		if im < 0 {
			r := math.Sqrt(-0.5 * im)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * im)
		return complex(r, r)
	}
	// Scale the parts into a range where Hypot neither overflows nor
	// loses precision, and undo it at the end.
	var scale float64
	if math.Abs(re) > 4 || math.Abs(im) > 4 {
		re *= 0.25
		im *= 0.25
		scale = 2
	} else {
		re *= 0x1p54
		im *= 0x1p54
		scale = 0x1p-27
	}
	m := math.Hypot(re, im)
	var u, v float64
	if re > 0 {
		u = math.Sqrt(0.5*m + 0.5*re)
		v = scale * math.Abs((0.5*im)/u)
		u *= scale
	} else {
		v = math.Sqrt(0.5*m - 0.5*re)
		u = scale * math.Abs((0.5*im)/v)
		v *= scale
	}
	if im < 0 {
		return complex(u, -v)
	}
	return complex(u, v)
}

// Exp is e raised to x.
func Exp(x complex128) complex128 {
	re, im := real(x), imag(x)
	switch {
	case math.IsInf(re, 0):
		switch {
		case re > 0 && im == 0:
			return x
		case math.IsInf(im, 0) || math.IsNaN(im):
			if re < 0 {
				return complex(0, math.Copysign(0, im))
			}
			return complex(math.Inf(1), math.NaN())
		}
	case math.IsNaN(re):
		if im == 0 {
			return complex(math.NaN(), im)
		}
	}
	r := math.Exp(re)
	s, c := math.Sincos(im)
	return complex(r*c, r*s)
}

// Log is the natural logarithm (principal value, imaginary part in
// (-π, π]).
func Log(x complex128) complex128 {
	return complex(math.Log(Abs(x)), Phase(x))
}

// Log10 is the decimal logarithm.
func Log10(x complex128) complex128 {
	z := Log(x)
	return complex(math.Log10E*real(z), math.Log10E*imag(z))
}

// Pow is x raised to y. 0**y is 1 for y == 0, 0 for real(y) > 0, an
// infinity for real(y) < 0 and NaN for a NaN y.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		re, im := real(y), imag(y)
		switch {
		case re == 0:
			return 1
		case re < 0:
			if im == 0 {
				return complex(math.Inf(1), 0)
			}
			return Inf()
		}
		return 0
	}
	mod := Abs(x)
	if mod == 0 {
		return complex(0, 0)
	}
	r := math.Pow(mod, real(y))
	arg := Phase(x)
	angle := real(y) * arg
	if imag(y) != 0 {
		r *= math.Exp(-imag(y) * arg)
		angle += imag(y) * math.Log(mod)
	}
	s, c := math.Sincos(angle)
	return complex(r*c, r*s)
}
