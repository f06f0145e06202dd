// run

// math's circular and hyperbolic functions, Cbrt, Exp, Log, Sqrt, Pow and
// Hypot, bit for bit with gc (huge arguments take the Payne-Hanek
// reduction; Exp and Log follow gc's amd64 assembly).
package main

import (
	"fmt"
	"math"
)

func main() {
	args := []float64{0, math.Copysign(0, -1), 5e-324, 1e-310, 1e-20, -1e-9, 1e-5, 0.001, 0.1, -0.2, 0.5, 0.66, 0.7, -0.75,
		0.785398163397448, 1, -1, 1.5707963267948966, 2, 2.4142135623730950, 2.5, math.Pi, -math.Pi, 4, 5.5, 10, -21.5, 22,
		44.5, 100, 355, 1000, 1e5, -1e6, 1 << 29, 5e8, 1e9, 1e15, -1e20, 1e22, 1e100, 1e200, 1e300, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), math.NaN(), 710, -745.2, 0.999999, 1.000001, 3, 27, -8, 64e30}
	fns := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos},
		{"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh}, {"Cbrt", math.Cbrt},
		{"Exp", math.Exp}, {"Log", math.Log}, {"Sqrt", math.Sqrt},
	}
	for _, f := range fns {
		for _, x := range args {
			v := f.f(x)
			fmt.Printf("%s(%v) %v %b\n", f.name, x, v, math.Float64bits(v))
		}
	}
	for _, x := range args[:40] {
		for _, y := range []float64{0, 0.5, -0.5, 1, 2, 3, -3, 0.25, 1.5, -2.5, 10, 100.5, 1e10, 1 << 63, math.Inf(1), math.Inf(-1), math.NaN()} {
			v := math.Pow(x, y)
			fmt.Printf("Pow(%v,%v) %v %b\n", x, y, v, math.Float64bits(v))
		}
		s, c := math.Sincos(x)
		fmt.Println(s, c, math.Hypot(x, 3), math.Hypot(x, x*1e-10))
	}
	for x := -20.0; x < 20; x += 0.37 {
		fmt.Printf("%b %b %b %b\n", math.Float64bits(math.Sin(x)), math.Float64bits(math.Cos(x)), math.Float64bits(math.Tan(x)), math.Float64bits(math.Atan(x)))
	}
}
