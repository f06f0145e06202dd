// errorcheck

package main

// Lexer: an interpreted string literal running into a newline.

func main() {
	// The last string literal on the next line is the one left open; the ERROR
	// marker sits in a raw string so that its quotes do not close the literal.
	s := `// ERROR ` + "newline in string" + "
	_ = s
}
