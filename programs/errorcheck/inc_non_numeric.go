// errorcheck

package main

// Incrementing a string variable.

func main() {
	s := "abc"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	_ = s
}
