// fatal

package main

// A WaitGroup whose counter never reaches zero: Add(3) but only two
// goroutines call Done. After they exit, main's Wait can never return:
// deadlock, with main in [semacquire].

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func(i int) {
			fmt.Println("done", i)
			wg.Done()
		}(i)
	}
	wg.Wait()
}
