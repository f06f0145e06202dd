// errorcheck

package main

// A comparison used as a statement.

func main() {
	x := 1
	x == 2 // ERROR "x == 2 \(untyped bool value\) is not used"
}
