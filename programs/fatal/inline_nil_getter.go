// fatal

package main

// A getter through a pointer is inlined into its caller, and the caller
// into main: the nil dereference faults in the inlined code, and the trace
// shows the two inlined calls first, innermost first, with `(...)` and
// no offset, as gc prints them.

type P struct{ a, x int }

func (p *P) X() int { return p.x }

func get(p *P) int {
	return p.X() + 1
}

func main() {
	var p *P
	println(get(&P{1, 2}))
	println(get(p))
}
