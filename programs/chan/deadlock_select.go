// fatal

package main

// Every goroutine blocked in a select whose cases can never proceed:
// main and a helper each wait in a two-case select on channels no one
// uses. The deadlock trace shows both in [select].

func wait(a, b chan int) {
	select {
	case <-a:
	case b <- 1:
	}
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go wait(a, b)
	c := make(chan string)
	select {
	case s := <-c:
		println(s)
	case <-a:
	}
}
