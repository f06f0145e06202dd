// errorcheck

package main

// An if condition that is not a boolean.

func main() {
	x := 1
	if x { // ERROR "non-boolean condition in if statement"
		x++
	}
}
