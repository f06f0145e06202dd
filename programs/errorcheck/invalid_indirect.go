// errorcheck

package main

// Dereferencing a value that is not a pointer.

func main() {
	x := 5
	_ = *x // ERROR "invalid indirect|cannot indirect x"
}
