// errorcheck

package main

// Selecting a field a struct does not have.

type point struct {
	x, y int
}

func main() {
	p := point{1, 2}
	_ = p.z // ERROR "p.z undefined \(type point has no field or method z\)"
}
