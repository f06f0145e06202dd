// errorcheck

package main

// Lexer: a hexadecimal prefix without digits.

func main() {
	x := 0x // ERROR "hexadecimal literal has no digits"
	_ = x
}
