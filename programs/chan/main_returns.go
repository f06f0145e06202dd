// run

package main

// When main.main returns the program exits with status 0, even though
// other goroutines are runnable, blocked or sleeping: nothing they would
// print afterwards appears. A helper prints once (proved by a handshake)
// before main returns; after that it and the others only print after
// main is gone.

import (
	"fmt"
	"time"
)

func main() {
	handshake := make(chan bool)
	go func() {
		fmt.Println("helper: before main returns")
		handshake <- true
		time.Sleep(100 * time.Millisecond)
		fmt.Println("helper: after main returned (must not appear)")
	}()
	<-handshake
	block := make(chan int)
	go func() {
		<-block
		fmt.Println("blocked goroutine woke (must not appear)")
	}()
	go func() {
		for i := 0; ; i++ {
			if i == -1 {
				fmt.Println("spinner (must not appear)")
			}
		}
	}()
	fmt.Println("main: returning with goroutines alive")
}
