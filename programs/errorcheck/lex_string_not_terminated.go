// errorcheck

package main

// Lexer: a raw string literal that never ends.

func main() {
	_ = s
}

var s = `never closed // ERROR "string (literal )?not terminated"
