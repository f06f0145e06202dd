// run

package main

// The hot split: a call that sits exactly on a segment boundary, made over
// and over in a loop, so that every iteration takes a new segment on the
// call and gives it back on the return. Which depth puts a call on the
// boundary depends on frame sizes, so the program sweeps: for every depth
// from 0 to 255 it recurses that deep (frames of several words) and then
// calls leaf 4000 times; at some of those depths every call of leaf (or of
// inc, which leaf calls) crosses a boundary. About a million boundary-prone
// calls in all, then a straight loop of a million calls; every result is
// checked (leaf(i) == 2i+1) and the sums of the results compared.

import "fmt"

func inc(x int) int {
	return x + 1
}

func leaf(x int) int {
	return inc(x * 2)
}

// loop calls leaf `times` times and returns the sum of the results
// modulo 65521 and how many of them were wrong.
func loop(times int) (int, int) {
	x, wrong := 0, 0
	for i := 0; i < times; i++ {
		r := leaf(i)
		if r != 2*i+1 {
			wrong++
		}
		x = (x + r) % 65521
	}
	return x, wrong
}

func pad(depth, times int) (int, int) {
	var w [4]int
	w[depth%4] = depth
	if depth == 0 {
		return loop(times)
	}
	x, wrong := pad(depth-1, times)
	return x + w[depth%4] - depth, wrong
}

func main() {
	const times = 4000
	first, _ := loop(times)
	bad := 0
	for d := 0; d < 256; d++ {
		x, wrong := pad(d, times)
		if x != first || wrong != 0 {
			bad++
			fmt.Println("depth", d, "sum", x, "wrong", wrong)
		}
	}
	fmt.Println(first, bad)
	x, wrong := loop(1000000)
	fmt.Println(x, wrong)
}
