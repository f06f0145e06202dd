// errorcheck

package main

// A struct type declaring the same field twice.

type rec struct {
	a int
	a string // ERROR "a redeclared|duplicate field a"
}

func main() {
	var r rec
	_ = r
}
