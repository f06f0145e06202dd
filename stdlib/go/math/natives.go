package math

// Everything below is bodiless: splitgo supplies these as runtime natives,
// and the natives reproduce gc's results bit for bit, special values
// (NaN, infinities, signed zeros) included.

// Float32bits gives the raw IEEE 754 bits of f; the inverse of Float32frombits.
func Float32bits(f float32) uint32

// Float32frombits reads b as IEEE 754 single-precision bits.
func Float32frombits(b uint32) float32

// Float64bits gives the raw IEEE 754 bits of f; the inverse of Float64frombits.
func Float64bits(f float64) uint64

// Float64frombits reads b as IEEE 754 double-precision bits.
func Float64frombits(b uint64) float64

// Sqrt is the square root. Negative inputs and NaN give NaN; ±0 and +Inf
// come back unchanged.
func Sqrt(x float64) float64

// Floor rounds x down to a whole number (±0, ±Inf and NaN pass through).
func Floor(x float64) float64

// Ceil rounds x up to a whole number (±0, ±Inf and NaN pass through).
func Ceil(x float64) float64

// Trunc drops the fractional part of x (±0, ±Inf and NaN pass through).
func Trunc(x float64) float64

// Round goes to the nearest whole number; halves move away from zero.
// ±0, ±Inf and NaN pass through.
func Round(x float64) float64

// RoundToEven goes to the nearest whole number; halves go to the even one.
// ±0, ±Inf and NaN pass through.
func RoundToEven(x float64) float64

// Mod is the remainder of x/y, carrying the sign of x and smaller in size
// than y. An infinite or NaN x, a zero y or a NaN y give NaN; an infinite y
// gives x.
func Mod(x, y float64) float64

// Pow raises x to the power y, with gc's full table of special cases
// (for one: any x to the power ±0 is 1, even NaN).
func Pow(x, y float64) float64

// Exp is e raised to x. +Inf gives +Inf, NaN gives NaN; huge inputs
// overflow to +Inf and very negative ones go to 0.
func Exp(x float64) float64

// Log is the natural logarithm. 0 gives -Inf, negatives and NaN give NaN,
// +Inf gives +Inf.
func Log(x float64) float64

// Sin of an angle in radians. ±0 stays ±0; ±Inf and NaN give NaN.
func Sin(x float64) float64

// Cos of an angle in radians. ±Inf and NaN give NaN.
func Cos(x float64) float64

// Tan of an angle in radians. ±0 stays ±0; ±Inf and NaN give NaN.
func Tan(x float64) float64

// Asin is the inverse sine in radians; NaN outside [-1, 1], ±0 kept.
func Asin(x float64) float64

// Acos is the inverse cosine in radians; NaN outside [-1, 1].
func Acos(x float64) float64

// Atan is the inverse tangent in radians; ±0 kept, ±Inf maps to ±Pi/2.
func Atan(x float64) float64

// Sinh is the hyperbolic sine.
func Sinh(x float64) float64

// Cosh is the hyperbolic cosine.
func Cosh(x float64) float64

// Tanh is the hyperbolic tangent.
func Tanh(x float64) float64

// Cbrt is the real cube root; ±0, ±Inf and NaN pass through.
func Cbrt(x float64) float64

// FMA is x*y+z with a single rounding (the fused multiply-add of IEEE
// 754).
func FMA(x, y, z float64) float64
