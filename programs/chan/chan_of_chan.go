// run

package main

// A channel of channels: each request carries its own reply channel, so a
// single server goroutine answers many clients without mixing answers up.
// 8 clients ask for the squares of their ids 10 times each.

import (
	"fmt"
	"sync"
)

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	results := make([]int, 8)
	var wg sync.WaitGroup
	for id := 0; id < 8; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			me := make(chan int)
			for i := 0; i < 10; i++ {
				reqs <- request{id, me}
				results[id] += <-me
			}
		}(id)
	}
	wg.Wait()
	close(reqs)
	fmt.Println(results)

	// chan chan int directly: a channel handed over a channel.
	cc := make(chan chan int, 1)
	go func() {
		c := <-cc
		c <- 99
	}()
	c := make(chan int)
	cc <- c
	fmt.Println("through the handed-over channel:", <-c)
}
