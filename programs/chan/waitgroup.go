// run

package main

// Producers and consumers joined by a buffered channel and two
// sync.WaitGroups: 4 producers each send 250 numbers, 3 consumers sum
// what they receive into their own slot; when the producers' group is
// done main closes the channel, and when the consumers' group is done it
// adds the partial sums. Every number is received exactly once.

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 8)
	var producers, consumers sync.WaitGroup
	for p := 0; p < 4; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 250; i++ {
				jobs <- p*250 + i + 1
			}
		}(p)
	}
	sums := make([]int, 3)
	counts := make([]int, 3)
	for c := 0; c < 3; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for v := range jobs {
				sums[c] += v
				counts[c]++
			}
		}(c)
	}
	producers.Wait()
	close(jobs)
	consumers.Wait()
	total, n := 0, 0
	for c := range sums {
		total += sums[c]
		n += counts[c]
	}
	fmt.Println("received", n, "sum", total, "expected", 1000*1001/2)
}
