// errorcheck

package main

// Lexer: a rune literal without its closing quote.

func main() {
	r := 'a // ERROR "rune literal not terminated|newline in rune literal"
	_ = r
}
