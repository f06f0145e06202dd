// run

package main

// A panic recovered inside a goroutine stays there: the goroutine's
// deferred recover reports the value on a channel, other goroutines and
// main carry on. Runtime errors (an index out of range, a send on a
// closed channel, a close of a nil channel) are recovered the same way.

import (
	"fmt"
	"sync"
)

func guarded(id int, f func(), out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint(id, ": recovered: ", r)
		}
	}()
	f()
	out <- fmt.Sprint(id, ": no panic")
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	closed := make(chan int)
	close(closed)
	var nilc chan int
	fs := []func(){
		func() { panic("boom") },
		func() {},
		func() {
			a := []int{1, 2, 3}
			i := 5
			_ = a[i]
		},
		func() { closed <- 1 },
		func() { close(nilc) },
		func() { close(closed) },
	}
	// Run them one at a time so the messages arrive in order.
	for i, f := range fs {
		wg.Add(1)
		go guarded(i, f, out, &wg)
		wg.Wait()
		fmt.Println(<-out)
	}
}
