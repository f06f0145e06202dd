// fatal

package main

// A deferred call that runs at its function's normal return and panics:
// the deferring frame is shown at its return (line 14, the closing brace),
// where gc shows its deferreturn call, not at the statement before it.

func h() {
	defer func() {
		panic("in defer")
	}()
	println("h")
}

func main() {
	h()
}
