// errorcheck

package main

// A struct literal mixing keyed and positional elements.

type point struct{ x, y int }

func main() {
	p := point{x: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = p
}
