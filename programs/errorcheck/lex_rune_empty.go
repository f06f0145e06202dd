// errorcheck

package main

// Lexer: an empty rune literal.

func main() {
	r := '' // ERROR "empty rune literal or unescaped '( in rune literal)?"
	_ = r
}
