// errorcheck

package main

// Unary minus applied to a string.

func main() {
	s := "abc"
	_ = -s // ERROR "operator - not defined on s \(variable of type string\)"
}
