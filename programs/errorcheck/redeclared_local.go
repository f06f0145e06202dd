// errorcheck

package main

// Declaring the same local variable twice in one block.

func main() {
	var x int
	var x string // ERROR "x redeclared in this block"
	_ = x
}
