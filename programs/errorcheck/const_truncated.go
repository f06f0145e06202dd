// errorcheck

package main

// A float constant with a fraction assigned to an int.

func main() {
	var n int = 1.5 // ERROR "truncated"
	_ = n
}
