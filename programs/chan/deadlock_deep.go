// fatal
// env: SPLITGO_DEBUG=noextend,nosmallfirst
package main

// A goroutine blocked 3000 frames deep: it recursed (frames of a dozen
// words, across several stack segments) and waits at the bottom on a
// channel that main never sends on, while main waits on another. The
// deadlock trace shows goroutine 2 in [chan receive] at the bottom frame,
// the `----- stack segment boundary -----` line where one of its segments
// ends, the innermost 50 frames, `...2901 frames elided...` and the
// outermost 50 (down to down(3000), where it began), and `created by`.

func down(n int, c chan int) int {
	var pad [10]int
	pad[n%10] = n
	if n == 0 {
		return <-c
	}
	return down(n-1, c) + pad[n%10]
}

func main() {
	c := make(chan int)
	go down(3000, c)
	never := make(chan int)
	<-never
}
