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

// Exp is e raised to x. +Inf gives +Inf, NaN gives NaN; huge inputs
// overflow to +Inf and very negative ones go to 0.
func Exp(x float64) float64

// Log is the natural logarithm. 0 gives -Inf, negatives and NaN give NaN,
// +Inf gives +Inf.
func Log(x float64) float64

// FMA is x*y+z with a single rounding (the fused multiply-add of IEEE
// 754).
func FMA(x, y, z float64) float64
