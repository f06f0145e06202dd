// run
// env: GOMAXPROCS=1
// env: SPLITGO_STACKMIN=4096

package main

// Loop-head preemption with SP anywhere in a segment, including right
// against its guard. With 4 KiB segments, two goroutines each recurse to
// every depth from 0 to 99 (frames of a few words, so the bottom frame
// sits at every offset within a segment, several of them on a boundary)
// and there spin a loop with no calls long enough to be preempted now
// and then (about 1ms per depth, 100ms in all); the back-edge check parks
// the goroutine with its frame intact wherever SP is. Each spin's result
// is checked against a spin run at depth 0 before the goroutines start.

import "fmt"

func spin(n, seed int) int {
	s := seed
	for i := 0; i < n; i++ {
		s = (s*13 + i) % 100003
	}
	return s
}

func down(depth, n, seed int) int {
	var w [3]int
	w[depth%3] = depth
	if depth == 0 {
		return spin(n, seed)
	}
	return down(depth-1, n, seed) + w[depth%3] - depth
}

func run(seed, n int, want int, out chan<- string) {
	bad := 0
	for d := 0; d < 100; d++ {
		if down(d, n, seed) != want {
			bad++
		}
	}
	out <- fmt.Sprint("seed ", seed, ": 100 depths, result ", want, ", wrong ", bad)
}

func main() {
	const n = 100000
	out := make(chan string)
	go run(1, n, spin(n, 1), out)
	go run(2, n, spin(n, 2), out)
	a, b := <-out, <-out
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)
}
