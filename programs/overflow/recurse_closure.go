// fatal

package main

// Unbounded recursion through a closure that calls itself through the
// captured variable rec. The closure is named main.main.func1 in traces;
// it is the first frame, at its entry.

import (
	"fmt"
	"runtime/debug"
)

func main() {
	debug.SetMaxStack(1 << 20)
	depth := 0
	var rec func(n int) int
	rec = func(n int) int {
		depth++
		return rec(n+1) + 1
	}
	fmt.Println(rec(0), depth)
}
