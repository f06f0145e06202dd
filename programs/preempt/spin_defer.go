// run
// env: GOMAXPROCS=1

package main

// Defer chains and panics belong to their goroutine, across preemptions:
// two goroutines each push three deferred calls, spin for about 30ms (so
// they are preempted and alternate, each with its defers pending), then
// panic with their own value. Each recovers its own panic, and its
// deferred calls run in its own LIFO order; the logs are kept per
// goroutine and printed by main.

import (
	"fmt"
	"strings"
)

func spin(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s = (s*7 + i) % 10007
	}
	return s
}

func worker(name string, n int, out chan<- string) {
	var log []string
	defer func() {
		r := recover()
		log = append(log, fmt.Sprint("recovered ", r))
		out <- name + ": " + strings.Join(log, ", ")
	}()
	for i := 1; i <= 3; i++ {
		defer func(i int) { log = append(log, fmt.Sprint(name, i)) }(i)
	}
	v := spin(n)
	panic(fmt.Sprint(name, " panics after spin=", v))
}

func main() {
	a := make(chan string)
	b := make(chan string)
	go worker("a", 4000000, a)
	go worker("b", 5000000, b)
	fmt.Println(<-a)
	fmt.Println(<-b)
}
