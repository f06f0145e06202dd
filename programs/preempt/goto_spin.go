// run
// env: GOMAXPROCS=1

package main

// A loop made with goto, no calls in it: the label carries the same
// preemption check as loop heads, so main, sleeping, gets the CPU back
// and stops the spinner, which then counts its way out.

import (
	"fmt"
	"time"
)

var stop, n int

func spin(done chan bool) {
top:
	n++
	if stop == 0 {
		goto top
	}
	done <- n > 0
}

func main() {
	done := make(chan bool)
	go spin(done)
	time.Sleep(20 * time.Millisecond)
	stop = 1
	fmt.Println("spinner counted:", <-done)
}
