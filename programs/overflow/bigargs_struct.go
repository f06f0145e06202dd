// run

package main

// Many-word arguments and results copied across segment boundaries: a
// 34-word struct (two ints, a [30]int, a string) is passed by value down a
// 20 000-deep recursion and returned by value, together with a second
// struct result, so newstack copies the arguments to each new segment and
// oldstack copies the results back. Every word is checked.

import (
	"fmt"
	"os"
)

type record struct {
	id   int
	sum  int
	vals [30]int
	tag  string
}

func fill(seed int) record {
	var r record
	r.id = seed
	for i := range r.vals {
		r.vals[i] = (seed*31 + i*i) % 1000
		r.sum += r.vals[i]
	}
	r.tag = "seed"
	return r
}

func verify(r record, depth int) {
	s := 0
	for _, v := range r.vals {
		s += v
	}
	if s != r.sum {
		fmt.Println("corrupt record at depth", depth, "sum", s, "want", r.sum)
		os.Exit(1)
	}
}

// pass returns the record seen at the bottom and the caller's own record,
// both modified on the way back up.
func pass(r record, depth int) (record, record) {
	verify(r, depth)
	if depth == 0 {
		r.tag = "bottom"
		return r, r
	}
	mine := r
	r.id++
	for i := range r.vals {
		old := r.vals[i]
		r.vals[i] = (old + depth + i) % 1000
		r.sum += r.vals[i] - old
	}
	bottom, below := pass(r, depth-1)
	verify(bottom, depth)
	verify(below, depth)
	verify(mine, depth)
	if depth > 1 && below.id != depth-1 {
		fmt.Println("wrong id below depth", depth, below.id)
		os.Exit(1)
	}
	bottom.vals[depth%30]++
	bottom.sum++
	mine.id = depth
	return bottom, mine
}

func checksum(r record) int {
	c := r.id
	for i, v := range r.vals {
		c = (c*7 + v*(i+1)) % 1000003
	}
	return c + len(r.tag)
}

func main() {
	for _, d := range []int{0, 1, 2, 100, 20000} {
		b, m := pass(fill(d+1), d)
		fmt.Println(d, b.id, b.sum, b.tag, checksum(b), m.id, m.sum, checksum(m))
	}
}
