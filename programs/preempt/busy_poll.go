// run
// env: GOMAXPROCS=1

package main

// A consumer that never blocks: it polls a channel with select/default
// in a loop, and a producer that sleeps 1ms between sends. The producer's
// timer can only wake it while the consumer is spinning if the consumer
// is preempted; every value still arrives, in order, and the consumer
// counts how many polls found nothing.

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int, 1)
	go func() {
		for i := 1; i <= 5; i++ {
			time.Sleep(time.Millisecond)
			c <- i
		}
		close(c)
	}()
	var got []int
	empty := 0
	for open := true; open; {
		select {
		case v, ok := <-c:
			if !ok {
				open = false
				break
			}
			got = append(got, v)
		default:
			empty++
		}
	}
	fmt.Println(got, "empty polls > 0:", empty > 0)
}
