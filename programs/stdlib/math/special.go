// run

// math's special functions and float parts, printed with %v and %b so
// that every bit is compared with gc's: Erf, Erfc, Erfinv, Erfcinv,
// Gamma, Lgamma, Expm1, Log1p, Exp2, Log2, Log10, the inverse hyperbolic
// functions, Logb/Ilogb, Frexp, Modf, Ldexp, Remainder, Nextafter(32),
// Atan2, FMA, Pow10, Sincos.
package main

import (
	"fmt"
	"math"
)

func show(name string, v float64) {
	fmt.Printf("%s %v %b\n", name, v, math.Float64bits(v))
}

func main() {
	args := []float64{0, math.Copysign(0, -1), 1e-320, -1e-310, 1e-300, 3e-20, -2e-9, 1e-5, 0.001, -0.1, 0.2, 0.25, 0.3,
		-0.3, 0.5, 0.7, 0.84375, 0.9, -0.99, 1, -1, 1.2, 1.25, -1.4616321449683622, 1.5, 2, 2.5, -2.5, 2.857, 3, 3.3,
		-3.7, 5, 6, -6.5, 7.9, 8, 10, -10.5, 20, 27.9, 33.5, -33.5, 40.25, 100, -150.5, 143.5, 171.6, 180, 300,
		709.7, 710, 1e10, 1e20, -1e300, 1 << 53, 1 << 60, math.Inf(1), math.Inf(-1), math.NaN(),
		math.Pi, -math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, 0x1p-1022, 0.75, 0.95, 0.9999, -0.85}
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Erf", math.Erf}, {"Erfc", math.Erfc}, {"Erfinv", math.Erfinv}, {"Erfcinv", math.Erfcinv},
		{"Gamma", math.Gamma}, {"Expm1", math.Expm1}, {"Log1p", math.Log1p}, {"Exp2", math.Exp2},
		{"Log2", math.Log2}, {"Log10", math.Log10}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh},
		{"Atanh", math.Atanh}, {"Logb", math.Logb},
	}
	for _, u := range unary {
		for _, x := range args {
			show(fmt.Sprint(u.name, "(", x, ")"), u.f(x))
		}
	}
	for i, x := range args {
		l, s := math.Lgamma(x)
		fmt.Printf("Lgamma(%v) %v %b %d\n", x, l, math.Float64bits(l), s)
		fr, e := math.Frexp(x)
		fmt.Printf("Frexp(%v) %b %d Ilogb %d\n", x, math.Float64bits(fr), e, math.Ilogb(x))
		ip, fp := math.Modf(x)
		fmt.Printf("Modf(%v) %v %v %b %b\n", x, ip, fp, math.Float64bits(ip), math.Float64bits(fp))
		for _, e := range []int{-1080, -1074, -1060, -1, 0, 3, 1000, 1100} {
			show(fmt.Sprint("Ldexp(", x, ",", e, ")"), math.Ldexp(x, e))
		}
		if i%3 != 0 {
			continue
		}
		for _, y := range []float64{0, -1, 2.5, 3, math.Inf(1), math.NaN(), 1e-300, x} {
			show(fmt.Sprint("Remainder(", x, ",", y, ")"), math.Remainder(x, y))
			show(fmt.Sprint("Nextafter(", x, ",", y, ")"), math.Nextafter(x, y))
			show(fmt.Sprint("Atan2(", x, ",", y, ")"), math.Atan2(x, y))
			fmt.Println("Nextafter32", math.Nextafter32(float32(x), float32(y)))
			show(fmt.Sprint("FMA(", x, ",", y, ")"), math.FMA(x, y, 0.1))
		}
	}
	for n := -330; n <= 330; n += 7 {
		show(fmt.Sprint("Pow10(", n, ")"), math.Pow10(n))
	}
	show("Pow10(308)", math.Pow10(308))
	show("Pow10(-323)", math.Pow10(-323))
	show("Pow10(-324)", math.Pow10(-324))
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.Float64bits(math.NaN()))
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(1e308, 10, -math.Inf(1)))
}
