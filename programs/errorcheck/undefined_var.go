// errorcheck

package main

// Use of an undeclared variable.

func main() {
	x := 1
	x = y + 1 // ERROR "undefined: y"
	_ = x
}
