// errorcheck

package main

// Syntax: a var declaration in a for loop's init statement.

func main() {
	for var i = 0; i < 3; i++ { // ERROR "var declaration not allowed in for initializer"
	}
}
