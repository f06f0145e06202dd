// errorcheck

package main

// Converting a float constant with a fraction to int.

func main() {
	n := int(2.5) // ERROR "constant 2.5 truncated to integer"
	_ = n
}
