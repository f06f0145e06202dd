// run
// env: GOMAXPROCS=1

package main

// runtime.NumGoroutine counts live goroutines (running, runnable or
// blocked, not finished ones) and runtime.GOMAXPROCS(0) reports the
// setting without changing it: 1 here (splitgo runs everything on one
// thread; gc is told so by the GOMAXPROCS=1 environment).

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("GOMAXPROCS(0) =", runtime.GOMAXPROCS(0), "and still", runtime.GOMAXPROCS(0))
	fmt.Println("at start:", runtime.NumGoroutine())

	gate := make(chan bool)
	done := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(i int) {
			<-gate
			done <- i
		}(i)
	}
	fmt.Println("10 started, blocked:", runtime.NumGoroutine())

	spin, stop := 0, false
	go func() {
		for !stop {
			spin++
		}
	}()
	fmt.Println("plus a spinner:", runtime.NumGoroutine())

	close(gate)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-done
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("10 finished (sum", sum, "), spinner left:", runtime.NumGoroutine())
	stop = true
	time.Sleep(20 * time.Millisecond)
	fmt.Println("spinner stopped after spinning:", spin > 0, runtime.NumGoroutine())
}
