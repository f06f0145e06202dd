// fatal

package main

// A pending timer is not a deadlock: main blocks on a receive while a
// goroutine sleeps 30ms; only when that goroutine has woken, printed and
// exited without sending does the scheduler find nothing runnable and no
// timer left, and throw. Its trace shows only main.

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		fmt.Println("sleeper woke and exits without sending")
	}()
	fmt.Println("main waits")
	<-c
}
