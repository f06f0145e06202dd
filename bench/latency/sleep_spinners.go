package main

// Wake-up latency under load: 1000 goroutines spin in loops without calls
// while main sleeps 50 ms, 10 times. A sleeper whose timer fired must not
// wait behind every runnable goroutine (Go's runnext; splitgo's sysmon
// also preempts the running goroutine when a timer is due). Prints the
// median, minimum and maximum time each sleep took, in ms.

import (
	"fmt"
	"time"
)

var counter int

func spin() {
	for {
		counter++
	}
}

func main() {
	for i := 0; i < 1000; i++ {
		go spin()
	}
	const rounds = 10
	lat := make([]float64, 0, rounds)
	for i := 0; i < rounds; i++ {
		t0 := time.Now()
		time.Sleep(50 * time.Millisecond)
		lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
	}
	for i := 1; i < len(lat); i++ {
		for j := i; j > 0 && lat[j] < lat[j-1]; j-- {
			lat[j], lat[j-1] = lat[j-1], lat[j]
		}
	}
	fmt.Printf("median %.2f ms, min %.2f ms, max %.2f ms\n", lat[rounds/2], lat[0], lat[rounds-1])
}
