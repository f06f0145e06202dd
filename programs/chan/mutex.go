// run

package main

// sync.Mutex around a read-modify-write that yields in the middle
// (runtime.Gosched between the read and the write): without the lock the
// other goroutines would run in that window and updates would be lost.
// 10 goroutines x 100 increments must give exactly 1000, and the number
// of goroutines seen inside the critical section at once is never above 1.

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter, inside, maxInside := 0, 0, 0
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				inside++
				if inside > maxInside {
					maxInside = inside
				}
				v := counter
				runtime.Gosched()
				counter = v + 1
				inside--
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter, "max inside", maxInside)
}
