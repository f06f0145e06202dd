// errorcheck

package main

// A continue inside a switch that is not inside a loop.

func main() {
	x := 1
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	}
}
