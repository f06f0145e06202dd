// run

package main

// select against time.After, with margins wide enough to be certain:
// a value already waiting in a buffered channel beats a 1s timeout; a
// value sent after 200ms loses to a 20ms timeout (and is received
// afterwards, so the sender is not left blocked); an unbuffered value sent
// right away by another goroutine beats a 1s timeout.

import (
	"fmt"
	"time"
)

func main() {
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-ready:
		fmt.Println("value won:", v)
	case <-time.After(time.Second):
		fmt.Println("timeout won (wrong)")
	}

	late := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		late <- 8
	}()
	start := time.Now()
	select {
	case v := <-late:
		fmt.Println("value won (wrong):", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout won, within 150ms:", time.Since(start) < 150*time.Millisecond)
	}
	fmt.Println("late value still arrives:", <-late)

	now := make(chan string)
	go func() { now <- "hello" }()
	select {
	case s := <-now:
		fmt.Println("value won:", s)
	case <-time.After(time.Second):
		fmt.Println("timeout won (wrong)")
	}
}
