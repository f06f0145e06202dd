// sort.Ints of one million pseudo-random ints (a fixed linear congruential
// sequence, so every runtime sorts the same numbers); prints a checksum of
// the sorted order.
package main

import (
	"fmt"
	"sort"
)

func main() {
	const n = 1000000
	xs := make([]int, n)
	x := uint64(12345)
	for i := range xs {
		x = x*6364136223846793005 + 1442695040888963407
		xs[i] = int(x >> 33)
	}
	sort.Ints(xs)
	sum := 0
	for i, v := range xs {
		sum += (i % 7) * (v % 1000)
	}
	fmt.Println(sort.IntsAreSorted(xs), xs[0], xs[n/2], xs[n-1], sum)
}
