// run

// A goroutine pipeline with select, a timeout, a ticker and a done channel.
package main

import (
	"fmt"
	"strings"
	"time"
)

func gen(done <-chan struct{}, words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			select {
			case out <- w:
			case <-done:
				return
			}
		}
	}()
	return out
}

func upper(done <-chan struct{}, in <-chan string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for w := range in {
			select {
			case out <- strings.ToUpper(w):
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	for w := range upper(done, gen(done, "alpha", "beta", "gamma")) {
		fmt.Println(w)
	}
	close(done)

	slow := make(chan int)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- 1
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	tick := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tick.C {
		n++
		if n == 3 {
			tick.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	timer := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", timer.Stop())
	results := make(chan string, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			time.Sleep(time.Duration(3-i) * 15 * time.Millisecond)
			results <- fmt.Sprint("worker ", i)
		}(i)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
}
