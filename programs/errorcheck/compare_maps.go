// errorcheck

package main

// Comparing two maps with ==.

func main() {
	a := map[int]int{}
	b := map[int]int{}
	_ = a == b // ERROR "invalid operation: a == b \(map can only be compared to nil\)"
}
