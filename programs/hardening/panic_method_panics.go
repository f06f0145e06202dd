// fatal

package main

// An Error method that panics while the runtime prints a panic: gc throws
// "panic while printing panic value", naming a string value, or the type
// of any other value (the nil dereference inside Error is a
// runtime.errorString).

type E struct{ p *int }

func (e E) Error() string { return string(rune(*e.p)) }

func main() {
	panic(E{})
}
