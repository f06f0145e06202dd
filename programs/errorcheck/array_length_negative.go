// errorcheck

package main

// An array type with a negative length.

func main() {
	var a [-1]int // ERROR "invalid array length -1|array length -1 .*must not be negative"
	_ = a
}
