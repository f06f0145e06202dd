// errorcheck

package main

// An untyped constant too large for byte.

func main() {
	var b byte = 256 // ERROR "overflows"
	_ = b
}
