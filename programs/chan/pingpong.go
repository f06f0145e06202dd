// run

package main

// Unbuffered ping-pong: two goroutines pass one counter back and forth
// over two unbuffered channels, each side adding one per hop. Every send
// is a rendezvous, so after N round trips the count is exactly 2N and the
// ball arrives back in main with that value.

import "fmt"

func player(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	const rounds = 10000
	ping := make(chan int)
	pong := make(chan int)
	back := make(chan int)
	go player(ping, pong)
	go player(pong, back)
	ball := 0
	for i := 0; i < rounds; i++ {
		ping <- ball
		ball = <-back
	}
	close(ping)
	_, ok := <-back
	fmt.Println("rounds", rounds, "count", ball, "back closed", !ok)
}
