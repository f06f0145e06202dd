// errorcheck

package main

// The same constant in two cases of an expression switch.

func main() {
	x := 2
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1\b.*in expression switch"
	}
}
