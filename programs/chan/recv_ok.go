// run

package main

// The two-value receive: values buffered before close are still received
// with ok == true, then every receive returns the zero value and false at
// once. Also for a string channel (zero value ""), a struct channel, and
// a receive blocked in another goroutine when close happens.

import "fmt"

type pair struct {
	a, b int
}

func main() {
	c := make(chan int, 3)
	c <- 10
	c <- 20
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}

	s := make(chan string, 1)
	s <- "last"
	close(s)
	v1, ok1 := <-s
	v2, ok2 := <-s
	fmt.Printf("%q %v %q %v\n", v1, ok1, v2, ok2)

	p := make(chan pair)
	close(p)
	pv, pok := <-p
	fmt.Println(pv, pok)

	w := make(chan int)
	res := make(chan string)
	go func() {
		v, ok := <-w
		res <- fmt.Sprint("blocked receiver woke with ", v, " ", ok)
	}()
	close(w)
	fmt.Println(<-res)
}
