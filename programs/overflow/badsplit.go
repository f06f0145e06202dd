// fatal
// env: SPLITGO_DEBUG=badsplit=1

package main

// SPLITGO_DEBUG=badsplit=1 makes the runtime mishandle a stack split so
// that a frame would overrun its segment; re-running the prologue at the
// function's start catches it before any corruption. newstack prints its
// diagnostic lines (framesize, argsize, sp, stack bounds, morebuf, sched),
// `runtime: split stack overflow: SP < LIMIT`, and throws; the goroutine
// is in [stack split] and its first frame is grow at its entry (a line
// without +0x). Without the knob (and under gc) this prints 100000.

func grow(n int) int {
	var pad [40]int
	pad[n%40] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + 1 + pad[n%40] - n
}

func main() {
	println(grow(100000))
}
