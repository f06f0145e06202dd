// errorcheck

package main

// Constant slice bounds in the wrong order.

func main() {
	s := []int{1, 2, 3, 4}
	_ = s[3:1] // ERROR "invalid slice indices"
}
