// fatal

package main

// Division by a variable checks the divisor; inlined, the check's panic
// is traced through the inlined function.

func div(a, b int) int { return a / b }

//go:noinline
func mean(total, n int) int {
	return div(total, n)
}

func main() {
	println(mean(10, 5))
	println(mean(10, 0))
}
