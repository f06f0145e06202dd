// fatal

package main

// Writing through a nil pointer: the faulting address is the field's
// offset, as gc reports it.

type T struct {
	a int
	b int
}

func main() {
	var p *T
	p.b = 3
	println("unreachable")
}
