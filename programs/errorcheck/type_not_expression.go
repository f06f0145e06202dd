// errorcheck

package main

// A type used as a value.

func main() {
	_ = int // ERROR "int \(type\) is not an expression|type int is not an expression"
}
