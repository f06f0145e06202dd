// errorcheck

package main

// Syntax: an if clause without its opening brace.

func main() {
	x := 1
	if x > 0 // ERROR "syntax error: unexpected newline, expecting { after if clause"
	{
		x++
	}
}
