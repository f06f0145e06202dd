// errorcheck

package main

// Slicing with a float index.

func main() {
	s := []int{1, 2, 3}
	f := 1.0
	_ = s[f:] // ERROR "index f \(variable of type float64\) must be integer|non-integer slice index"
}
