// errorcheck

package main

// Spreading a slice with ... into a non-variadic function.

func sum(a, b int) int { return a + b }

func main() {
	s := []int{1, 2}
	_ = sum(s...) // ERROR "cannot use \.\.\. in call to non-variadic sum|have \(\.\.\.\[\]int\)"
}
