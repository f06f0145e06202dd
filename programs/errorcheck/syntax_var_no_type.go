// errorcheck

package main

// Syntax: a var declaration with neither a type nor a value.

func main() {
	var x // ERROR "syntax error: unexpected newline, expecting type"
	_ = x
}
