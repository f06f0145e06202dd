package math

// Bit-level helpers, written in Go; they work on the IEEE 754 binary64
// encoding through Float64bits and Float64frombits.

const (
	signBit64  = 1 << 63                // the sign bit of a float64
	posInfBits = 0x7FF0000000000000     // +Inf
	negInfBits = signBit64 | posInfBits // -Inf
	nanBits    = posInfBits | 1<<51 | 1 // NaN()'s bits: quiet (top fraction bit set), payload 1, as gc
)

// Inf gives +Inf for sign >= 0 and -Inf for sign < 0.
func Inf(sign int) float64 {
	if sign < 0 {
		return Float64frombits(negInfBits)
	}
	return Float64frombits(posInfBits)
}

// NaN gives an IEEE 754 not-a-number.
func NaN() float64 { return Float64frombits(nanBits) }

// IsNaN tells whether f is a not-a-number.
func IsNaN(f float64) (is bool) {
	// No other value compares unequal to itself.
	return !(f == f)
}

// IsInf tells whether f is +Inf (sign > 0), -Inf (sign < 0) or either
// infinity (sign == 0).
func IsInf(f float64, sign int) bool {
	if f > MaxFloat64 {
		return sign >= 0
	}
	if f < -MaxFloat64 {
		return sign <= 0
	}
	return false
}

// Abs is |x|: the sign bit cleared, so Abs(-0) = 0, Abs(±Inf) = +Inf and
// a NaN stays a NaN.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signBit64)
}

// Signbit tells whether the sign bit of x is set (true for -0 too).
func Signbit(x float64) bool {
	return Float64bits(x)>>63 == 1
}

// Copysign is f's magnitude with sign's sign bit.
func Copysign(f, sign float64) float64 {
	mag := Float64bits(f) &^ signBit64
	return Float64frombits(mag | Float64bits(sign)&signBit64)
}

// Max is the greater of x and y. +Inf wins over anything, NaN included;
// otherwise a NaN argument gives NaN; of +0 and -0 the result is +0.
func Max(x, y float64) float64 {
	if IsInf(x, 1) || IsInf(y, 1) {
		return Inf(1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == 0 && y == 0 {
		// Both zeros: -0 only when both are -0.
		if Signbit(x) && Signbit(y) {
			return x
		}
		return Abs(x)
	}
	if y > x {
		return y
	}
	return x
}

// Min is the lesser of x and y. -Inf wins over anything, NaN included;
// otherwise a NaN argument gives NaN; of +0 and -0 the result is -0.
func Min(x, y float64) float64 {
	if IsInf(x, -1) || IsInf(y, -1) {
		return Inf(-1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == 0 && y == 0 {
		// Both zeros: +0 only when both are +0.
		if Signbit(x) || Signbit(y) {
			return Copysign(0, -1)
		}
		return x
	}
	if y < x {
		return y
	}
	return x
}

// Dim is x-y when that is positive and 0 otherwise. A NaN operand, or
// Inf minus the same Inf, gives NaN.
func Dim(x, y float64) float64 {
	d := x - y
	if d > 0 || d != d {
		return d
	}
	return 0
}

// Hypot is the length Sqrt(p*p+q*q) of the vector (p, q), computed by
// scaling with the larger side so that the squares cannot overflow or
// underflow. An infinite side gives +Inf, even if the other is NaN; else a
// NaN gives NaN.
func Hypot(p, q float64) float64 {
	if IsInf(p, 0) || IsInf(q, 0) {
		return Inf(1)
	}
	if p != p || q != q {
		return NaN()
	}
	big, small := Abs(p), Abs(q)
	if small > big {
		big, small = small, big
	}
	if big == 0 {
		return 0
	}
	r := small / big
	return big * Sqrt(1+r*r)
}
