package main

// 100 000 goroutines park on one channel, then are released together
// (close) and each reports back on a buffered channel: goroutine creation,
// parking and waking at scale, and the memory of 100 000 first stack
// segments.

import "fmt"

func main() {
	const n = 100000
	start := make(chan int)
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			v := <-start
			done <- v + i
		}(i)
	}
	close(start)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println(sum)
}
