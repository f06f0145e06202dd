// errorcheck

package main

// Lexer: a character that is not part of Go's syntax.

func main() {
	x := 1 @ // ERROR "invalid character U\+0040 '@'"
	_ = x
}
