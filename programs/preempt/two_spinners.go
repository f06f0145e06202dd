// run
// env: GOMAXPROCS=1

package main

// Two spinners, each incrementing its own counter in a tight loop with no
// calls, on one thread. Main sleeps 50ms; sysmon preempts each spinner
// after its 10ms slice, so both get the CPU in turn, and main, woken by
// its timer, finds both counters above zero. (The loops test `stop`, which
// is never set: a loop with no exit at all lets gc drop the stores.)

import (
	"fmt"
	"time"
)

var a, b, stop int

func main() {
	go func() {
		for stop == 0 {
			a++
		}
	}()
	go func() {
		for stop == 0 {
			b++
		}
	}()
	time.Sleep(50 * time.Millisecond)
	x, y := a, b
	fmt.Println("both progressed", x > 0 && y > 0)
}
