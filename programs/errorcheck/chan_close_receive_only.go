// errorcheck

package main

// Closing a receive-only channel.

func main() {
	c := make(chan int)
	var r <-chan int = c
	close(r) // ERROR "cannot close receive-only channel"
}
