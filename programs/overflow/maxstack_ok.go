// run

package main

// The recursion of maxstack_lowered.go under the default stack limit
// (1 GB on 64-bit targets): 100 000 frames that each hold a 16-word
// array fit easily and the sum is printed.

import "fmt"

func sum(n int) int {
	var keep [16]int
	keep[n%16] = n % 1000
	if n == 0 {
		return 0
	}
	return sum(n-1) + keep[n%16]
}

func main() {
	fmt.Println(sum(100000))
}
