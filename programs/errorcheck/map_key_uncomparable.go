// errorcheck

package main

// A map keyed by a struct containing a slice.

type key struct {
	parts []string
}

func main() {
	m := map[key]int{} // ERROR "invalid map key type key"
	_ = m
}
