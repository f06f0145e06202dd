// run

package main

// Unbuffered channels are rendezvous points: a send completes only when
// a receiver takes the value, so the steps of two goroutines interleave
// in one fixed order. The shared log shows it: each send of "ping" is
// received before the sender logs its next step.

import "fmt"

func main() {
	log := []string{}
	c := make(chan int)
	ack := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			log = append(log, fmt.Sprint("send ", i))
			c <- i
			<-ack
		}
		close(c)
	}()
	for v := range c {
		log = append(log, fmt.Sprint("recv ", v))
		ack <- true
	}
	for _, l := range log {
		fmt.Println(l)
	}
}
