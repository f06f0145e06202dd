// errorcheck

package main

// Lexer: an unknown escape sequence in a string.

func main() {
	s := "a\qb" // ERROR "unknown escape( sequence)?"
	_ = s
}
