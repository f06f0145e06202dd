// run

// `defer recover()` recovers as a call of recover by the function that
// deferred it: when that function is a deferred call run by a panic and
// returns normally, the panic stops; run by a panic of its own, it does
// nothing.

package main

import "fmt"

func direct() (r string) {
	defer func() {
		r = fmt.Sprint("direct: recovered ", recover())
	}()
	defer func() {
		defer recover()
	}()
	panic(5)
}

func notByPanic() (r string) {
	defer func() {
		r = fmt.Sprint("then: ", recover())
	}()
	defer func() {
		defer recover() // runs when the panic of 3 unwinds this function
		panic(3)
	}()
	panic(2)
}

func nothing() {
	defer recover()
	fmt.Println("nothing to recover:", recover())
}

func main() {
	fmt.Println(direct())
	fmt.Println(notByPanic())
	nothing()
}
