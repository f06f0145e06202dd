// errorcheck

package main

// A main function with parameters.

func main(args []string) { // ERROR "func main must have no arguments and no return values"
	_ = args
}
