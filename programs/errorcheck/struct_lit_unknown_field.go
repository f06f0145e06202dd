// errorcheck

package main

// A struct literal naming a field the type lacks.

type point struct{ x, y int }

func main() {
	p := point{x: 1, z: 2} // ERROR "unknown field '?z'? in struct literal"
	_ = p
}
