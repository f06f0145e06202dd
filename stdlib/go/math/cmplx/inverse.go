package cmplx

// The inverse circular and hyperbolic functions.

import "math"

// Asin is the inverse sine of x.
func Asin(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xi == 0 && math.Abs(xr) <= 1:
		return complex(math.Asin(xr), xi)
	case xr == 0 && math.Abs(xi) <= 1:
		return complex(xr, math.Asinh(xi))
	case isNaN(xi):
		switch {
		case xr == 0:
			return complex(xr, nan)
		case isInf(xr):
			return complex(nan, xr)
		}
		return NaN()
	case isInf(xi):
		switch {
		case isNaN(xr):
			return x
		case isInf(xr):
			return complex(copysign(math.Pi/4, xr), xi)
		}
		return complex(copysign(0, xr), xi)
	case isInf(xr):
		return complex(copysign(math.Pi/2, xr), copysign(xr, xi))
	}
	// asin x = -i log(ix + sqrt(1 - x²))
	ix := complex(-xi, xr)
	sq := x * x
	w := Log(ix + Sqrt(complex(1-real(sq), -imag(sq))))
	return complex(imag(w), -real(w))
}

// Acos is the inverse cosine of x.
func Acos(x complex128) complex128 {
	a := Asin(x)
	return complex(math.Pi/2-real(a), -imag(a))
}

// Asinh is the inverse hyperbolic sine of x.
func Asinh(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xi == 0 && math.Abs(xr) <= 1:
		return complex(math.Asinh(xr), xi)
	case xr == 0 && math.Abs(xi) <= 1:
		return complex(xr, math.Asin(xi))
	case isInf(xr):
		switch {
		case isInf(xi):
			return complex(xr, copysign(math.Pi/4, xi))
		case isNaN(xi):
			return x
		}
		return complex(xr, copysign(0.0, xi))
	case isNaN(xr):
		switch {
		case xi == 0:
			return x
		case isInf(xi):
			return complex(xi, xr)
		}
		return NaN()
	case isInf(xi):
		return complex(copysign(xi, xr), copysign(math.Pi/2, xi))
	}
	// asinh x = log(x + sqrt(1 + x²))
	sq := x * x
	return Log(x + Sqrt(complex(1+real(sq), imag(sq))))
}

// Acosh is the inverse hyperbolic cosine of x.
func Acosh(x complex128) complex128 {
	if x == 0 {
		return complex(0, copysign(math.Pi/2, imag(x)))
	}
	w := Acos(x)
	if imag(w) <= 0 {
		return complex(-imag(w), real(w))
	}
	return complex(imag(w), -real(w))
}

// Atan is the inverse tangent of x.
func Atan(x complex128) complex128 {
	xr, xi := real(x), imag(x)
	switch {
	case xi == 0:
		return complex(math.Atan(xr), xi)
	case xr == 0 && math.Abs(xi) <= 1:
		return complex(xr, math.Atanh(xi))
	case isInf(xi) || isInf(xr):
		if isNaN(xr) {
			return complex(nan, copysign(0, xi))
		}
		return complex(copysign(math.Pi/2, xr), copysign(0, xi))
	case isNaN(xr) || isNaN(xi):
		return NaN()
	}
	re2 := xr * xr
	a := 1 - re2 - xi*xi
	if a == 0 {
		return NaN()
	}
	w := reduceModPi(0.5 * math.Atan2(2*xr, a))
	t := xi - 1
	b := re2 + t*t
	if b == 0 {
		return NaN()
	}
	t = xi + 1
	return complex(w, 0.25*math.Log((re2+t*t)/b))
}

// Atanh is the inverse hyperbolic tangent of x.
func Atanh(x complex128) complex128 {
	z := Atan(complex(-imag(x), real(x)))
	return complex(imag(z), -real(z))
}
