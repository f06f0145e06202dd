// errorcheck

package main

// Lexer: the digit 8 in an octal literal.

func main() {
	x := 0o18 // ERROR "invalid digit '8' in octal literal"
	_ = x
}
