// errorcheck

package main

// A fallthrough in the last case of a switch.

func main() {
	x := 1
	switch x {
	case 1:
		x++
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
