// run

package main

// Closures in deep recursion: a recursive closure that captures and updates
// variables of its enclosing function one million levels down, and a
// recursion that creates a new closure at each of 100 000 levels, each
// capturing its level's variables, and calls the whole chain of them at
// the bottom, after which every level checks its own captured state.

import (
	"fmt"
	"os"
)

func chain(n int, prev func() int) int {
	mine := n * 3
	f := func() int {
		mine++
		if prev == nil {
			return mine
		}
		return (prev() + mine) % 1000003
	}
	if n == 0 {
		return f()
	}
	r := chain(n-1, f)
	if mine != n*3+1 {
		fmt.Println("closure state wrong at", n, mine)
		os.Exit(1)
	}
	return r
}

func main() {
	calls, deepest := 0, 0
	var rec func(n int) int
	rec = func(n int) int {
		calls++
		if n > deepest {
			deepest = n
		}
		if n == 1000000 {
			return 0
		}
		return rec(n+1) + n%3
	}
	fmt.Println(rec(0), calls, deepest)
	fmt.Println(chain(100000, nil))
	fmt.Println(chain(10, nil))
}
