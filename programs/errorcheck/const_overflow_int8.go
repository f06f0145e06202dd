// errorcheck

package main

// An untyped constant too small for int8.

func main() {
	var x int8 = -129 // ERROR "overflows"
	_ = x
}
