// run

package main

// runtime.Goexit ends only the calling goroutine, after running its
// deferred calls (in LIFO order, recover returning nil in them); the
// code after Goexit and after the call that made it never runs. Main
// learns of it through a channel closed by a deferred call.

import (
	"fmt"
	"runtime"
)

var log []string

func inner() {
	defer func() { log = append(log, fmt.Sprint("inner defer, recover=", recover())) }()
	runtime.Goexit()
	log = append(log, "after Goexit (wrong)")
}

func main() {
	done := make(chan bool)
	go func() {
		defer func() { close(done) }()
		defer func() { log = append(log, "outer defer 2") }()
		defer func() { log = append(log, "outer defer 1") }()
		inner()
		log = append(log, "after inner (wrong)")
	}()
	_, ok := <-done
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println("done closed:", !ok)
}
