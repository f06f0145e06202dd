// fatal

package main

// What the program printed before the fault is written out before the
// panic (DESIGN §6): print's stderr here; tests/run.rs checks fmt's stdout.

type node struct {
	next *node
	v    int
}

func sum(n *node) int {
	s := 0
	for i := 0; i < 3; i++ {
		s += n.v
		n = n.next
	}
	return s
}

func main() {
	println("before")
	println(sum(&node{&node{nil, 2}, 1}))
}
