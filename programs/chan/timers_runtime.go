// run

package main

// Timers are the runtime's, not goroutines: 200 000 selects that each make
// an hour-long time.After leave one goroutine (and no sleeping ones);
// Stop reports whether it stopped, Reset re-arms, AfterFunc runs its func
// in a goroutine, and a short timeout wins against a channel nobody sends on.

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	ready := make(chan int, 1)
	n := 0
	for i := 0; i < 200000; i++ {
		ready <- i
		select {
		case v := <-ready:
			n += v & 1
		case <-time.After(time.Hour):
			fmt.Println("timeout?")
		}
	}
	fmt.Println(n, runtime.NumGoroutine())
	fired := make(chan string, 3)
	time.AfterFunc(10*time.Millisecond, func() { fired <- "func ran" })
	t := time.NewTimer(time.Hour)
	fmt.Println("stop before firing:", t.Stop(), t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset timer fired")
	fmt.Println(<-fired)
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout wins")
	case <-make(chan int):
	}
}
