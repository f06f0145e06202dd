// errorcheck

package main

// Declaring a variable from untyped nil.

func main() {
	x := nil // ERROR "use of untyped nil"
	_ = x
}
