// run

package main

// Deep recursion of frames larger than StackBig (4096 bytes) but smaller
// than StackMin (8192): a [520]int local is 4160 bytes. Each level fills
// its array, recurses, and after the callee returns (possibly from another
// segment) checks that every element is intact.

import (
	"fmt"
	"os"
)

func walk(depth int) int {
	var a [520]int
	for i := range a {
		a[i] = depth*1000 + i
	}
	sub := 0
	if depth > 0 {
		sub = walk(depth - 1)
	}
	s := 0
	for i := range a {
		if a[i] != depth*1000+i {
			fmt.Println("corrupt at depth", depth, "index", i, "value", a[i])
			os.Exit(1)
		}
		s += a[i] % 7
	}
	return sub + s
}

func main() {
	fmt.Println(walk(0))
	fmt.Println(walk(1))
	fmt.Println(walk(3000))
}
