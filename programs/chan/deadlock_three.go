// fatal

package main

// Three goroutines blocked for good: main receives on `results`, while
// two senders are stuck sending on `work`, which nobody receives. The
// deadlock trace lists all three in creation order: main in
// [chan receive], the senders in [chan send], each with its argument
// and a `created by main.main` line pointing at its go statement.

func send(c chan int, v int) {
	c <- v
}

func main() {
	work := make(chan int)
	results := make(chan int)
	go send(work, 1)
	go send(work, 2)
	println(<-results)
}
