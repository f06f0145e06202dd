// errorcheck

package main

// Integer division by the constant zero.

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
}
