// run

// Reslicing a slice or string parameter, or calling a method through a
// pointer, does not move the variable to the heap: only memory inside the
// variable itself (an array, a struct value) needs its address. A loop of
// such calls allocates nothing.
package main

import (
	"fmt"
	"runtime"
)

type cursor struct {
	buf    []byte
	lo, hi int
}

//go:noinline
func (c *cursor) rest() []byte { return c.buf[c.lo:c.hi] }

//go:noinline
func dropLast(line []byte) []byte {
	if n := len(line); n > 0 && line[n-1] == '\r' {
		return line[:n-1]
	}
	return line
}

//go:noinline
func head(s string, n int) string { return s[:n] }

//go:noinline
func split(data []byte) (int, []byte, error) {
	for i, c := range data {
		if c == '\n' {
			return i + 1, dropLast(data[:i]), nil
		}
	}
	return 0, nil, nil
}

var sink int

var data = []byte("first line\r\nsecond\n")

// mallocs counts the allocations of n rounds of calls (less any the
// measuring itself makes, which the caller cancels out).
func mallocs(n int) uint64 {
	c := &cursor{buf: data, lo: 2, hi: 8}
	var arr [4]int
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < n; i++ {
		adv, tok, _ := split(data)
		sink += adv + len(tok) + len(c.rest()) + len(head("hello", 3))
		s := arr[1:3]
		sink += len(s)
	}
	runtime.ReadMemStats(&after)
	return after.Mallocs - before.Mallocs
}

func main() {
	fmt.Println("allocations per 10000 rounds:", mallocs(10000)-mallocs(10))
	c := &cursor{buf: data, lo: 2, hi: 8}
	adv, tok, err := split(data)
	fmt.Printf("%d %q %v %q %q %d\n", adv, tok, err, c.rest(), head("hello", 3), sink)
}
