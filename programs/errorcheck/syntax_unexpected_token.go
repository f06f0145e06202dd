// errorcheck

package main

// Syntax: an unexpected token in an expression.

func main() {
	x := 1 + ) // ERROR "syntax error: unexpected \)"
	_ = x
}
