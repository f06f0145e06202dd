// fatal

package main

// `go f()` with f a nil func value and no arguments is the throw `go of nil
// func value` in the goroutine running the go statement (gc 1.19: newproc1),
// not a fault inside the runtime.

import "fmt"

func main() {
	var f func()
	fmt.Println("before")
	go f()
	fmt.Println("not reached")
}
