// errorcheck

package main

// Lexer: a rune literal holding two characters.

func main() {
	r := 'ab' // ERROR "more than one character in rune literal"
	_ = r
}
