// run
// env: GOMAXPROCS=1

package main

// A full buffered channel blocks its sender, and a receive then does two
// things at once: it takes the oldest buffered value and moves the
// blocked sender's value into the buffer. Values come out in the order
// they were sent. With a buffer of 3 and one producer of 20 values the
// log shows where the producer had to wait.

import "fmt"

func main() {
	c := make(chan int, 3)
	events := make(chan string, 100)
	go func() {
		for i := 1; i <= 20; i++ {
			if len(c) == cap(c) {
				events <- fmt.Sprint("full before ", i)
			}
			c <- i
		}
		close(c)
	}()
	got := []int{}
	for v := range c {
		got = append(got, v)
	}
	fmt.Println(got)
	close(events)
	n := 0
	for range events {
		n++
	}
	fmt.Println("producer found the buffer full at least once:", n > 0)
}
