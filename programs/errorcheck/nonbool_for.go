// errorcheck

package main

// A for condition that is not a boolean.

func main() {
	n := 3
	for n { // ERROR "non-boolean condition in for statement"
		n--
	}
}
