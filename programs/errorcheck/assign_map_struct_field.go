// errorcheck

package main

// Assigning to a field of a struct stored in a map.

type point struct{ x, y int }

func main() {
	m := map[string]point{}
	k := "a"
	m[k].x = 1 // ERROR "cannot assign to struct field m\[k\]\.x in map"
}
