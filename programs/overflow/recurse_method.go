// fatal

package main

// Unbounded recursion through a pointer-receiver method: (*counter).down
// calls itself on the same receiver. The first trace frame is
// main.(*counter).down at its entry.

import "runtime/debug"

type counter struct {
	n int
}

func (c *counter) down(depth int) int {
	c.n++
	return c.down(depth+1) + 1
}

func main() {
	debug.SetMaxStack(1 << 20)
	c := &counter{}
	println(c.down(0))
}
