// run

package main

// What a go statement captures: `go f(i)` evaluates f's arguments in the
// caller, at the go statement, so later changes to i do not reach the
// goroutine; a closure started with go shares the variables it captures
// (a per-iteration copy is made explicitly); `go v.m(x)` with a value
// receiver copies the receiver then, and a method value `go mv(x)` was
// bound earlier. Results arrive on buffered channels and are summed or
// indexed, so their arrival order does not matter.

import (
	"fmt"
	"sync"
)

type counter struct {
	base int
}

// Both wait for the gate to close before reading c.base.
func (c counter) add(x int, gate <-chan bool, out chan<- int) {
	<-gate
	out <- c.base + x
}

func (c *counter) addPtr(x int, gate <-chan bool, out chan<- int) {
	<-gate
	out <- c.base + x
}

func record(i int, slot []int, wg *sync.WaitGroup) {
	slot[i] = i * 10
	wg.Done()
}

func main() {
	// Arguments evaluated at the go statement.
	out := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func(n int) { out <- n }(i)
	}
	seen := make([]bool, 10)
	for k := 0; k < 10; k++ {
		seen[<-out] = true
	}
	fmt.Println("all of 0..9 seen:", seen)

	var wg sync.WaitGroup
	slots := make([]int, 5)
	i := 0
	for i < 5 {
		wg.Add(1)
		go record(i, slots, &wg)
		i++
	}
	wg.Wait()
	fmt.Println("slots", slots)

	// A closure shares x: the goroutine sees the value at the time it
	// reads it (after the gate opens).
	x := 1
	done := make(chan int)
	gate := make(chan bool)
	go func() {
		<-gate
		done <- x
	}()
	x = 2
	close(gate)
	fmt.Println("closure saw", <-done)

	// Value receiver copied at the go statement; pointer receiver shared.
	c := counter{100}
	res := make(chan int, 4)
	gate = make(chan bool)
	go c.add(1, gate, res)
	mv := c.add
	go c.addPtr(2, gate, res)
	c.base = 1000
	go mv(3, gate, res)
	go c.add(4, gate, res)
	close(gate)
	sum := 0
	for k := 0; k < 4; k++ {
		sum += <-res
	}
	// c.add(1): 101; c.addPtr(2) runs after base=1000: 1002; mv(3): 103;
	// c.add(4): 1004.
	fmt.Println("method goroutines sum", sum)

	// Argument expressions with calls run in the caller, in order.
	order := ""
	arg := func(s string, v int) int { order += s; return v }
	go func(a, b int) { done <- a*10 + b }(arg("a", 4), arg("b", 2))
	order += "|"
	fmt.Println("result", <-done, "evaluated", order)
}
