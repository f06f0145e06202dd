// fatal

package main

// As panic_method_panics.go, with a String method that panics with a
// string: gc's message ends with that string.

type S struct{}

func (S) String() string { panic("inner") }

func main() {
	panic(S{})
}
