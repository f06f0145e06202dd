// The per-depth sweep: the cost of a small call made in a loop at every
// recursion depth from 0 to 1000. At most depths the call fits in the
// current stack segment; where the frame below sits near a segment's end,
// a segmented stack takes a new segment on every call and gives it back
// on every return (the hot split). The program prints the best and the
// worst depth's ns per call and their ratio: a flat sweep (ratio near 1)
// means no depth is special. Each depth is timed five times, in separate
// passes, and its fastest time kept, so that a busy machine inflates the
// ratio less. It runs on a fresh goroutine, whose stack starts small, as
// any goroutine's.
package main

import (
	"fmt"
	"time"
)

const (
	maxDepth = 1000
	calls    = 20000
	passes   = 5
)

//go:noinline
func leaf(x int) int {
	return x*3 + 1
}

// at descends to depth d, each frame holding a few words of its own, then
// times `calls` calls of leaf there.
func at(d int, pad0 int) (int64, int) {
	var pad [6]int
	pad[d%6] = pad0
	if d > 0 {
		ns, s := at(d-1, pad0+1)
		return ns, s + pad[d%6]
	}
	start := time.Now()
	s := 0
	for i := 0; i < calls; i++ {
		s += leaf(i)
	}
	return time.Since(start).Nanoseconds(), s + pad[0]
}

func sweep() [maxDepth + 1]int64 {
	var best [maxDepth + 1]int64
	for p := 0; p < passes; p++ {
		for d := 0; d <= maxDepth; d++ {
			ns, _ := at(d, 0)
			if p == 0 || ns < best[d] {
				best[d] = ns
			}
		}
	}
	return best
}

func main() {
	done := make(chan [maxDepth + 1]int64)
	go func() { done <- sweep() }()
	best := <-done
	lo, hi := 0, 0
	for d, ns := range best {
		if ns < best[lo] {
			lo = d
		}
		if ns > best[hi] {
			hi = d
		}
	}
	per := func(d int) float64 { return float64(best[d]) / calls }
	fmt.Printf("best %.2f ns/call at depth %d, worst %.2f ns/call at depth %d, worst/best %.2f\n",
		per(lo), lo, per(hi), hi, per(hi)/per(lo))
}
