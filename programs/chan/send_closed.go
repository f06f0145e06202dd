// fatal

package main

// Sending on a closed channel panics (a runtime error plainError, no
// "runtime error:" prefix): `panic: send on closed channel`, then the
// sending goroutine's trace.

func fill(c chan int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
}

func main() {
	c := make(chan int, 10)
	fill(c, 2)
	close(c)
	println("closed with", len(c), "buffered")
	fill(c, 1)
}
