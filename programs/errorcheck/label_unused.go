// errorcheck

package main

// A label that nothing jumps to.

func main() {
L: // ERROR "label L defined and not used"
	for i := 0; i < 3; i++ {
	}
}
