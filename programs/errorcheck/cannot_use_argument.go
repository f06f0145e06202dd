// errorcheck

package main

// Passing a string where an int parameter is expected.

func square(n int) int { return n * n }

func main() {
	s := "3"
	_ = square(s) // ERROR "cannot use s \(variable of type string\) as (type )?int( value)? in argument to square"
}
