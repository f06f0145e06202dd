// fatal

package main

// `select {}` blocks forever. Once the only other goroutine has finished
// (it reports on a channel first), nothing can run: deadlock, with main
// in [select (no cases)].

func main() {
	done := make(chan int)
	go func() { done <- 5 }()
	println("helper said", <-done)
	select {}
}
