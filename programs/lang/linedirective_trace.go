// fatal

// A panic's trace names the files and lines line directives gave: each
// frame at its call's `(`, the failing index at its `[` (the index itself
// is under a later directive), the goroutine's creator at its `go`.

package main

import "fmt"

var sink int

//line lib.go:100
//go:noinline
func get(a []int, i int) int {
	return a /*line :200:1*/ [ /*line :300:1*/ i]
}

//line other.go:10:1
func main() {
	done := make(chan bool)
	go func() {
		defer func() {
			fmt.Println("recovered:", recover())
			done <- true
		}()
		sink = get(nil, 1)
	}()
	<-done
/*line :50*/ go func() {
		sink = get( /*line last.go:7*/
			make([]int, 2), 3)
	}()
	select {}
}
