// The hot split: a call that does not fit in what is left of its segment,
// made in a loop, so that every iteration takes a segment on the call and
// gives it back on the return (on a segmented stack). A new goroutine
// starts on a first segment of StackMin (8 KiB); loop's frame takes most
// of it, and leaf's 2 KiB frame never fits in the rest. splitgo grows
// the segment in place the first time (stackstats: extends=1) and then
// runs flat, as gc does after copying the stack once; with
// SPLITGO_DEBUG=noextend every call crosses into a new segment, 10
// million crossings (SPLITGO_DEBUG=stackstats counts them as
// fast_splits).
//
// leaf reads its array at indexes other than the one it wrote, so gc
// keeps the array (and its 2 KiB frame: `go build -gcflags=-S` shows
// `$2072-8`): an earlier version wrote and read back one element, and gc
// forwarded the store to the load, dropped the array and ran a 24-byte
// frame with no split check, which compared a hot split with no work at
// all.
package main

import "fmt"

//go:noinline
func leaf(x int) int {
	var big [256]int
	big[x%256] = x
	big[(x+7)%256] = 1
	return big[x%256] + big[(x*3)%256]
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
