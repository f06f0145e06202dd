// errorcheck

package main

// Calling a pointer method on a map element, which is not addressable.

type counter struct{ n int }

func (c *counter) inc() { c.n++ }

func main() {
	m := map[string]counter{}
	m["a"].inc() // ERROR "cannot call pointer method inc on counter"
}
