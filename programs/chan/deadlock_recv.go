// fatal

package main

// main receives from an unbuffered channel nobody will ever send on, and
// there is no other goroutine: the scheduler finds nothing runnable and
// no timer pending, and throws `all goroutines are asleep - deadlock!`
// with main's trace, blocked in [chan receive].

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-c)
}
