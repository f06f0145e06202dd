// run

// math.Exp and math.Log bit for bit as gc's amd64 versions: special
// values, the edges of overflow and of the subnormal range, subnormal
// arguments, and hashes of two million results (gc, and splitgo, take
// the fused multiply-add path on a processor with FMA, as this output
// was made). math.NaN's bits.

package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	xs := []float64{-745.2, -745.1, -744, -740, -720, -709.5, -708.4, -1e10, 709.7, 709.78, 709.79, 1e-300, -1e-300, 0.5, 1, 2, 3, 100, -100,
		math.NaN(), math.Inf(1), math.Inf(-1), 0, math.Copysign(0, -1), 5e-324, 1e-310, 2.2250738585072014e-308, 0.7071067811865476, 1.4142135623730951, math.MaxFloat64, -2}
	for _, x := range xs {
		fmt.Printf("%v %#x %#x %v %v\n", x, math.Float64bits(math.Exp(x)), math.Float64bits(math.Log(x)), math.Exp(x), math.Log(x))
	}
	r := rand.New(rand.NewSource(3))
	var h1, h2 uint64
	for i := 0; i < 1000000; i++ {
		x := r.Float64() * math.Pow(10, float64(r.Intn(30)-15))
		h1 = h1*31 + math.Float64bits(math.Log(x))
		y := (r.Float64() - 0.5) * float64(r.Intn(1400))
		h2 = h2*31 + math.Float64bits(math.Exp(y))
	}
	fmt.Println(h1, h2)
}
