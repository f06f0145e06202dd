// run

package main

// select picks uniformly among ready cases: with two always-ready
// channels, over 2000 selects each case wins a fair share (here: at
// least 700 times, which a fair coin misses with negligible
// probability), and a closed channel, always ready, also wins its share
// against a ready buffered one.

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println("total", na+nb, "both fair:", na >= 700, nb >= 700)

	closed := make(chan int)
	close(closed)
	nc, nv := 0, 0
	for i := 0; i < 2000; i++ {
		a <- 1
		select {
		case <-closed:
			nc++
			<-a
		case <-a:
			nv++
		}
	}
	fmt.Println("total", nc+nv, "both fair:", nc >= 700, nv >= 700)
}
