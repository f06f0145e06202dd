// run
// env: GOMAXPROCS=1

package main

// Main itself spins (no calls in its loop) waiting for a flag that a
// sleeping goroutine sets when its 10ms timer fires. The timer can only
// wake that goroutine and let it run if main is preempted at its loop
// head. Main counts its spins and reports the value the goroutine left.

import (
	"fmt"
	"time"
)

var flag, value int

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		value = 12345
		flag = 1
	}()
	spins := 0
	for flag == 0 {
		spins++
	}
	fmt.Println("spun:", spins > 0, "value:", value)
}
