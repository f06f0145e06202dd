// errorcheck

package main

// A field promoted from two embedded structs at the same depth.

type A struct{ name string }
type B struct{ name string }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.name // ERROR "ambiguous selector c.name"
}
