// errorcheck

package main

// Arithmetic on typed constants leaving the type's range.

const a int8 = 100

const b = a * 2 // ERROR "overflows"

func main() {
	_ = b
}
