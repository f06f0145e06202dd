// run
// env: GOMAXPROCS=1

package main

// Two goroutines compute recursive Fibonacci numbers at the same time
// (fib(35) and fib(34), tens of milliseconds of calls each, no loops): the only
// place they can be preempted is a function prologue, where the split
// check sees sysmon's request and the goroutine is parked at the start
// of that call, arguments in place. Both results are exact, and a third
// goroutine that wakes every 2ms got to run while they computed.

import (
	"fmt"
	"time"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	r := make(chan string, 2)
	go func() { r <- fmt.Sprint("fib(35) = ", fib(35)) }()
	go func() { r <- fmt.Sprint("fib(34) = ", fib(34)) }()
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
	a, b := <-r, <-r
	if a > b {
		a, b = b, a
	}
	fmt.Println(a)
	fmt.Println(b)
	done = true
	fmt.Println("ticker ran meanwhile:", <-ticks >= 2)
}
