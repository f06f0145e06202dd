// run

package main

// Complex values in every kind of place: struct fields, arrays, slices,
// maps (as keys: +0 and -0 are one key, a NaN key is never found),
// channels, interfaces (== on the dynamic value, type switches), and fmt's
// verbs, flags and widths on them.

import (
	"fmt"
	"math"
)

type pair struct {
	a complex64
	b complex128
}

type named complex64

func (n named) String() string { return fmt.Sprintf("named<%g>", complex64(n)) }

func main() {
	p := pair{1 + 1i, 2 - 2i}
	q := p
	q.a += 1
	fmt.Println(p, q, p == q, p == pair{1 + 1i, 2 - 2i})
	arr := [3]complex64{1, 1i, -1}
	arr2 := arr
	fmt.Println(arr, arr == arr2, len(arr))
	s := []complex128{}
	for i := 0; i < 4; i++ {
		s = append(s, complex(float64(i), float64(-i)))
	}
	fmt.Println(s, s[1:3])

	m := map[complex128]string{}
	negz := complex(math.Copysign(0, -1), math.Copysign(0, -1))
	m[0] = "zero"
	m[negz] = "negative zero"
	nan := complex(math.NaN(), 0)
	m[nan] = "nan1"
	m[nan] = "nan2"
	_, found := m[nan]
	fmt.Println(len(m), m[0], found, m[1i] == "")
	m2 := map[complex64]int{3i: 3, 1: 1, 1i: 2, -1: 0}
	fmt.Println(m2)

	ch := make(chan complex128, 2)
	ch <- 1i
	ch <- 2i
	close(ch)
	for z := range ch {
		fmt.Print(z, " ")
	}
	fmt.Println()

	var x interface{} = 1 + 2i
	var y interface{} = complex64(1 + 2i)
	fmt.Println(x == 1+2i, x == y, y == complex64(1+2i))
	for _, v := range []interface{}{x, y, named(3i), 1.5} {
		switch v := v.(type) {
		case complex128:
			fmt.Println("complex128", v)
		case complex64:
			fmt.Println("complex64", v)
		case named:
			fmt.Println("stringer", v)
		default:
			fmt.Println("other", v)
		}
	}
	if z, ok := x.(complex128); ok {
		fmt.Println(real(z), imag(z))
	}

	c := 3.14159 - 2.5e-7i
	fmt.Printf("%v|%g|%G|%e|%E|%f|%F|%.2f|%8.3f|%-8.1f|%+.1e\n", c, c, c, c, c, c, c, c, c, c, c)
	fmt.Printf("%v|%.3g|%b|%x|%d|%s|%T\n", complex64(c), complex64(c), 1+1i, 1.5+2i, c, c, complex64(c))
	fmt.Printf("%#v|%+v|%v\n", c, []complex64{1}, named(1i))
	fmt.Println(fmt.Sprint(1i, 2i), fmt.Sprint(complex(math.Inf(-1), math.NaN())))
	fmt.Printf("%6.2f|%06.2f|% .1f\n", 1-1i, 1-1i, 1-1i)
	println(1+2i, complex64(-0.5i))
}
