// run

// min, max and clear (Go 1.21 builtins that splitgo's language has). gc
// 1.19 has none of them: minmax_clear.out was made by gc 1.19 running this
// program with min, max and clear replaced by functions that follow the
// spec (scripts/gen_minmax_out.py).

package main

import (
	"fmt"
	"math"
)

var calls int

func val(x int) int { calls++; return x }

func main() {
	a, b, c := 3, -7, 5
	fmt.Println(min(a, b, c), max(a, b, c), min(a), max(b, 2))
	fmt.Println(min(val(9), val(4), 6), max(val(1), 8, val(12)), calls)
	s1, s2 := "pear", "apple"
	fmt.Println(min(s1, s2, "zoo"), max(s1, s2), min(s1, ""))
	var u8 uint8 = 200
	fmt.Println(max(u8, 7), min(u8, 255))
	nan := math.NaN()
	negz := math.Copysign(0, -1)
	f := 2.5
	fmt.Println(min(f, 1.0), max(f, 1.0), min(f, nan), max(nan, f), min(1.0, f, nan))
	fmt.Println(math.Signbit(min(0.0, negz)), math.Signbit(min(negz, 0.0)))
	fmt.Println(math.Signbit(max(0.0, negz)), math.Signbit(max(negz, 0.0)))
	fmt.Println(min(math.Inf(1), f), max(math.Inf(-1), f))
	var f32 float32 = 1.5
	fmt.Println(min(f32, 2), max(f32, -1))

	xs := []int{1, 2, 3, 4}
	clear(xs[1:3])
	fmt.Println(xs, len(xs))
	ps := []*int{&a, &b}
	clear(ps)
	fmt.Println(ps[0] == nil, ps[1] == nil)
	m := map[float64]string{1: "a", 2: "b", nan: "nan"}
	fmt.Println(len(m))
	clear(m)
	fmt.Println(len(m), m)
	m[3] = "c"
	fmt.Println(m)
	var nm map[int]int
	clear(nm)
	var ns []int
	clear(ns)
	fmt.Println(nm == nil, ns == nil)
}
