// run

package main

// Assignments happen in Go's two phases: index and indirection operands on
// the left, then the right-hand side, are evaluated left to right; then
// the stores happen left to right. So `i, x[i] = 1, 100` stores into the
// old x[i], `p, *p = nil, 42` stores through the old p, a map entry
// appears only when it is assigned (`m[0] = len(m)` sees the map without
// it), and a left-hand index is evaluated before the right-hand side.

import "fmt"

var log []string

func idx(n int) int {
	log = append(log, fmt.Sprint("index ", n))
	return n
}

func val(n int) int {
	log = append(log, fmt.Sprint("value ", n))
	return n
}

func pair() (*int, int) { return nil, 42 }

func main() {
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 100
	fmt.Println(i, x)

	p := new(int)
	q := p
	p, *p = pair()
	fmt.Println(p == nil, *q)

	m := make(map[int]int)
	m[0] = len(m)
	fmt.Println(m[0], len(m))

	y := make([]int, 3)
	y[idx(1)], y[idx(2)] = val(10), val(20)
	fmt.Println(y, log)

	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
}
