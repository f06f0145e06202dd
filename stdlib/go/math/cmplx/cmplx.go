// Package cmplx holds the elementary functions of complex numbers, with
// gc's algorithms (after Cephes' cmath) and gc's special values, so that
// results agree to the bit wherever package math's do.
//
// Here: modulus and angle, the infinities and NaN, square root,
// exponential, logarithms and powers.
package cmplx

import "math"

// Abs is the modulus |x|.
func Abs(x complex128) float64 {
	return math.Hypot(real(x), imag(x))
}

// Phase is the angle of x, in (-π, π].
func Phase(x complex128) float64 {
	return math.Atan2(imag(x), real(x))
}

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
func Conj(x complex128) complex128 {
	return complex(real(x), -imag(x))
}

// Inf gives a complex infinity, (+Inf, +Inf).
func Inf() complex128 {
	return complex(inf, inf)
}

// The real infinity and NaN the special cases return, and short names for
// the tests and sign copies they make.
var (
	inf = math.Inf(1)
	nan = math.NaN()
)

func isInf(f float64) bool { return math.IsInf(f, 0) }
func isNaN(f float64) bool { return f != f }

func copysign(f, sign float64) float64 { return math.Copysign(f, sign) }

// IsInf tells whether either part of x is infinite.
func IsInf(x complex128) bool {
	return isInf(real(x)) || isInf(imag(x))
}

// NaN gives a complex NaN, (NaN, NaN).
func NaN() complex128 {
	return complex(nan, nan)
}

// IsNaN tells whether x is a NaN: a part is NaN and neither is infinite.
func IsNaN(x complex128) bool {
	if IsInf(x) {
		return false
	}
	return isNaN(real(x)) || isNaN(imag(x))
}

// Sqrt is the square root of x with a non-negative real part, the cut
// along the negative real axis.
func Sqrt(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xi == 0:
		switch {
		case xr == 0:
			return complex(0, xi)
		case xr < 0:
			return complex(0, copysign(math.Sqrt(-xr), xi))
		}
		return complex(math.Sqrt(xr), xi)
	case isInf(xi):
		return complex(inf, xi)
	case xr == 0:
		if xi < 0 {
			r := math.Sqrt(-0.5 * xi)
			return complex(r, -r)
		}
		r := math.Sqrt(0.5 * xi)
		return complex(r, r)
	}
	// Scale the parts into a range where Hypot neither overflows nor
	// loses precision, and undo it at the end.
	var scale float64
	if math.Abs(xr) > 4 || math.Abs(xi) > 4 {
		xr *= 0.25
		xi *= 0.25
		scale = 2
	} else {
		xr *= 0x1p54
		xi *= 0x1p54
		scale = 0x1p-27
	}
	m := math.Hypot(xr, xi)
	var u, v float64
	if xr > 0 {
		u = math.Sqrt(0.5*m + 0.5*xr)
		v = scale * math.Abs((0.5*xi)/u)
		u *= scale
	} else {
		v = math.Sqrt(0.5*m - 0.5*xr)
		u = scale * math.Abs((0.5*xi)/v)
		v *= scale
	}
	if xi < 0 {
		return complex(u, -v)
	}
	return complex(u, v)
}

// Exp is e raised to x.
func Exp(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case isInf(xr):
		switch {
		case xr > 0 && xi == 0:
			return x
		case isInf(xi) || isNaN(xi):
			if xr < 0 {
				return complex(0, copysign(0, xi))
			}
			return complex(inf, nan)
		}
	case isNaN(xr):
		if xi == 0 {
			return complex(nan, xi)
		}
	}
	r := math.Exp(xr)
	s, c := math.Sincos(xi)
	return complex(r*c, r*s)
}

// Log is the natural logarithm (principal value, imaginary part in
// (-π, π]).
func Log(x complex128) complex128 {
	mod := Abs(x)
	return complex(math.Log(mod), Phase(x))
}

// Log10 is the decimal logarithm.
func Log10(x complex128) complex128 {
	l := Log(x)
	return complex(real(l)*math.Log10E, imag(l)*math.Log10E)
}

// Pow is x raised to y. 0**y is 1 for y == 0, 0 for real(y) > 0, an
// infinity for real(y) < 0 and NaN for a NaN y.
func Pow(x, y complex128) complex128 {
	if x == 0 {
		if IsNaN(y) {
			return NaN()
		}
		xr, xi := real(y), imag(y)
		switch {
		case xr == 0:
			return 1
		case xr < 0:
			if xi == 0 {
				return complex(inf, 0)
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
