// errorcheck

package main

// A float constant too large for float32.

func main() {
	var f float32 = 1e40 // ERROR "overflows"
	_ = f
}
