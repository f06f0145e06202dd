// fatal
// env: GOMAXPROCS=1
// env: GOTRACEBACK=system

package main

// A panic while another goroutine has been preempted: main starts a
// spinner (a loop with no calls), waits until it is preempted, then
// panics. With GOTRACEBACK=system the trace shows main [running] and the
// spinner [runnable], parked at its loop head (the `for` line: splitgo
// preempts on back edges; gc may stop it anywhere in the loop) with its
// frame intact (its argument 7 is printed) and its `created by` line;
// the system level adds the runtime's goexit frame at the bottom.

var spins int

func spinner(id int, started chan<- bool) {
	started <- true
	for id > 0 {
		spins++
	}
}

func main() {
	started := make(chan bool, 1)
	go spinner(7, started)
	<-started
	panic("main gave up")
}
