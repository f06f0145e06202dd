// errorcheck

package main

// Assigning to a byte of a string.

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\]"
	_ = s
}
