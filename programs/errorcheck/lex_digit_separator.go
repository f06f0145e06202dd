// errorcheck

package main

// Lexer: two successive underscores in a number.

func main() {
	x := 1__000 // ERROR "'_' must separate successive digits"
	_ = x
}
