// run

package main

// Pointers to the locals of frames on other segments: each of 20 000
// levels links its own record (with a 32-word payload) to its caller's
// through a pointer and passes the newest down. At the bottom the whole
// chain is walked and every record updated through the pointers; each
// level then checks, after the callee returned, what was written into its
// record. Segmented stacks never move, so such pointers stay valid.

import (
	"fmt"
	"os"
)

type record struct {
	prev    *record
	depth   int
	visited int
	payload [32]int
}

func down(n int, prev *record) int {
	var r record
	r.prev = prev
	r.depth = n
	for i := range r.payload {
		r.payload[i] = n + i
	}
	if n == 0 {
		total := 0
		count := 0
		for p := &r; p != nil; p = p.prev {
			p.visited = count
			total += p.depth + p.payload[31]
			count++
		}
		return total
	}
	got := down(n-1, &r)
	if r.visited != n {
		fmt.Println("record at depth", n, "visited as", r.visited)
		os.Exit(1)
	}
	for i := range r.payload {
		if r.payload[i] != n+i {
			fmt.Println("payload of depth", n, "corrupt at", i)
			os.Exit(1)
		}
	}
	return got
}

func main() {
	fmt.Println(down(20000, nil))
	fmt.Println(down(3, nil))
}
