// errorcheck

package main

// Two variables assigned from a function returning one value.

func one() int { return 1 }

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one(\(\))? returns 1 value"
	_, _ = a, b
}
