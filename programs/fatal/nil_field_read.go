// fatal

package main

// Reading a struct field through a nil pointer faults; the handler turns
// the fault into Go's runtime error, and the trace starts at the faulting
// instruction (its own line, with its offset). read is kept a call
// (inlined, it would print as main.read(...) with no offset:
// inline_nil_getter.go).

type T struct {
	a int
	b int
}

//go:noinline
func read(p *T) int {
	return p.a
}

func main() {
	var p *T
	println(read(p))
}
