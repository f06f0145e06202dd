// run

package main

// Deep recursion of frames larger than StackMin (8192 bytes): a [1100]int
// local (8800 bytes) and a [2048]int local (16 KB), alternating, so every
// call needs a fresh segment sized for its frame. Each level fills its
// array, recurses, and checks the array when the callee returns.

import (
	"fmt"
	"os"
)

func check(what string, depth, i, got, want int) {
	if got != want {
		fmt.Println("corrupt", what, "depth", depth, "index", i, "got", got, "want", want)
		os.Exit(1)
	}
}

func medium(depth int) int {
	var a [1100]int
	for i := range a {
		a[i] = depth ^ i
	}
	sub := 0
	if depth > 0 {
		sub = large(depth - 1)
	}
	s := 0
	for i := range a {
		check("medium", depth, i, a[i], depth^i)
		s += a[i] & 15
	}
	return sub + s
}

func large(depth int) int {
	var a [2048]int
	for i := range a {
		a[i] = depth*3 + i
	}
	sub := 0
	if depth > 0 {
		sub = medium(depth - 1)
	}
	s := 0
	for i := range a {
		check("large", depth, i, a[i], depth*3+i)
		s += a[i] % 11
	}
	return sub + s
}

func main() {
	fmt.Println(medium(0), large(0))
	fmt.Println(medium(1), large(1))
	fmt.Println(medium(1000))
	fmt.Println(large(1001))
}
