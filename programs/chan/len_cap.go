// run

package main

// len and cap of channels: cap is the buffer size (0 for unbuffered and
// for a nil channel), len the number of buffered elements, which grows
// with sends, shrinks with receives and stays readable after close.

import "fmt"

func main() {
	var nilc chan int
	u := make(chan int)
	b := make(chan string, 4)
	fmt.Println("nil", len(nilc), cap(nilc))
	fmt.Println("unbuffered", len(u), cap(u))
	fmt.Println("buffered", len(b), cap(b))
	for _, s := range []string{"a", "b", "c"} {
		b <- s
		fmt.Println("after send", s, len(b), cap(b))
	}
	<-b
	fmt.Println("after receive", len(b), cap(b))
	b <- "d"
	b <- "e"
	fmt.Println("full", len(b), cap(b))
	close(b)
	fmt.Println("closed", len(b), cap(b))
	rest := ""
	for s := range b {
		rest += s
	}
	fmt.Println("drained", rest, len(b), cap(b))
	var ro <-chan string = b
	var so chan<- string = b
	fmt.Println("directional", len(ro), cap(ro), len(so), cap(so))
}
