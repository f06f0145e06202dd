// fatal

package main

// `go f(x)` with f a nil func value: gc 1.19 wraps the call in a closure,
// so the goroutine starts and panics with the nil dereference when it calls
// f; the goroutine running the go statement goes on.

import "fmt"

func main() {
	var f func(int)
	go f(1)
	fmt.Println("go statement done")
	select {}
}
