// run

package main

// Forty-word arguments and results cross segment boundaries: each level
// passes a [40]int struct down and gets one back, so newstack copies 320
// bytes of arguments onto a new segment and oldstack 320 bytes of results
// back. The sums check every word.

import "fmt"

type big struct {
	a [40]int
}

func build(n int, b big) big {
	if n == 0 {
		return b
	}
	b.a[n%40] += n
	r := build(n-1, b)
	r.a[(n+1)%40] -= n % 7
	return r
}

func main() {
	var b big
	for i := 0; i < 40; i++ {
		b.a[i] = i * 1000
	}
	r := build(20000, b)
	s := 0
	for i := 0; i < 40; i++ {
		s += r.a[i] * (i + 1)
	}
	fmt.Println(s, r.a[0], r.a[1], r.a[39])
}
