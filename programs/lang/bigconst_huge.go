// run

package main

// Untyped float constants far beyond float64's range, and far below it,
// keep their values through constant arithmetic (gc keeps them as 512-bit
// floats with a 32-bit binary exponent) and only round when a typed value
// is made of them.

import "fmt"

const (
	huge  = 1e646456992
	huge2 = 1e646456991
	tiny  = 1e-646456992
	third = 1.0 / 3
)

func main() {
	// Quotients and products of huge constants come back into range.
	x := huge / huge2
	fmt.Println(x, x == 10, huge/huge2 == 10)
	fmt.Println(huge*tiny, tiny/tiny, huge/huge)
	fmt.Println(1e6464569/1e6464568, 1e646456/1e646455, 1e64645/1e64644)

	// Comparisons see the whole range.
	fmt.Println(huge > huge2, -huge < -huge2, tiny > 0, -tiny < 0, tiny < 1e-646456991)
	fmt.Println(huge+1 == huge, huge-huge == 0, tiny+1 == 1)

	// A tiny constant is zero as a float64 or float32, but not as a constant.
	var f64 float64 = tiny
	var f32 float32 = -tiny
	fmt.Println(f64, f32, tiny == 0, 1e-646456994 == 0)
	fmt.Println(float64(tiny*1e646456992), float32(huge*1e-646456990))

	// Values past exact fractions (2^4096) switch to floats, still exact
	// enough for float64.
	fmt.Println(1e5000/3/1e4999, 0x1p5000/0x1p4990, (1e5000+1)/1e5000)
	fmt.Println(int64(1e5000/1e4990), uint8(1e-5000*1e5002), int(1e2000/1e1990))
	fmt.Println(third*3 == 1, third*3)

	// Huge constants in complex arithmetic.
	const z = (1e5000 + 2e5000i) / 1e5000
	fmt.Println(z, real(z), imag(z))
	var c complex64 = (3e-5000 + 4e-5000i) * 1e5000
	fmt.Println(c)

	// Typed and untyped float conversions at the edges of float64.
	fmt.Println(1.7976931348623157e308*1e5000/1e5000, 5e-324*1e1000/1e1000)
	fmt.Println(4.9406564584124654e-324/2 == 0, float64(4.9406564584124654e-324/2))
}
