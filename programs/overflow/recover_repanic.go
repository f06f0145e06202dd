// run

package main

// Panics recovered and raised again at several depths, across segments:
// a panic 50 000 frames down is recovered 30 000 frames down, which then
// panics with a new value that is recovered 10 000 frames down, which
// returns normally; deferred calls on the way report what they see, and a
// recover called outside a deferred call or with no panic returns nil.

import "fmt"

var log []string

func note(s string) {
	log = append(log, s)
}

func down(n, at int, f func() int) int {
	if n == at {
		return f()
	}
	return down(n-1, at, f) + 1
}

func raise() int {
	panic("first")
}

func level30k() (r int) {
	defer func() {
		v := recover()
		note(fmt.Sprint("level30k recovered ", v))
		panic(fmt.Sprint("second after ", v))
	}()
	return down(50000, 30000, raise)
}

func level10k() (r int) {
	defer func() {
		v := recover()
		note(fmt.Sprint("level10k recovered ", v))
		r = 42
	}()
	return down(30000, 10000, level30k)
}

func plain() int {
	defer func() {
		note(fmt.Sprint("plain recover ", recover()))
	}()
	return down(20000, 0, func() int { return 7 })
}

func main() {
	fmt.Println(recover())
	fmt.Println(down(10000, 0, level10k))
	fmt.Println(plain())
	for _, s := range log {
		fmt.Println(s)
	}
}
