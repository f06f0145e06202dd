// run
// env: GOMAXPROCS=1

package main

// A goroutine woken by a timer, a channel or a lock runs next, not after
// every runnable goroutine (Go's runnext; sysmon preempts the running
// goroutine when a timer is due): with 1000 goroutines spinning in
// `for {}`, main's 50 ms sleep, its receive from a goroutine that sleeps
// and the lock a sleeping goroutine unlocks each come back in well under a
// second (gc: about 50 ms; before, 11 s: 1000 spinners of 10 ms each).

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	for i := 0; i < 1000; i++ {
		go func() {
			for {
			}
		}()
	}
	t := time.Now()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("sleep:", time.Since(t) < time.Second)

	c := make(chan int)
	go func() {
		time.Sleep(20 * time.Millisecond)
		c <- 1
	}()
	t = time.Now()
	<-c
	fmt.Println("receive:", time.Since(t) < time.Second)

	var mu sync.Mutex
	mu.Lock()
	go func() {
		time.Sleep(20 * time.Millisecond)
		mu.Unlock()
	}()
	t = time.Now()
	mu.Lock()
	fmt.Println("lock:", time.Since(t) < time.Second)

	tm := time.NewTimer(30 * time.Millisecond)
	t = time.Now()
	<-tm.C
	fmt.Println("timer:", time.Since(t) < time.Second)
}
