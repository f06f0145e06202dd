// run
// env: GOMAXPROCS=1

package main

// `for {}` in a goroutine, on one thread: the loop makes no calls, so
// only the check at its loop head lets sysmon's preemption request stop
// it. Main starts the spinner and waits for its signal (sent just before
// it starts spinning, into a buffer, so the spinner keeps the CPU); main
// only runs again once the spinner is preempted. Then it sleeps and yields
// a few times, and still gets to print; it returns with the spinner still
// spinning, which ends the program.

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	started := make(chan string, 1)
	go func() {
		started <- "spinning"
		for {
		}
	}()
	fmt.Println("main resumed, spinner says:", <-started)
	for i := 1; i <= 3; i++ {
		time.Sleep(5 * time.Millisecond)
		fmt.Println("main woke", i)
	}
	runtime.Gosched()
	fmt.Println("main done, goroutines:", runtime.NumGoroutine())
}
