// errorcheck

package main

// A composite literal of a basic type.

func main() {
	x := int{1} // ERROR "invalid composite literal type int"
	_ = x
}
