// run
// env: GOMAXPROCS=1

package main

// Preemption deep in a segmented stack: a goroutine recurses 100000 deep
// (frames of a few words, so its stack spans many segments), signals the
// bottom on a buffered channel (which does not block it) and spins, with
// no calls, until the goroutine waiting for that signal has run. On one
// thread that goroutine can only run if the spinner is preempted at its
// loop head, 100000 frames down; when the spinner resumes it finds the
// flag set, and the recursion unwinds through every segment with the
// right sum.

import "fmt"

var ticked int
var spins int

func down(n int, bottom chan<- bool) int {
	var pad [4]int
	pad[n%4] = n
	if n == 0 {
		bottom <- true
		for ticked == 0 {
			spins++
		}
		return 0
	}
	return down(n-1, bottom) + pad[n%4] - n + 1
}

func main() {
	bottom := make(chan bool, 1)
	res := make(chan int)
	go func() { res <- down(100000, bottom) }()
	go func() {
		<-bottom
		ticked = 1
	}()
	fmt.Println("depth returned:", <-res)
	fmt.Println("spinner spun before the other goroutine ran:", spins > 0)
}
