// fatal

// `defer recover()` does not stop a panic: recover is the deferred call
// itself, not called by one. A call's line in a trace is the line of its
// `(`, as gc gives it: a function literal called where it ends, a method
// call split after the dot.

package main

import "fmt"

type T struct{}

//go:noinline
func (T) f(a, b int) int {
	func() {
		defer recover()
		panic(fmt.Sprint("x", a+b))
	}()
	return 0
}

func main() {
	var t T
	_ = t.
		f(1, 2)
}
