// errorcheck

package main

// A two-result call used as a single value.

func pair() (int, int) { return 1, 2 }

func main() {
	x := pair() + 1 // ERROR "multiple-value pair\(\) .*in single-value context"
	_ = x
}
