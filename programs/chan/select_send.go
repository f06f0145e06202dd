// run

package main

// select with send cases: a goroutine offers each value to whichever of
// two consumers is ready (a select over two sends), and a select mixing
// a send and a receive on the same buffered channel picks the send when
// the buffer is empty and the receive when it is full. Totals prove no
// value is lost or duplicated.

import (
	"fmt"
	"sync"
)

func main() {
	left := make(chan int)
	right := make(chan int)
	var wg sync.WaitGroup
	sums := make([]int, 2)
	counts := make([]int, 2)
	for i, c := range []chan int{left, right} {
		wg.Add(1)
		go func(i int, c chan int) {
			defer wg.Done()
			for v := range c {
				sums[i] += v
				counts[i]++
			}
		}(i, c)
	}
	for v := 1; v <= 500; v++ {
		select {
		case left <- v:
		case right <- v:
		}
	}
	close(left)
	close(right)
	wg.Wait()
	fmt.Println("values", counts[0]+counts[1], "sum", sums[0]+sums[1])

	b := make(chan int, 1)
	trace := ""
	for i := 0; i < 6; i++ {
		select {
		case b <- i:
			trace += "s"
		case v := <-b:
			trace += fmt.Sprint("r", v)
		}
	}
	fmt.Println(trace)
}
