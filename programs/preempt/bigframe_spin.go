// run
// env: GOMAXPROCS=1

package main

// Spinners in big frames: each goroutine runs a loop with no calls over
// a 2000-word local array (a 16 KiB frame, above StackBig, so the
// function starts on a segment of its own) for about 40ms, rewriting and
// summing the array on every pass. The two alternate on the thread
// through loop-head preemption; a frame moved or clobbered while parked
// would change their checksums.

import "fmt"

func churn(seed, passes int) int {
	var a [2000]int
	for i := range a {
		a[i] = seed + i
	}
	sum := 0
	for p := 0; p < passes; p++ {
		for i := range a {
			a[i] = (a[i]*3 + p) % 9973
		}
		sum = (sum + a[p%2000]) % 1000003
	}
	for _, v := range a {
		sum = (sum + v) % 1000003
	}
	return sum
}

func main() {
	alone := make(chan int)
	go func() { alone <- churn(1, 2500) }()
	x := <-alone
	r1, r2 := make(chan int), make(chan int)
	go func() { r1 <- churn(1, 2500) }()
	go func() { r2 <- churn(2, 2500) }()
	y, z := <-r1, <-r2
	fmt.Println("alone:", x, "together:", y, z, "same as alone:", y == x)
}
