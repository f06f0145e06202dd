// fatal

package main

// Unbounded recursion through a value-receiver method whose receiver is a
// four-word struct copied into every frame: main.node.walk shows the
// receiver words and the result word as its arguments (five words, so no
// ", ..." in the trace).

import "runtime/debug"

type node struct {
	a, b, c, d int
}

func (v node) walk() int {
	v.a++
	v.d += v.a
	return v.walk() + v.b
}

func main() {
	debug.SetMaxStack(1 << 20)
	println(node{1, 2, 3, 4}.walk())
}
