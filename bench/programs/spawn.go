package main

// Goroutine spawn: 200 000 short goroutines, started in batches of 1000
// and waited for with a WaitGroup; each adds its number into a slot of
// its own. Measures creation (G record, first segment), scheduling and
// exit, with segments reused through the stack cache.

import (
	"fmt"
	"sync"
)

func main() {
	const batches, per = 200, 1000
	out := make([]int, per)
	total := 0
	for b := 0; b < batches; b++ {
		var wg sync.WaitGroup
		wg.Add(per)
		for i := 0; i < per; i++ {
			go func(i int) {
				out[i] = b*per + i
				wg.Done()
			}(i)
		}
		wg.Wait()
		for _, v := range out {
			total += v
		}
	}
	fmt.Println(total)
}
