// fatal

package main

// An unrecovered panic raised inside a deferred call that runs because of
// another panic, itself inside a deferred call: Go prints every panic of
// the chain, oldest first, and the trace from the newest one.

import "fmt"

func inner() {
	defer func() {
		panic("third")
	}()
	panic("second")
}

func main() {
	fmt.Println("start")
	defer fmt.Println("main's defer still runs")
	defer func() {
		inner()
	}()
	panic("first")
}
