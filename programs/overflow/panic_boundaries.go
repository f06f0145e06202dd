// fatal
// env: SPLITGO_DEBUG=noextend,nosmallfirst
package main

// A panic 60 frames deep whose frames (a [200]int local, 1.6 KB) fill
// several segments: the whole trace fits in 100 frames, so it shows every
// `----- stack segment boundary -----` line and ends at main.main, with
// no elision line. Output written before the panic is kept.

import "fmt"

func down(n int) int {
	var pad [200]int
	pad[n%200] = n + 1
	if n == 0 {
		panic("bottom of the stack")
	}
	return down(n-1) + pad[n%200]
}

func main() {
	fmt.Println("before")
	fmt.Println(down(60))
}
