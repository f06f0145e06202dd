// errorcheck

package main

// Calling a method a named type does not have.

type counter int

func (c *counter) inc() { *c++ }

func main() {
	var c counter
	c.inc()
	c.dec() // ERROR "c.dec undefined \(type counter has no field or method dec\)"
}
