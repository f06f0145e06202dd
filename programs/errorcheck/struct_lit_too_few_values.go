// errorcheck

package main

// A positional struct literal with too few values.

type point struct{ x, y, z int }

func main() {
	p := point{1, 2} // ERROR "too few values in"
	_ = p
}
