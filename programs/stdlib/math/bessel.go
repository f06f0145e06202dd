// run

// math's Bessel functions J0, J1, Y0, Y1, Jn and Yn over small, middle and
// huge arguments and orders, bit for bit with gc (J1 of a tiny negative x
// is positive under gc, and so here).
package main

import (
	"fmt"
	"math"
)

func main() {
	args := []float64{0, math.Copysign(0, -1), 1e-300, 1e-20, 1e-9, -1e-5, 1e-4, 0.01, 0.5, -0.9, 1, 1.5, 1.99, 2, 2.5, 2.8571, 3,
		-4, 4.5454, 5, 7.99, 8, 10, -15.5, 20, 33, 50, 100, 1e3, 1e5, 1e10, 1e20, 1e38, 1e39, 1e100, 1e300, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range args {
		for _, f := range []struct {
			n string
			f func(float64) float64
		}{{"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1}} {
			v := f.f(x)
			fmt.Printf("%s(%v) %v %b\n", f.n, x, v, math.Float64bits(v))
		}
		for _, n := range []int{-5, -2, -1, 0, 1, 2, 3, 5, 10, 40, 100} {
			a, b := math.Jn(n, x), math.Yn(n, x)
			fmt.Printf("Jn(%d,%v) %v %b Yn %v %b\n", n, x, a, math.Float64bits(a), b, math.Float64bits(b))
		}
	}
}
