// run

package main

// A nil channel blocks forever, so a select case on one is never chosen:
// over 1000 selects with a nil receive case, a nil send case and one
// ready case, the ready case wins every time. Setting a channel variable
// to nil after it is closed is the usual way to switch a case off: the
// merge loop below drains two channels of different lengths that way.

import "fmt"

func main() {
	var nilr chan int
	var nils chan string
	ready := make(chan int, 1)
	got, wrong := 0, 0
	for i := 0; i < 1000; i++ {
		ready <- i
		select {
		case <-nilr:
			wrong++
		case nils <- "never":
			wrong++
		case v := <-ready:
			got += v
		}
	}
	fmt.Println("ready case sum", got, "nil cases chosen", wrong)

	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 1; i <= 7; i++ {
			b <- 100 * i
		}
		close(b)
	}()
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println("merged", n, "values, sums", sumA, sumB)
}
