// fatal

package main

// Unbounded mutual recursion ping -> pong -> ping: the stack overflow is
// caught in whichever prologue asks for the segment past the limit. The
// trace alternates the two: newest 50 frames, elision line, oldest 50.

import "runtime/debug"

func ping(n int) int {
	return pong(n+1) + 1
}

func pong(n int) int {
	return ping(n+1) + 2
}

func main() {
	debug.SetMaxStack(1 << 20)
	println(ping(0))
}
