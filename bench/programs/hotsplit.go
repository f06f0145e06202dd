// The hot split: a call that does not fit in what is left of its segment,
// made in a loop, so that every iteration takes a segment on the call and
// gives it back on the return (on a segmented stack). A new goroutine
// starts on a first segment of StackMin (8 KiB); loop's frame takes most
// of it, and leaf's 2 KiB frame never fits in the rest: 10 million
// crossings (SPLITGO_DEBUG=stackstats counts them). gc grows the
// goroutine's stack once by copying and then runs the same loop flat.
package main

import "fmt"

//go:noinline
func leaf(x int) int {
	var big [256]int
	big[x%256] = x
	return big[x%256] + 1
}

func loop(n int) int {
	var fill [840]int
	fill[n%840] = n
	s := 0
	for i := 0; i < n; i++ {
		s += leaf(i)
	}
	return s + fill[n%840] - n
}

func main() {
	c := make(chan int)
	go func() { c <- loop(10000000) }()
	fmt.Println(<-c)
}
