// errorcheck

package main

// Two iteration variables in a range over a channel.

func main() {
	c := make(chan int)
	close(c)
	for i, v := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = i, v
	}
}
