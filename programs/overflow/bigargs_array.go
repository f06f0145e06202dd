// run

package main

// A [64]int array passed and returned by value through a deep recursion
// (5000 and 30 000 levels), plus a second scalar result: 65 words of
// arguments and 65 of results cross every segment boundary. The array is
// checked at every level on the way down and up.

import (
	"fmt"
	"os"
)

func mix(a [64]int, depth int) ([64]int, int) {
	for i := range a {
		if a[i] != i+depth+1 {
			fmt.Println("bad argument at depth", depth, "index", i, a[i])
			os.Exit(1)
		}
	}
	if depth == 0 {
		for i := range a {
			a[i] = a[i] * 2
		}
		return a, 1
	}
	var next [64]int
	for i := range next {
		next[i] = i + depth
	}
	r, n := mix(next, depth-1)
	for i := range r {
		if r[i] != (i+depth)*2 {
			fmt.Println("bad result at depth", depth, "index", i, r[i])
			os.Exit(1)
		}
	}
	// The caller expects (i+depth+1)*2.
	for i := range r {
		r[i] += 2
	}
	// Our own argument must be unchanged.
	for i := range a {
		if a[i] != i+depth+1 {
			fmt.Println("argument clobbered at depth", depth, "index", i, a[i])
			os.Exit(1)
		}
	}
	return r, n + 1
}

func main() {
	for _, d := range []int{0, 1, 5000, 30000} {
		var a [64]int
		for i := range a {
			a[i] = i + d + 1
		}
		r, n := mix(a, d)
		s := 0
		for _, v := range r {
			s += v
		}
		fmt.Println(d, n, r[0], r[63], s)
	}
}
