// run

package main

// Deferred calls at return: last first, arguments evaluated at the defer
// statement, a deferred closure changing named results, defers in a loop,
// deferred natives, and recover() returning nil outside a panic.

import "fmt"

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("loop defer", i)
	}
	x := 10
	defer fmt.Println("x at defer time", x)
	x = 20
	defer func() { fmt.Println("x at return", x) }()
	fmt.Println("body done")
}

func named() (r int, s string) {
	defer func() {
		r = r*2 + 1
		s += "!"
	}()
	defer func(k int) { r += k }(100)
	return 20, "hi"
}

func counter(n int) (sum int) {
	for i := 1; i <= n; i++ {
		defer func(i int) { sum += i }(i)
	}
	return 0
}

func nested(d int) int {
	defer fmt.Println("nested out", d)
	if d == 0 {
		return 0
	}
	return nested(d-1) + 1
}

func main() {
	order()
	r, s := named()
	fmt.Println(r, s)
	fmt.Println(counter(1000))
	fmt.Println(nested(3))
	fmt.Println(recover())
	defer fmt.Println("main's defer runs last")
	fmt.Println("main returns")
}
