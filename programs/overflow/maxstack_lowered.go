// fatal

package main

// runtime/debug.SetMaxStack lowering the limit: the recursion that
// maxstack_ok.go runs under the default limit dies once the limit is
// 64 KB, with `runtime: goroutine stack exceeds 65536-byte limit` and
// `fatal error: stack overflow`. The first frame is sum at its entry.

import (
	"fmt"
	"runtime/debug"
)

func sum(n int) int {
	var keep [16]int
	keep[n%16] = n % 1000
	if n == 0 {
		return 0
	}
	return sum(n-1) + keep[n%16]
}

func main() {
	fmt.Println(sum(100))
	debug.SetMaxStack(65536)
	fmt.Println(sum(100000))
}
