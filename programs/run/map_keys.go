// run

package main

// Map keys compared as == compares them: interface keys by dynamic type and
// value (a string key built at run time finds the literal one), struct
// keys with strings by content, +0 and -0 the same float key, and an
// interface key holding a slice is a run-time error (recovered here).

import "fmt"

type K struct {
	A string
	B int
}

func main() {
	m := map[interface{}]int{}
	m["a"] = 1
	m[1] = 2
	m[K{"x", 1}] = 3
	m[1.0] = 4
	fmt.Println(m["a"], m[1], m[K{"x", 1}], m[1.0], len(m))
	k := map[K]string{}
	s := "x"
	k[K{s + "y", 2}] = "xy2"
	fmt.Println(k[K{"xy", 2}])
	f := map[float64]int{}
	f[0.0] = 1
	var negz = -1.0 * 0.0
	negz = -negz
	f[negz]++
	fmt.Println(len(f))
	defer func() { fmt.Println("recovered:", recover()) }()
	m[[]int{1}] = 5
}
