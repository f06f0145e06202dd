// errorcheck

package main

// Calling an int variable.

func main() {
	x := 5
	x() // ERROR "cannot call non-function x"
}
