// run

package main

// Complex arithmetic as gc computes it: + - * part by part (complex64
// products in float64, then rounded), / by complex128div with its
// infinity and NaN rules, unary -, ==, conversions, and the builtins
// complex, real and imag on constants and variables.

import (
	"fmt"
	"math"
)

type C complex128

func div(a, b complex128) complex128 { return a / b }

func main() {
	a := 1 + 2i
	b := complex(3, -4.5)
	fmt.Println(a+b, a-b, a*b, a/b, -a, +b)
	fmt.Println(real(a), imag(b), a == b, a != b, a == 1+2i, a == complex(1, 2))

	// complex64: parts are float32.
	var f = complex64(complex(0.1, 0.2))
	g := f * f
	fmt.Println(f, g, f/3, complex128(f), real(f)*3)
	var h complex64 = 1e20 + 1e20i
	fmt.Println(h*h, h/(h*1e-30))

	// Division by zero and infinities.
	inf := math.Inf(1)
	nan := math.NaN()
	zero := 0i
	fmt.Println(div(1, zero), div(-1+1i, zero), div(zero, zero))
	fmt.Println(div(complex(inf, 0), 1+1i), div(1+1i, complex(inf, inf)))
	fmt.Println(div(complex(nan, 1), 1), div(1, complex(nan, 0)))
	fmt.Println(complex(nan, 0) == complex(nan, 0), complex(inf, -inf))

	// Constants are exact until they take a type.
	const k = (1 + 2i) * (3 - 1i) / 7i
	const r = real(k)
	fmt.Println(k, r, imag(k), 2i*2i, real(1.5), imag(3))
	var i int = 2i * 2i
	var fl float32 = 1 + 0i
	fmt.Println(i, fl)
	const big = 1e300i
	fmt.Println(big*big/1e300, complex64(1e38i))

	// Compound assignment, increments, named types.
	c := C(1i)
	c *= c
	c += 2
	c++
	c /= 2
	fmt.Println(c, -c, c == 1)
	z := complex128(c)
	z -= 1i
	fmt.Println(z)

	// Arguments and results of every size.
	p, q := swap(complex64(1+1i), 2-2i)
	fmt.Println(p, q)
	fmt.Printf("%.3f\n", sum(1i, 2, 3+3i))
	fmt.Println(complex(parts()), complex(parts64()))
}

func parts() (float32, float32) { return 1.5, -2 }

func parts64() (float64, float64) { return 3, 4 }

func swap(x complex64, y complex128) (complex128, complex64) {
	return y, x
}

func sum(zs ...complex128) (s complex128) {
	for _, z := range zs {
		s += z
	}
	return
}
