// The cost of one boundary crossing: a leaf with a 1.6 KB frame called in
// a loop from a frame that fills most of a new goroutine's first segment,
// so that on a segmented stack every call takes a segment and gives it
// back; then the same loop from a small frame, where the call fits. Each
// is timed 15 times and its fastest kept; the difference is what a
// crossing adds to a call. Under splitgo, run it with
// SPLITGO_DEBUG=noextend: otherwise the first segment grows in place at
// the first call and nothing crosses (docs/codegen.md, "The hot split").
package main

import (
	"fmt"
	"time"
)

//go:noinline
func leaf(x int) int {
	var big [200]int
	big[x%200] = x
	return big[x%200] + 1
}

func loop(n int) float64 {
	var fill [820]int
	fill[n%820] = n
	s := 0
	t := time.Now()
	for i := 0; i < n; i++ {
		s += leaf(i)
	}
	d := time.Since(t)
	if s == 42 {
		fmt.Println(fill[3])
	}
	return float64(d.Nanoseconds()) / float64(n)
}

func flat(n int) float64 {
	s := 0
	t := time.Now()
	for i := 0; i < n; i++ {
		s += leaf(i)
	}
	d := time.Since(t)
	if s == 42 {
		fmt.Println(s)
	}
	return float64(d.Nanoseconds()) / float64(n)
}

func main() {
	c := make(chan [2]float64)
	go func() {
		best := [2]float64{1e9, 1e9}
		for r := 0; r < 15; r++ {
			if v := loop(200000); v < best[0] {
				best[0] = v
			}
			if v := flat(200000); v < best[1] {
				best[1] = v
			}
		}
		c <- best
	}()
	b := <-c
	fmt.Printf("crossing %.2f ns/call, flat %.2f ns/call, extra %.2f ns\n", b[0], b[1], b[0]-b[1])
}
