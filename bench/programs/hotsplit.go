// The hot split: a loop whose callee's frame does not fit in what is left
// of the current segment, so every iteration crosses a segment boundary
// (on a segmented stack) and comes back.
package main

import "fmt"

// pad fills the stack down to near a segment's end before the loop starts.
func pad(n int, f func() int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		return f() + buf[0]
	}
	return pad(n-1, f) + buf[n%64] - n
}

//go:noinline
func leaf(x int) int {
	var big [256]int
	big[x%256] = x
	return big[x%256] + 1
}

func loop() int {
	s := 0
	for i := 0; i < 10000000; i++ {
		s += leaf(i)
	}
	return s
}

func main() {
	fmt.Println(pad(14, loop))
}
