// run

// A worker pool: jobs on a channel, results on another, a WaitGroup, and
// counters with sync/atomic; the output is sorted so it does not depend on
// scheduling.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type result struct {
	job, value int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan int)
	results := make(chan result, 10)
	var processed atomic.Int64
	var maxSteps int64
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				s := collatz(j)
				processed.Add(1)
				for {
					cur := atomic.LoadInt64(&maxSteps)
					if int64(s) <= cur || atomic.CompareAndSwapInt64(&maxSteps, cur, int64(s)) {
						break
					}
				}
				results <- result{j, s}
			}
		}()
	}
	go func() {
		for i := 1; i <= 30; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	for _, r := range all[:10] {
		fmt.Printf("%2d -> %d\n", r.job, r.value)
	}
	fmt.Println("processed:", processed.Load(), "max steps:", atomic.LoadInt64(&maxSteps))
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			mu.Lock()
			total += i
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("total:", total)
}
