// run

package main

// Segment churn: 400 rounds of recursions of varying depth (up to 3000)
// and frame size (1, 40 or 600 words), interleaved, so segments of
// different sizes are taken and given back in changing orders and reused
// from the cache. Every round's result is checked against its closed form.

import "fmt"

func small(n int) int {
	if n == 0 {
		return 0
	}
	return small(n-1) + 1
}

func medium(n int) int {
	var a [40]int
	a[n%40] = n
	if n == 0 {
		return 0
	}
	return medium(n-1) + a[n%40] - n + 2
}

func large(n int) int {
	var a [600]int
	a[n%600] = n
	if n == 0 {
		return 0
	}
	return large(n-1) + a[n%600] - n + 3
}

func main() {
	bad, total := 0, 0
	seed := 12345
	for round := 0; round < 400; round++ {
		seed = (seed*75 + 74) % 65537
		depth := seed % 3000
		var got, want int
		switch round % 3 {
		case 0:
			got, want = small(depth), depth
		case 1:
			got, want = medium(depth), 2*depth
		case 2:
			got, want = large(depth/4), 3*(depth/4)
		}
		if got != want {
			bad++
			fmt.Println("round", round, "depth", depth, "got", got, "want", want)
		}
		total += got
	}
	fmt.Println(total, bad)
}
