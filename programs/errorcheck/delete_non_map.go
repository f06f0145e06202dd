// errorcheck

package main

// delete applied to a slice.

func main() {
	s := []int{1, 2}
	delete(s, 0) // ERROR "s \(variable of type \[\]int\) is not a map|first argument to delete must be map"
}
