// run

package main

// Deferring a nil func panics when the deferred call runs, not at the
// defer statement (the statements after it run), both at a normal return
// and while a panic runs the deferred calls (the nil call's panic replaces
// the first one); a deferred recover sees it.

import "fmt"

var x = 0

func atReturn() {
	var nilf func()
	defer nilf()
	x = 1
}

func whilePanicking() {
	var g func()
	defer g()
	panic(1)
}

func try(f func()) (err interface{}) {
	defer func() { err = recover() }()
	f()
	return nil
}

func main() {
	fmt.Println(try(atReturn) != nil, x)
	fmt.Println(try(whilePanicking))
}
