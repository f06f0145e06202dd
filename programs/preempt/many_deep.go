// run

package main

// 1000 goroutines, each recursing 300 frames deep (about 30 KiB: several
// segments), all deep at the same time: at the bottom each one yields
// (Gosched) so the others go down too, and the run queue cycles through
// all 1000 stacks. Each returns the sum of the values on its path, and
// the grand total is checked against the formula.

import (
	"fmt"
	"runtime"
)

func descend(id, n int) int {
	var pad [8]int
	pad[n%8] = id + n
	if n == 0 {
		runtime.Gosched()
		return pad[0]
	}
	return descend(id, n-1) + pad[n%8]
}

func main() {
	const workers, depth = 1000, 300
	res := make(chan int, workers)
	for id := 0; id < workers; id++ {
		go func(id int) { res <- descend(id, depth) }(id)
	}
	total := 0
	for i := 0; i < workers; i++ {
		total += <-res
	}
	// descend(id, depth) = sum over n = 0..depth of (id + n).
	want := 0
	for id := 0; id < workers; id++ {
		want += (depth+1)*id + depth*(depth+1)/2
	}
	fmt.Println("total", total, "want", want)
}
