// fatal
// env: GOTRACEBACK=0

package main

// Stack overflow with GOTRACEBACK=0: the limit line and the fatal error
// are printed, the goroutine trace is not.

import "runtime/debug"

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	debug.SetMaxStack(1 << 20)
	println(down(0))
}
