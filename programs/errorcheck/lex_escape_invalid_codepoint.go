// errorcheck

package main

// Lexer: a \U escape beyond the last Unicode code point.

func main() {
	s := "\U00110000" // ERROR "escape (sequence )?is invalid Unicode code point"
	_ = s
}
