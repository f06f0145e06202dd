// run

package main

// sync.Once: of 20 goroutines calling Do with different functions, exactly
// one function runs, and every caller returns only after it finished (the
// function yields half-way, and every caller then reads the value it set).
// A second Once used sequentially runs its function once as well.

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	runs, value := 0, 0
	seen := make([]int, 20)
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			once.Do(func() {
				runs++
				runtime.Gosched()
				value = 42
			})
			seen[g] = value
		}(g)
	}
	wg.Wait()
	all := true
	for _, v := range seen {
		if v != 42 {
			all = false
		}
	}
	fmt.Println("runs", runs, "value", value, "every caller saw it", all)

	var o2 sync.Once
	calls := 0
	for i := 0; i < 5; i++ {
		o2.Do(func() { calls++ })
	}
	fmt.Println("sequential calls", calls)
}
