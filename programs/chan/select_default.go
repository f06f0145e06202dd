// run

package main

// select with a default case: default is taken when no case is ready
// (empty channel to receive from, full channel to send to), and never
// when one is. Counts how many of 1000 non-blocking sends fit into a
// buffer of 10, then drains it non-blockingly and sums what came out.

import "fmt"

func main() {
	c := make(chan int, 10)
	select {
	case v := <-c:
		fmt.Println("received from empty (wrong)", v)
	default:
		fmt.Println("empty: default")
	}

	sent, dropped := 0, 0
	for i := 1; i <= 1000; i++ {
		select {
		case c <- i:
			sent++
		default:
			dropped++
		}
	}
	fmt.Println("sent", sent, "dropped", dropped, "len", len(c))

	sum, n := 0, 0
	for done := false; !done; {
		select {
		case v := <-c:
			sum += v
			n++
		default:
			done = true
		}
	}
	fmt.Println("drained", n, "sum", sum)

	u := make(chan int)
	select {
	case u <- 1:
		fmt.Println("sent on unbuffered with no receiver (wrong)")
	default:
		fmt.Println("unbuffered without receiver: default")
	}
}
