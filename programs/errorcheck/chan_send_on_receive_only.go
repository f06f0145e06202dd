// errorcheck

package main

// Sending on a receive-only channel.

func main() {
	c := make(chan int, 1)
	var r <-chan int = c
	r <- 1 // ERROR "cannot send to receive-only channel"
}
