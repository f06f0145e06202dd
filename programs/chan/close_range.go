// run

package main

// range over a channel stops when the channel is closed and drained:
// a producer sends 1..100 on a buffered channel and closes it; the
// consumer's range sees every value, in order, then ends. The same with
// an unbuffered channel and a channel closed with values still buffered.

import "fmt"

func produce(c chan<- int, n int) {
	for i := 1; i <= n; i++ {
		c <- i
	}
	close(c)
}

func consume(c <-chan int) (count, sum int, ordered bool) {
	ordered = true
	prev := 0
	for v := range c {
		if v != prev+1 {
			ordered = false
		}
		prev = v
		count++
		sum += v
	}
	return
}

func report(c <-chan int) {
	count, sum, ordered := consume(c)
	fmt.Println("count", count, "sum", sum, "in order", ordered)
}

func main() {
	b := make(chan int, 16)
	go produce(b, 100)
	report(b)

	u := make(chan int)
	go produce(u, 50)
	report(u)

	pre := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		pre <- i
	}
	close(pre)
	report(pre)
	report(pre)
}
