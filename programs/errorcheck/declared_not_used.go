// errorcheck

package main

// A local variable declared and never used.

func main() {
	x := 1 // ERROR "declared and not used"
}
