// fatal

package main

// Sending on a nil channel blocks forever: main, alone, deadlocks in
// [chan send (nil chan)].

func put(c chan<- string) {
	c <- "lost"
}

func main() {
	var c chan string
	put(c)
}
