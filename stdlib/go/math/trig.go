package math

// The circular functions and their inverses with gc's algorithms (after
// Cephes' sin.c, tan.c, atan.c and asin.c): the argument reduced modulo
// π/4 by a three-part π/4 (Cody and Waite) or, from 2**29 on, by the
// bits of 4/π (Payne and Hanek), then polynomials on [-π/4, π/4]. The
// coefficients are Cephes'. gc runs these in Go on amd64 as well, so the
// results agree to the bit.
//
// The coefficient tables hold the float64 values of the published
// decimal coefficients, written in hexadecimal (a 20-digit decimal costs
// the checker's exact arithmetic far more), and are filled on first use.

// π/4 in three parts, the first two short enough that their products with
// the octant counts met here are exact.
const (
	quarterPi1 = 7.85398125648498535156e-1  // 0x3fe921fb40000000
	quarterPi2 = 3.77489470793079817668e-8  // 0x3e64442d00000000
	quarterPi3 = 2.69515142907905952645e-15 // 0x3ce8469898cc5170
)

// Cephes' coefficients, highest order first.
var (
	sinCoef [6]float64
	cosCoef [6]float64
	tanNum  [3]float64
	tanDen  [5]float64
	atanNum [5]float64
	atanDen [6]float64
)

// From here on the reduction by the bits of 4/π is used.
const bigTrigArg = 1 << 29

// octant reduces x >= 0 to z in [-π/4, π/4] and the octant j (0..7) that
// x - z is a multiple of π/4 in, j even.
func octant(x float64) (j uint64, z float64) {
	if x >= bigTrigArg {
		return reduceBig(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	// Odd octants are moved to the next even one: z is then negative.
	if j&1 == 1 {
		j++
		y++
	}
	j &= 7
	return j, ((x - y*quarterPi1) - y*quarterPi2) - y*quarterPi3
}

// fourOverPiBits: the binary digits of 4/π, 64 to an element, the integer
// part first.
var fourOverPiBits [20]uint64

// reduceBig is octant for huge x: x is a 53-bit integer times 2**e, and
// only the bits of 4/π near position e matter for the fraction.
func reduceBig(x float64) (j uint64, z float64) {
	if x < Pi/4 {
		return 0, x
	}
	b := Float64bits(x)
	e := int(b>>52&0x7FF) - 1023 - 52
	m := b&(1<<52-1) | 1<<52
	word, off := uint(e+61)/64, uint(e+61)%64
	z0 := fourOverPiBits[word]<<off | fourOverPiBits[word+1]>>(64-off)
	z1 := fourOverPiBits[word+1]<<off | fourOverPiBits[word+2]>>(64-off)
	z2 := fourOverPiBits[word+2]<<off | fourOverPiBits[word+3]>>(64-off)
	z2hi, _ := mul64(z2, m)
	z1hi, z1lo := mul64(z1, m)
	lo, carry := add64(z1lo, z2hi, 0)
	hi, _ := add64(z0*m, z1hi, carry)
	// The top three bits are the octant, the rest the fraction of it.
	j = hi >> 61
	hi = hi<<3 | lo>>61
	lead := leadingZeros64(hi)
	exp := uint64(1023 - (lead + 1))
	hi = hi<<(lead+1) | lo>>(64-(lead+1))
	hi >>= 64 - 52
	hi |= exp << 52
	z = Float64frombits(hi)
	if j&1 == 1 {
		j++
		j &= 7
		z--
	}
	return j, z * (Pi / 4)
}

// mul64, add64 and leadingZeros64 are math/bits' Mul64, Add64 and
// LeadingZeros64, repeated here so that importing math does not load
// another package (each costs every program that imports it start-up
// time).
func mul64(x, y uint64) (hi, lo uint64) {
	const half = 1<<32 - 1
	a1, a0 := x>>32, x&half
	b1, b0 := y>>32, y&half
	p := a0 * b0
	m := a1*b0 + p>>32
	m2 := a0*b1 + m&half
	return a1*b1 + m>>32 + m2>>32, x * y
}

func add64(x, y, carry uint64) (sum, carryOut uint64) {
	sum = x + y + carry
	return sum, (x&y | (x|y)&^sum) >> 63
}

func leadingZeros64(x uint64) uint {
	n := uint(0)
	for ; n < 64 && x&(1<<63) == 0; n++ {
		x <<= 1
	}
	return n
}

// sinPoly and cosPoly approximate sin and cos on [-π/4, π/4].
func sinPoly(z float64) float64 {
	zz := z * z
	return z + z*zz*hornerDesc(zz, sinCoef[:])
}

func cosPoly(z float64) float64 {
	zz := z * z
	return 1.0 - 0.5*zz + zz*zz*hornerDesc(zz, cosCoef[:])
}

// Sin of an angle in radians. ±0 stays ±0; ±Inf and NaN give NaN.
func Sin(x float64) float64 {
	if !trigTablesReady {
		loadTrigTables()
	}
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	j, z := octant(x)
	if j > 3 {
		neg = !neg
		j -= 4
	}
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(z)
	} else {
		y = sinPoly(z)
	}
	if neg {
		return -y
	}
	return y
}

// Cos of an angle in radians. ±Inf and NaN give NaN.
func Cos(x float64) float64 {
	if !trigTablesReady {
		loadTrigTables()
	}
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	j, z := octant(Abs(x))
	neg := false
	if j > 3 {
		j -= 4
		neg = true
	}
	if j > 1 {
		neg = !neg
	}
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z)
	} else {
		y = cosPoly(z)
	}
	if neg {
		return -y
	}
	return y
}

// Tan of an angle in radians. ±0 stays ±0; ±Inf and NaN give NaN.
func Tan(x float64) float64 {
	if !trigTablesReady {
		loadTrigTables()
	}
	switch {
	case x == 0 || IsNaN(x):
		return x
	case IsInf(x, 0):
		return NaN()
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var j uint64
	var z float64
	if x >= bigTrigArg {
		j, z = reduceBig(x)
	} else {
		// As octant, without folding j modulo 8 (only its bit 1 counts).
		j = uint64(x * (4 / Pi))
		y := float64(j)
		if j&1 == 1 {
			j++
			y++
		}
		z = ((x - y*quarterPi1) - y*quarterPi2) - y*quarterPi3
	}
	y := z
	if zz := z * z; zz > 1e-14 {
		y = z + z*(zz*hornerDesc(zz, tanNum[:])/hornerDesc(zz, tanDen[:]))
	}
	if j&2 == 2 {
		y = -1 / y
	}
	if neg {
		return -y
	}
	return y
}

// atanSmall is arctan on [0, 0.66].
func atanSmall(x float64) float64 {
	z := x * x
	z = z * hornerDesc(z, atanNum[:]) / hornerDesc(z, atanDen[:])
	return x*z + x
}

// atanPos is arctan of x >= 0, by the identities atan x = π/2 - atan(1/x)
// and atan x = π/4 + atan((x-1)/(x+1)) away from zero.
func atanPos(x float64) float64 {
	// π/2 = Pi/2 + halfPiLow to twice float64's precision.
	const halfPiLow = 6.123233995736765886130e-17
	if x <= 0.66 {
		return atanSmall(x)
	}
	if x > 2.41421356237309504880 { // tan(3π/8)
		return Pi/2 - atanSmall(1/x) + halfPiLow
	}
	return Pi/4 + atanSmall((x-1)/(x+1)) + 0.5*halfPiLow
}

// Atan is the inverse tangent in radians; ±0 kept, ±Inf maps to ±Pi/2.
func Atan(x float64) float64 {
	if !trigTablesReady {
		loadTrigTables()
	}
	switch {
	case x == 0:
		return x
	case x > 0:
		return atanPos(x)
	}
	return -atanPos(-x)
}

// Asin is the inverse sine in radians; NaN outside [-1, 1], ±0 kept.
func Asin(x float64) float64 {
	if !trigTablesReady {
		loadTrigTables()
	}
	if x == 0 {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	if x > 1 {
		return NaN()
	}
	c := Sqrt(1 - x*x)
	var r float64
	if x > 0.7 {
		r = Pi/2 - atanPos(c/x)
	} else {
		r = atanPos(x / c)
	}
	if neg {
		return -r
	}
	return r
}

// Acos is the inverse cosine in radians; NaN outside [-1, 1].
func Acos(x float64) float64 {
	return Pi/2 - Asin(x)
}

// trigTablesReady says whether loadTrigTables has run.
var trigTablesReady bool

// loadTrigTables fills the tables of this file on first use: a program
// that never calls these functions neither checks nor runs their
// initialization.
func loadTrigTables() {
	sinCoef = [6]float64{0x1.5d8fd1fd19ccdp-33, -0x1.ae5e5a9291f5dp-26,
		0x1.71de3567d48a1p-19, -0x1.a01a019bfdf03p-13, 0x1.111111110f7d0p-7,
		-0x1.5555555555548p-3}
	cosCoef = [6]float64{-0x1.8fa49a0861a9bp-37, 0x1.1ee9d7b4e3f05p-29,
		-0x1.27e4f7eac4bc6p-22, 0x1.a01a019c844f5p-16, -0x1.6c16c16c14f91p-10,
		0x1.555555555554bp-5}
	tanNum = [3]float64{-0x1.992d8d24f3f38p+13, 0x1.199eca5fc9dddp+20,
		-0x1.11fead3299176p+24}
	tanDen = [5]float64{1.0, 0x1.ab8a5eeb36572p+13, -0x1.427bc582abc96p+20,
		0x1.7d98fc2ead8efp+24, -0x1.9afe03cbe5a31p+25}
	atanNum = [5]float64{-0x1.c007fa1f72594p-1, -0x1.028545b6b807ap+4,
		-0x1.2c08c36880273p+6, -0x1.eb8bf2d05ba25p+6, -0x1.03669fd28ec8ep+6}
	atanDen = [6]float64{1, 0x1.8dbc45b14603cp+4, 0x1.4a0dd43b8fa25p+7,
		0x1.b0e18d2e2be3bp+8, 0x1.e563f13b049eap+8, 0x1.8519efbbd62ecp+7}
	fourOverPiBits = [20]uint64{
		0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
		0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
		0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
		0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
		0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
	}
	trigTablesReady = true
}
