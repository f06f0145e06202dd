// fatal

package main

// Locking a sync.Mutex twice in one goroutine blocks it forever (Go's
// mutexes are not reentrant). A goroutine that slept first has finished
// by then, and the timer heap is empty: deadlock, main in [semacquire].

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("sleeper finished")
		done <- true
	}()
	<-done
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
