// run
// env: GOMAXPROCS=1

package main

// Long computations interrupted many times: two goroutines each run a
// loop of 7 million iterations with no calls (about 50ms each, so sysmon
// preempts them at their loop heads several times and they alternate on
// the one thread) over a state of several variables, an array and a
// float. Any value lost or clobbered at a preemption would change the
// results, which are printed and equal gc's. A third goroutine wakes
// every 2ms meanwhile: it only gets the thread when a computation is
// preempted, and it counts its wake-ups until both are done.

import (
	"fmt"
	"time"
)

func mix(seed, n int) (int, int, [4]int, float64) {
	a, b := seed, 1
	var arr [4]int
	f := 0.5
	for i := 0; i < n; i++ {
		a = (a*31 + i) % 1000003
		b = (b + a) % 65521
		arr[i%4] = (arr[i%4] + a ^ b) % 10007
		f = f*0.999 + float64(a%100)
	}
	return a, b, arr, f
}

func main() {
	const n = 7000000
	r1 := make(chan string)
	r2 := make(chan string)
	for _, w := range []struct {
		seed int
		out  chan string
	}{{1, r1}, {2, r2}} {
		go func(seed int, out chan string) {
			a, b, arr, f := mix(seed, n)
			out <- fmt.Sprintf("seed %d: a=%d b=%d arr=%v f=%.6f", seed, a, b, arr, f)
		}(w.seed, w.out)
	}
	done := false
	ticks := make(chan int)
	go func() {
		n := 0
		for !done {
			time.Sleep(2 * time.Millisecond)
			n++
		}
		ticks <- n
	}()
	fmt.Println(<-r1)
	fmt.Println(<-r2)
	done = true
	fmt.Println("ticker woke at least 3 times meanwhile:", <-ticks >= 3)
}
