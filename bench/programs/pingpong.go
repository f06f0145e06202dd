package main

// Two goroutines pass a counter back and forth over unbuffered channels
// 500 000 times: the cost of a blocking send/receive pair and a switch.

import "fmt"

func player(in <-chan int, out chan<- int, n int) {
	for i := 0; i < n; i++ {
		v := <-in
		out <- v + 1
	}
}

func main() {
	const n = 500000
	ping := make(chan int)
	pong := make(chan int)
	go player(ping, pong, n)
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	fmt.Println(v)
}
