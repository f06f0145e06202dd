// errorcheck

package main

// A negative constant assigned to an unsigned type.

func main() {
	var u uint = -1 // ERROR "overflows"
	_ = u
}
