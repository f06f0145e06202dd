// run

package main

// A nil dereference is a run-time panic like any other: a deferred call
// recovers it, also deep in a recursion across segments, and the program
// goes on (the signal handler made the fault a call of sigpanic).

import "fmt"

type node struct {
	next *node
	v    int
}

func walk(n *node, k int) int {
	if k == 0 {
		return n.v
	}
	return walk(n, k-1) + 1
}

func try(n *node, k int) (v int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	return walk(n, k), "ok"
}

func write(p *node) {
	p.v = 1
}

func show(n *node, k int) {
	v, msg := try(n, k)
	fmt.Println(v, msg)
}

func main() {
	show(&node{nil, 7}, 3)
	show(nil, 0)
	show(nil, 100000)
	show(&node{nil, 1}, 100000)
	func() {
		defer func() {
			fmt.Println("write:", recover())
		}()
		write(nil)
	}()
}
