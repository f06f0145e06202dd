// run

package main

// The hot split with a large callee: leaf has a 2.4 KB frame, so whenever
// its caller sits in the last 2.5 KB of a segment, every call of leaf in
// the loop needs a new segment. The caller's depth is swept over more than
// a segment's length (frames of 32 words), 5000 calls per depth; the
// leaf's array is filled and summed each time and the totals are checked.

import "fmt"

func leaf(x int) int {
	var a [300]int
	for i := 0; i < 300; i += 50 {
		a[i] = x + i
	}
	s := 0
	for i := 0; i < 300; i += 50 {
		s += a[i]
	}
	// s = 6x + (0+50+...+250) = 6x + 750
	return s
}

func loop(times int) int {
	s := 0
	for i := 0; i < times; i++ {
		s += leaf(i) - 750
	}
	return s
}

func pad(depth, times int) int {
	var w [32]int
	w[depth%32] = depth
	if depth == 0 {
		return loop(times)
	}
	return pad(depth-1, times) + w[depth%32] - depth
}

func main() {
	const times = 5000
	want := 6 * (times * (times - 1) / 2)
	good, bad := 0, 0
	for d := 0; d < 48; d++ {
		s := pad(d, times)
		if s != want {
			bad++
			fmt.Println("depth", d, "sum", s, "want", want)
		} else {
			good++
		}
	}
	fmt.Println(want, good, bad)
}
