package main

// The concurrent prime sieve of the Go tour: one goroutine per prime
// found, chained by unbuffered channels; prints the 2000th prime.

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	p := 0
	for i := 0; i < 2000; i++ {
		p = <-ch
		ch1 := make(chan int)
		go filter(ch, ch1, p)
		ch = ch1
	}
	fmt.Println(p)
}
