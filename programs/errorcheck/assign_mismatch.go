// errorcheck

package main

// Different numbers of variables and values in :=.

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	_, _ = a, b
}
