// run

// math/cmplx: every function over ordinary values, zeros, infinities and
// NaNs (gc's special cases), printed with %v.
package main

import (
	"fmt"
	"math"
	"math/cmplx"
)

func main() {
	inf, nan := math.Inf(1), math.NaN()
	zs := []complex128{0, complex(math.Copysign(0, -1), 0), 1, -1, 1i, -1i, 2 + 3i, -2 + 3i, 2 - 3i, -0.5 - 0.25i,
		0.1 + 0.2i, 1e-10 + 1e-10i, 1e10 - 1e10i, 1e300 + 1e300i, 3 + 0i, -4 + 0i, 0 + 4i, 0 - 9i, 0.999 + 0.001i,
		complex(inf, 0), complex(-inf, 1), complex(1, inf), complex(nan, 0), complex(0, nan), complex(inf, nan), complex(nan, nan),
		complex(1, -inf), complex(-inf, -inf), 1e9 + 1i, 3e9 + 0.5i}
	fns := []struct {
		name string
		f    func(complex128) complex128
	}{
		{"Sqrt", cmplx.Sqrt}, {"Exp", cmplx.Exp}, {"Log", cmplx.Log}, {"Log10", cmplx.Log10}, {"Sin", cmplx.Sin},
		{"Cos", cmplx.Cos}, {"Tan", cmplx.Tan}, {"Cot", cmplx.Cot}, {"Sinh", cmplx.Sinh}, {"Cosh", cmplx.Cosh}, {"Tanh", cmplx.Tanh},
		{"Asin", cmplx.Asin}, {"Acos", cmplx.Acos}, {"Atan", cmplx.Atan}, {"Asinh", cmplx.Asinh}, {"Acosh", cmplx.Acosh},
		{"Atanh", cmplx.Atanh}, {"Conj", cmplx.Conj},
	}
	for _, z := range zs {
		fmt.Println(z, cmplx.Abs(z), cmplx.Phase(z), cmplx.IsInf(z), cmplx.IsNaN(z))
		r, th := cmplx.Polar(z)
		fmt.Println(r, th, cmplx.Rect(r, th))
		for _, f := range fns {
			fmt.Printf("%s %v\n", f.name, f.f(z))
		}
		for _, w := range []complex128{0, 2, 0.5, -1, 1i, 2 - 1i, complex(nan, 0), -2 + 0i} {
			fmt.Println("Pow", w, cmplx.Pow(z, w))
		}
	}
	fmt.Println(cmplx.Inf(), cmplx.NaN(), cmplx.Rect(2, math.Pi/3))
	fmt.Println(cmplx.Tan(1e20+1e-3i), cmplx.Tan(math.Pi/2+1e-9i), cmplx.Cot(1e-5+1e-5i))
}
