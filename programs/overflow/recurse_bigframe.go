// fatal
// env: SPLITGO_DEBUG=noextend,nosmallfirst
package main

// Unbounded recursion of a function whose frame (a [1024]int local, 8 KB)
// is larger than StackBig and at least StackMin: its prologue takes the
// wrap-safe large-frame check and every call needs a segment of its own,
// so the [stack split] trace shows a segment boundary between frames. The
// limit is 4 MB here so that more than 100 such frames fit below it.

import "runtime/debug"

func big(n int) int {
	var a [1024]int
	a[n%1024] = n
	return big(n+1) + a[(n+1)%1024]
}

func main() {
	debug.SetMaxStack(4 << 20)
	println(big(0))
}
