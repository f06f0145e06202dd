// fatal
// env: SPLITGO_DEBUG=noextend,nosmallfirst
package main

// A panic on a segment the morestack stub's fast path made: the trace goes
// from the panicking call across the `----- stack segment boundary -----`
// to its caller on the first segment, as for a segment the runtime made.
// Thousands of crossings through the spare come first (the same segment).

import "fmt"

var sink int

//go:noinline
func leaf(x int) int {
	var big [200]int
	big[x%200] = x
	if x == 5000 {
		panic(fmt.Sprint("leaf ", x))
	}
	return big[x%200]
}

func hot(n int) int {
	var fill [820]int
	fill[n%820] = n
	s := 0
	for i := 0; i <= n; i++ {
		s += leaf(i)
	}
	return s + fill[0]
}

func main() {
	c := make(chan int)
	go func() { c <- hot(10000) }()
	fmt.Println(<-c)
}
