// errorcheck

package main

// A binary operator applied to an int and a string.

func main() {
	n := 1
	s := "a"
	_ = n + s // ERROR "invalid operation: n \+ s \(mismatched types int and string\)"
}
