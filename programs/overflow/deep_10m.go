// run

package main

// A recursion 10 million frames deep that succeeds: with the default
// segment size the goroutine's stack grows through tens of thousands of
// segments and shrinks back, and the result is exact.

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	fmt.Println(depth(10000000))
}
