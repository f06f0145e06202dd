// run

package main

// The classic concurrent prime sieve from the Go tour: a generator
// goroutine and a chain of filter goroutines, one per prime found, all
// joined by unbuffered channels. Prints the first 100 primes (ten per
// line) and the number of goroutines the chain ended with.

import (
	"fmt"
	"runtime"
)

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
	for i := 0; i < 100; i++ {
		prime := <-ch
		fmt.Print(prime)
		if i%10 == 9 {
			fmt.Println()
		} else {
			fmt.Print(" ")
		}
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("goroutines", runtime.NumGoroutine())
}
