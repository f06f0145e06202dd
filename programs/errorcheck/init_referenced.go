// errorcheck

package main

// Calling init explicitly.

func init() {}

func main() {
	init() // ERROR "undefined: init|cannot refer to init"
}
