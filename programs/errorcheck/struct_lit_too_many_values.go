// errorcheck

package main

// A positional struct literal with too many values.

type point struct{ x, y int }

func main() {
	p := point{1, 2, 3} // ERROR "too many values in"
	_ = p
}
