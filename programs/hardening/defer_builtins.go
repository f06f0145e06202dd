// fatal

// defer and go of print, println, delete and copy: the arguments are
// evaluated at the statement, the call runs later, as with gc (which wraps
// them in a function the same way). The compiler refused them ("deferring
// this builtin"). The program ends in a panic so that the deferred
// println output (stderr) is compared.

package main

import (
	"fmt"
	"time"
)

type P struct{ x int }

func f(m map[string]int) {
	defer delete(m, "a")
	defer println("deferred", len(m))
	m["b"] = 2
	fmt.Println("in f", len(m))
}

func g() (s []int) {
	s = make([]int, 3)
	src := []int{7, 8, 9}
	defer copy(s, src)
	src[0] = 70
	return s
}

func bytes() (b []byte) {
	b = make([]byte, 3)
	defer copy(b, "ab")
	return b
}

func h() {
	x := 1
	defer println("x was", x, "p", P{2}.x, 2.5, true, "s")
	defer print("no newline;", x+1, "\n")
	x = 10
	defer func() {
		if r := recover(); r != nil {
			println("recovered", r.(string))
		}
	}()
	panic("boom")
}

func main() {
	m := map[string]int{"a": 1}
	f(m)
	fmt.Println(len(m), m["b"])
	fmt.Println(g(), string(bytes()))
	h()
	go println("from a goroutine")
	time.Sleep(50 * time.Millisecond)
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
	panic("done")
}
