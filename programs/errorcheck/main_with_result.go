// errorcheck

package main

// A main function with a result.

func main() int { // ERROR "func main must have no arguments and no return values"
	return 0
}
