// errorcheck

package main

// A local variable that is only assigned to is still unused.

func main() {
	var n int // ERROR "declared and not used"
	n = 3
}
