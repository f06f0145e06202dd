// errorcheck

package main

// A value whose method needs a pointer receiver assigned to an interface.

type stepper interface{ step() }

type counter struct{ n int }

func (c *counter) step() { c.n++ }

func main() {
	var s stepper = counter{} // ERROR "counter does not implement stepper \((method step|step method) has pointer receiver\)"
	_ = s
}
