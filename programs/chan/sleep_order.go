// run

package main

// time.Sleep and the timer heap: five goroutines started in scrambled
// order sleep 10ms apart from each other (40, 10, 50, 20, 30 ms) and
// report on one channel; they wake, and report, in the order of their
// deadlines. time.After used in a plain receive waits at least its
// duration.

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	for _, ms := range []int{40, 10, 50, 20, 30} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			c <- ms
		}(ms)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()

	start := time.Now()
	<-time.After(30 * time.Millisecond)
	fmt.Println("time.After waited >= 30ms:", time.Since(start) >= 30*time.Millisecond)

	start = time.Now()
	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("zero and negative sleeps return at once:", time.Since(start) < 20*time.Millisecond)
}
