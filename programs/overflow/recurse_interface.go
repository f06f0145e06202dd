// fatal

package main

// Unbounded recursion through an interface method call: every level calls
// step through the stepper interface, whose dynamic value is a
// *descender, so each call is dispatched through the itab.

import "runtime/debug"

type stepper interface {
	step(n int) int
}

type descender struct {
	next stepper
	seen int
}

func (d *descender) step(n int) int {
	d.seen++
	return d.next.step(n+1) + 1
}

func main() {
	debug.SetMaxStack(1 << 20)
	d := &descender{}
	d.next = d
	var s stepper = d
	println(s.step(0))
}
