// run
// env: GOMAXPROCS=1
// env: SPLITGO_STACKMIN=4096

package main

// Preemption on segment boundaries. With 4 KiB segments, goroutine A
// spins calling big (a frame larger than a whole segment, so every call
// takes a new segment and every return gives it back) and, at each depth
// from 0 to 63, a small leaf: at some depths those calls sit exactly on a
// boundary. Goroutine B, started once A spins, needs the CPU for a long
// computation that also recurses; on one thread it only gets it when
// sysmon preempts A, in a prologue (often the split of a boundary call)
// or at a loop head, and B itself is preempted the same way in turn. B
// sets stop when done. Every result A computes is checked and B's result
// is printed.

import "fmt"

var stop int

func big(i int) int {
	var buf [600]int
	buf[i%600] = i
	return buf[i%600] + 1
}

func inc(x int) int { return x + 1 }

func leaf(x int) int { return inc(x * 2) }

func pad(depth, x int) int {
	var w [3]int
	w[depth%3] = depth
	if depth == 0 {
		return leaf(x)
	}
	return pad(depth-1, x) + w[depth%3] - depth
}

func spinA(started chan<- bool, res chan<- string) {
	calls, wrong := 0, 0
	started <- true
	for i := 0; stop == 0; i++ {
		if big(i) != i+1 {
			wrong++
		}
		for d := 0; d < 64; d++ {
			if pad(d, i) != 2*i+1 {
				wrong++
			}
		}
		calls += 65
	}
	res <- fmt.Sprint("A: made calls ", calls > 0, ", wrong results ", wrong)
}

// collatzLen recurses once per step, so B's stack also crosses segments.
func collatzLen(n int) int {
	if n == 1 {
		return 0
	}
	if n%2 == 0 {
		return collatzLen(n/2) + 1
	}
	return collatzLen(3*n+1) + 1
}

func workB(started <-chan bool, res chan<- string) {
	<-started
	total, longest, at := 0, 0, 0
	for n := 1; n <= 50000; n++ {
		l := collatzLen(n)
		total += l
		if l > longest {
			longest, at = l, n
		}
	}
	stop = 1
	res <- fmt.Sprint("B: total steps ", total, ", longest ", longest, " at ", at)
}

func main() {
	started := make(chan bool, 1)
	resA := make(chan string)
	resB := make(chan string)
	go spinA(started, resA)
	go workB(started, resB)
	fmt.Println(<-resB)
	fmt.Println(<-resA)
}
