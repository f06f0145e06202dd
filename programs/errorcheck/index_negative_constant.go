// errorcheck

package main

// Indexing a slice with a negative constant.

func main() {
	s := []int{1, 2, 3}
	_ = s[-1] // ERROR "index -1 .*must not be negative|invalid (array |slice )?index -1"
}
