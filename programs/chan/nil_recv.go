// fatal

package main

// Receiving from a nil channel blocks forever: with nothing else to run,
// the program deadlocks and main's status says why: [chan receive (nil chan)].

func main() {
	var c chan int
	println("receiving from nil")
	<-c
}
