// errorcheck

package main

// Comparing structs that contain a slice.

type bag struct{ items []int }

func main() {
	a, b := bag{}, bag{}
	_ = a == b // ERROR "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
}
