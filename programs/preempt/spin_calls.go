// run
// env: GOMAXPROCS=1

package main

// A spinner that calls functions in its loop: it can be preempted both in
// a callee's prologue (the split check sees StackPreempt) and at the loop
// head. Main sleeps while it spins, then asks it to stop and reads its
// progress: the spinner ran (count > 0) and main ran too. The spinner's
// sum is checked against its count, so no iteration was lost or repeated.

import (
	"fmt"
	"time"
)

var stop int

func step(i int) int {
	return i%7 + 1
}

func spin(out chan<- [2]int) {
	count, sum := 0, 0
	for stop == 0 {
		sum += step(count)
		count++
	}
	out <- [2]int{count, sum}
}

func expected(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i%7 + 1
	}
	return s
}

func main() {
	out := make(chan [2]int)
	go spin(out)
	time.Sleep(30 * time.Millisecond)
	stop = 1
	r := <-out
	n, s := r[0], r[1]
	fmt.Println("spinner ran:", n > 0)
	fmt.Println("sum matches count:", s == expected(n))
}
