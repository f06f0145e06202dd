// errorcheck

package main

// Syntax: else starting a new line after the closing brace of if.

func main() {
	x := 1
	if x > 0 {
		x++
	}
	else { // ERROR "syntax error: unexpected (keyword )?else"
		x--
	}
	_ = x
}
