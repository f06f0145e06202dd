// Package bits counts, reverses and rotates the bits of unsigned integers,
// and does double-word arithmetic (sums and differences with carries, full
// products, divisions of a two-word dividend).
//
// All of it is plain Go here; gc turns many of these functions into
// single instructions, with the same results.
package bits

// UintSize is the width of uint in bits: 64 >> 0 or 64 >> 1, by whether
// the top bit of a 64-bit all-ones survives a shift by 63.
const UintSize = 64 >> (1 - ^uint(0)>>63)

// ---- counting leading and trailing zeros, length ----

// LeadingZeros counts the zero bits above the highest one of x (UintSize
// for 0).
func LeadingZeros(x uint) int {
	return UintSize - Len(x)
}

// LeadingZeros8 is LeadingZeros of a uint8.
func LeadingZeros8(x uint8) int {
	return 8 - Len8(x)
}

// LeadingZeros16 is LeadingZeros of a uint16.
func LeadingZeros16(x uint16) int {
	return 16 - Len16(x)
}

// LeadingZeros32 is LeadingZeros of a uint32.
func LeadingZeros32(x uint32) int {
	return 32 - Len32(x)
}

// LeadingZeros64 is LeadingZeros of a uint64.
func LeadingZeros64(x uint64) int {
	return 64 - Len64(x)
}

// TrailingZeros counts the zero bits below the lowest one of x (UintSize
// for 0).
func TrailingZeros(x uint) int {
	if x == 0 {
		return UintSize
	}
	return lowBit(uint64(x))
}

// TrailingZeros8 is TrailingZeros of a uint8.
func TrailingZeros8(x uint8) int {
	if x == 0 {
		return 8
	}
	return lowBit(uint64(x))
}

// TrailingZeros16 is TrailingZeros of a uint16.
func TrailingZeros16(x uint16) int {
	if x == 0 {
		return 16
	}
	return lowBit(uint64(x))
}

// TrailingZeros32 is TrailingZeros of a uint32.
func TrailingZeros32(x uint32) int {
	if x == 0 {
		return 32
	}
	return lowBit(uint64(x))
}

// TrailingZeros64 is TrailingZeros of a uint64.
func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	return lowBit(x)
}

// lowBit is the position of the lowest one bit of a non-zero x: that bit
// alone has length one more.
func lowBit(x uint64) int {
	return Len64(x&-x) - 1
}

// Len is the number of bits needed to write x: 0 for 0.
func Len(x uint) int { return Len64(uint64(x)) }

// Len8 is Len of a uint8.
func Len8(x uint8) int { return Len64(uint64(x)) }

// Len16 is Len of a uint16.
func Len16(x uint16) int { return Len64(uint64(x)) }

// Len32 is Len of a uint32.
func Len32(x uint32) int { return Len64(uint64(x)) }

// Len64 is Len of a uint64.
func Len64(x uint64) int {
	n := 0
	// Halve the range of interest at each step: 32, 16, 8, 4, 2, 1.
	for shift := uint(32); shift > 0; shift >>= 1 {
		if x>>shift != 0 {
			x >>= shift
			n += int(shift)
		}
	}
	if x != 0 {
		n++
	}
	return n
}

// ---- population count ----

// OnesCount counts the one bits of x.
func OnesCount(x uint) int { return OnesCount64(uint64(x)) }

// OnesCount8 is OnesCount of a uint8.
func OnesCount8(x uint8) int { return OnesCount64(uint64(x)) }

// OnesCount16 is OnesCount of a uint16.
func OnesCount16(x uint16) int { return OnesCount64(uint64(x)) }

// OnesCount32 is OnesCount of a uint32.
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

// OnesCount64 is OnesCount of a uint64.
func OnesCount64(x uint64) int {
	// Sums of adjacent fields, ever wider: 2, 4, 8 bits, then all bytes
	// added up in the top byte by one multiplication.
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	return int((x * 0x0101010101010101) >> 56)
}

// ---- rotation ----

// RotateLeft rotates x left by k bits (right for negative k).
func RotateLeft(x uint, k int) uint {
	s := uint(k) & (UintSize - 1)
	return x<<s | x>>(UintSize-s)
}

// RotateLeft8 is RotateLeft of a uint8.
func RotateLeft8(x uint8, k int) uint8 {
	s := uint(k) & 7
	return x<<s | x>>(8-s)
}

// RotateLeft16 is RotateLeft of a uint16.
func RotateLeft16(x uint16, k int) uint16 {
	s := uint(k) & 15
	return x<<s | x>>(16-s)
}

// RotateLeft32 is RotateLeft of a uint32.
func RotateLeft32(x uint32, k int) uint32 {
	s := uint(k) & 31
	return x<<s | x>>(32-s)
}

// RotateLeft64 is RotateLeft of a uint64.
func RotateLeft64(x uint64, k int) uint64 {
	s := uint(k) & 63
	return x<<s | x>>(64-s)
}

// ---- reversal ----

// Reverse gives x with its bits in reverse order.
func Reverse(x uint) uint {
	// The reversed word's top UintSize bits.
	return uint(Reverse64(uint64(x)) >> (64 - UintSize))
}

// Reverse8 is Reverse of a uint8.
func Reverse8(x uint8) uint8 { return uint8(Reverse64(uint64(x)) >> 56) }

// Reverse16 is Reverse of a uint16.
func Reverse16(x uint16) uint16 { return uint16(Reverse64(uint64(x)) >> 48) }

// Reverse32 is Reverse of a uint32.
func Reverse32(x uint32) uint32 { return uint32(Reverse64(uint64(x)) >> 32) }

// Reverse64 is Reverse of a uint64.
func Reverse64(x uint64) uint64 {
	// Swap neighbouring bits, then pairs, then nibbles; the bytes last.
	x = x>>1&0x5555555555555555 | x&0x5555555555555555<<1
	x = x>>2&0x3333333333333333 | x&0x3333333333333333<<2
	x = x>>4&0x0f0f0f0f0f0f0f0f | x&0x0f0f0f0f0f0f0f0f<<4
	return ReverseBytes64(x)
}

// ReverseBytes gives x with its bytes in reverse order.
func ReverseBytes(x uint) uint {
	return uint(ReverseBytes64(uint64(x)) >> (64 - UintSize))
}

// ReverseBytes16 is ReverseBytes of a uint16.
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

// ReverseBytes32 is ReverseBytes of a uint32.
func ReverseBytes32(x uint32) uint32 { return uint32(ReverseBytes64(uint64(x)) >> 32) }

// ReverseBytes64 is ReverseBytes of a uint64.
func ReverseBytes64(x uint64) uint64 {
	x = x>>8&0x00ff00ff00ff00ff | x&0x00ff00ff00ff00ff<<8
	x = x>>16&0x0000ffff0000ffff | x&0x0000ffff0000ffff<<16
	return x>>32 | x<<32
}

// ---- double-word arithmetic ----

// Add gives x+y+carry and the carry out; carry must be 0 or 1.
func Add(x, y, carry uint) (sum, carryOut uint) {
	if UintSize == 32 {
		s, c := Add32(uint32(x), uint32(y), uint32(carry))
		return uint(s), uint(c)
	}
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

// Add32 is Add of uint32s.
func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	wide := uint64(x) + uint64(y) + uint64(carry)
	return uint32(wide), uint32(wide >> 32)
}

// Add64 is Add of uint64s.
func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	// A carry left the top bit if both tops were set, or either was and
	// the sum's is not.
	carryOut = (x&y | (x|y)&^sum) >> 63
	return sum, carryOut
}

// Sub gives x-y-borrow and the borrow out; borrow must be 0 or 1.
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	if UintSize == 32 {
		d, b := Sub32(uint32(x), uint32(y), uint32(borrow))
		return uint(d), uint(b)
	}
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

// Sub32 is Sub of uint32s.
func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 31
	return diff, borrowOut
}

// Sub64 is Sub of uint64s.
func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	diff = x - y - borrow
	borrowOut = (^x&y | ^(x^y)&diff) >> 63
	return diff, borrowOut
}

// Mul gives the full product of x and y, high word first.
func Mul(x, y uint) (hi, lo uint) {
	if UintSize == 32 {
		hi32, lo32 := Mul32(uint32(x), uint32(y))
		return uint(hi32), uint(lo32)
	}
	hi64, lo64 := Mul64(uint64(x), uint64(y))
	return uint(hi64), uint(lo64)
}

// Mul32 is Mul of uint32s.
func Mul32(x, y uint32) (hi, lo uint32) {
	p := uint64(x) * uint64(y)
	return uint32(p >> 32), uint32(p)
}

// Mul64 is Mul of uint64s.
func Mul64(x, y uint64) (hi, lo uint64) {
	// Schoolbook multiplication in 32-bit halves.
	const low = 1<<32 - 1
	x1, x0 := x>>32, x&low
	y1, y0 := y>>32, y&low
	p00 := x0 * y0
	mid := x1*y0 + p00>>32
	mid2 := x0*y1 + mid&low
	hi = x1*y1 + mid>>32 + mid2>>32
	return hi, x * y
}

// overflowError and divideError are the run-time errors Div panics with,
// as gc's runtime words them.
type bitsError string

func (e bitsError) Error() string { return "runtime error: " + string(e) }
func (e bitsError) RuntimeError() {}

const (
	overflowError = bitsError("integer overflow")
	divideError   = bitsError("integer divide by zero")
)

// Div divides hi:lo by y, giving quotient and remainder; it panics when y
// is 0 or no larger than hi (the quotient would not fit).
func Div(hi, lo, y uint) (quo, rem uint) {
	if UintSize == 32 {
		quo32, rem32 := Div32(uint32(hi), uint32(lo), uint32(y))
		return uint(quo32), uint(rem32)
	}
	quo64, rem64 := Div64(uint64(hi), uint64(lo), uint64(y))
	return uint(quo64), uint(rem64)
}

// Div32 is Div of uint32s.
func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	if y == 0 {
		panic(divideError)
	}
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n / uint64(y)), uint32(n % uint64(y))
}

// Div64 is Div of uint64s.
func Div64(hi, lo, y uint64) (quo, rem uint64) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
	// Long division in base 2**32 (Knuth's algorithm D with two digits):
	// normalize so the divisor's top bit is set, then find each 32-bit
	// digit of the quotient from an estimate corrected at most twice.
	s := uint(LeadingZeros64(y))
	y <<= s
	const base = 1 << 32
	const mask = base - 1
	yHi, yLo := y>>32, y&mask
	un32 := hi<<s | lo>>(64-s)
	un10 := lo << s
	if s == 0 {
		un32 = hi
	}
	un1, un0 := un10>>32, un10&mask
	digit := func(top, next uint64) (q, r uint64) {
		q = top / yHi
		rhat := top - q*yHi
		for q >= base || q*yLo > base*rhat+next {
			q--
			rhat += yHi
			if rhat >= base {
				break
			}
		}
		return q, top*base + next - q*y
	}
	q1, un21 := digit(un32, un1)
	q0, r := digit(un21, un0)
	return q1*base + q0, r >> s
}

// Rem gives the remainder of hi:lo divided by y; it panics only for a
// zero y (hi may be larger than y).
func Rem(hi, lo, y uint) uint {
	if UintSize == 32 {
		r := Rem32(uint32(hi), uint32(lo), uint32(y))
		return uint(r)
	}
	r := Rem64(uint64(hi), uint64(lo), uint64(y))
	return uint(r)
}

// Rem32 is Rem of uint32s.
func Rem32(hi, lo, y uint32) uint32 {
	n := uint64(hi)<<32 | uint64(lo)
	return uint32(n % uint64(y))
}

// Rem64 is Rem of uint64s.
func Rem64(hi, lo, y uint64) uint64 {
	// hi mod y first keeps Div64 from overflowing; the value mod y is
	// unchanged.
	_, rem := Div64(hi%y, lo, y)
	return rem
}
