// errorcheck

package main

// The same field twice in a struct literal.

type point struct{ x, y int }

func main() {
	p := point{x: 1, y: 2, x: 3} // ERROR "duplicate field name x in struct literal"
	_ = p
}
