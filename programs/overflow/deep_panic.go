// fatal
// env: SPLITGO_DEBUG=noextend,nosmallfirst
package main

// A panic raised 100 000 frames deep. The recursion goes down 100 000
// small frames, then 21 frames of 32 KB each (a few per segment), and
// panics at the bottom. The trace starts at the panicking frame, shows the
// `----- stack segment boundary -----` lines between the big frames, 50
// frames, `...N frames elided...` and the outermost 50, down to main.main.

import "fmt"

func bigdown(n, total int) int {
	var pad [4096]int
	pad[n%4096] = n
	if n == 0 {
		panic(fmt.Sprint("reached depth ", total))
	}
	return bigdown(n-1, total+1) + pad[(n+1)%4096]
}

func down(n int) int {
	if n == 0 {
		return bigdown(20, 100000)
	}
	return down(n-1) + 1
}

func main() {
	fmt.Println("start")
	fmt.Println(down(100000))
}
