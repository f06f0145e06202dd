// errorcheck

package main

// Converting an out-of-range constant to byte.

func main() {
	b := byte(300) // ERROR "constant 300 overflows byte"
	_ = b
}
