// fatal

package main

// Closing a channel twice panics: `panic: close of closed channel`. The
// first close already happened in another goroutine.

func main() {
	c := make(chan int)
	done := make(chan bool)
	go func() {
		close(c)
		done <- true
	}()
	<-done
	_, ok := <-c
	println("closed once, ok =", ok)
	close(c)
}
