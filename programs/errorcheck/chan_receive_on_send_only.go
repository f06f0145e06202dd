// errorcheck

package main

// Receiving from a send-only channel.

func main() {
	c := make(chan int, 1)
	var s chan<- int = c
	_ = <-s // ERROR "cannot receive from send-only channel"
}
