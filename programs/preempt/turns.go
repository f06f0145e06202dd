// run
// env: GOMAXPROCS=1

package main

// Three goroutines take turns through one shared variable, each
// busy-waiting (a loop with no calls) until `turn` names it, then logging
// its id and passing the turn on. On one thread a goroutine whose turn it
// is can only run once the current spinner is preempted; the log still
// comes out in strict order, three rounds of 0 1 2.

import "fmt"

var turn int
var log []int

func player(id, players, rounds int, done chan<- bool) {
	for r := 0; r < rounds; r++ {
		for turn != id {
		}
		log = append(log, id)
		turn = (id + 1) % players
	}
	done <- true
}

func main() {
	const players, rounds = 3, 3
	done := make(chan bool)
	for id := players - 1; id >= 0; id-- {
		go player(id, players, rounds, done)
	}
	for i := 0; i < players; i++ {
		<-done
	}
	fmt.Println(log)
}
