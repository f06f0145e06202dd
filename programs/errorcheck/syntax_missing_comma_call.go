// errorcheck

package main

// Syntax: an argument list broken by a newline without a comma.

func f(a, b int) {}

func main() {
	f(1, 2 // ERROR "unexpected newline in argument list; possibly missing comma or \)"
	)
}
