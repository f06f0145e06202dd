// run

package main

// Fan-in: five producers with different counts send tagged values to
// one shared channel; a merge goroutine per producer forwards into the
// common output. The arrival order depends on scheduling, so main
// tallies per producer and checks each producer's own values arrived in
// the order it sent them.

import (
	"fmt"
	"sync"
)

type msg struct {
	from, seq int
}

func producer(id, n int) <-chan msg {
	c := make(chan msg)
	go func() {
		for i := 0; i < n; i++ {
			c <- msg{id, i}
		}
		close(c)
	}()
	return c
}

func merge(ins ...<-chan msg) <-chan msg {
	out := make(chan msg)
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func(in <-chan msg) {
			defer wg.Done()
			for m := range in {
				out <- m
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var ins []<-chan msg
	for id := 0; id < 5; id++ {
		ins = append(ins, producer(id, 10*(id+1)))
	}
	counts := make([]int, 5)
	next := make([]int, 5)
	inOrder := true
	for m := range merge(ins...) {
		counts[m.from]++
		if m.seq != next[m.from] {
			inOrder = false
		}
		next[m.from]++
	}
	fmt.Println("counts", counts, "per-producer order kept", inOrder)
}
