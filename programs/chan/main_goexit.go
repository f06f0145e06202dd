// fatal

package main

// runtime.Goexit in main ends only main's goroutine, after its deferred
// calls: the others go on, and when the last one is done nothing is left
// to run, which Go reports as a deadlock of its own kind.

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		fmt.Println("other goroutine runs after main's Goexit")
	}()
	defer fmt.Println("main's deferred call runs")
	runtime.Goexit()
	fmt.Println("not reached")
}
