// run

package main

// Directional channel types: a bidirectional channel converts implicitly
// to chan<- T and <-chan T when passed to functions, stored in variables
// and struct fields, and returned; a function can return a receive-only
// channel it feeds itself. A pipeline of three stages built that way
// squares 1..10 and sums the result.

import "fmt"

type stage struct {
	in  <-chan int
	out chan<- int
}

func gen(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func (s stage) run(f func(int) int) {
	for v := range s.in {
		s.out <- f(v)
	}
	close(s.out)
}

func sink(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func main() {
	sq := make(chan int)
	plus := make(chan int)
	go stage{gen(10), sq}.run(func(x int) int { return x * x })
	go stage{sq, plus}.run(func(x int) int { return x + 1000 })
	done := make(chan int)
	go sink(plus, done)
	fmt.Println("sum of squares + 10*1000:", <-done)

	var send chan<- string
	var recv <-chan string
	both := make(chan string, 1)
	send, recv = both, both
	send <- "through"
	fmt.Println(<-recv, cap(send), len(recv))
}
