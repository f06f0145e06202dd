// Package math offers floating-point constants and functions.
//
// The constants and the helpers of bits.go are written in Go; the
// functions declared without a body in natives.go are supplied by the
// runtime, as machine instructions or calls into the host's libm.
package math

// Well-known irrational numbers (digits from the OEIS).
const (
	E   = 2.71828182845904523536028747135266249775724709369995957496696763 // e, A001113
	Pi  = 3.14159265358979323846264338327950288419716939937510582097494459 // π, A000796
	Phi = 1.61803398874989484820458683436563811772030917980576286213544862 // golden ratio, A001622

	Sqrt2   = 1.41421356237309504880168872420969807856967187537694807317667974 // A002193
	SqrtE   = 1.64872127070012814684865078781416357165377610071014801157507931 // A019774
	SqrtPi  = 1.77245385090551602729816748334114518279754945612238712821380779 // A002161
	SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038 // A139339

	Ln2    = 0.693147180559945309417232121458176568075500134360255254120680009 // A002162
	Log2E  = 1 / Ln2                                                           // log2(e)
	Ln10   = 2.30258509299404568401799145468436420760110148862877297603332790  // A002392
	Log10E = 1 / Ln10                                                          // log10(e)
)

// The extremes of float32 and float64: the largest finite value and the
// smallest positive (subnormal) one.
const (
	MaxFloat32             = 0x1.fffffep+127 // about 3.4028234664e+38
	SmallestNonzeroFloat32 = 0x1p-149        // about 1.4012984643e-45

	MaxFloat64             = 0x1.fffffffffffffp+1023 // about 1.7976931348623157e+308
	SmallestNonzeroFloat64 = 0x1p-1074               // about 4.9406564584124654e-324
)

// The extremes of the integer types.
const (
	intSize = 32 << (^uint(0) >> 63) // bits in an int: 32 or 64

	MaxInt    = 1<<(intSize-1) - 1
	MinInt    = -MaxInt - 1
	MaxInt8   = 127
	MinInt8   = -128
	MaxInt16  = 32767
	MinInt16  = -32768
	MaxInt32  = 2147483647
	MinInt32  = -2147483648
	MaxInt64  = 9223372036854775807
	MinInt64  = -9223372036854775808
	MaxUint   = 1<<intSize - 1
	MaxUint8  = 255
	MaxUint16 = 65535
	MaxUint32 = 4294967295
	MaxUint64 = 18446744073709551615
)
