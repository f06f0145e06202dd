package main

// Preemption latency: a goroutine spins in a loop without calls while main
// yields to it; main gets the CPU back only when the runtime preempts the
// spinner. With one thread, the time main waited is how long the spinner
// ran after it was due: sysmon's 10 ms slice plus the time to notice.
// Prints the median, minimum and maximum over 50 rounds, in ms.

import (
	"fmt"
	"runtime"
	"time"
)

var counter int

func spin() {
	for {
		counter++
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	const rounds = 50
	lat := make([]float64, 0, rounds)
	for i := 0; i < rounds; i++ {
		t0 := time.Now()
		runtime.Gosched()
		lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
	}
	// Insertion sort (splitgo's stdlib has no package sort).
	for i := 1; i < len(lat); i++ {
		for j := i; j > 0 && lat[j] < lat[j-1]; j-- {
			lat[j], lat[j-1] = lat[j-1], lat[j]
		}
	}
	fmt.Printf("median %.2f ms, min %.2f ms, max %.2f ms\n", lat[rounds/2], lat[0], lat[rounds-1])
}
