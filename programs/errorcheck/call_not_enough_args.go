// errorcheck

package main

// A call with too few arguments.

func add(a, b int) int { return a + b }

func main() {
	_ = add(1) // ERROR "not enough arguments in call to add"
}
