// errorcheck

package main

// copy between slices of different element types.

func main() {
	dst := make([]int, 2)
	src := []string{"a", "b"}
	copy(dst, src) // ERROR "arguments to copy .* have different element types"
}
