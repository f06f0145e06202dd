// fatal
// env: SPLITGO_DEBUG=oldstackfault=1

package main

// SPLITGO_DEBUG=oldstackfault=1 makes the runtime fault inside oldstack,
// while a function returns across a segment boundary. A fault in the
// runtime's own code is not a Go panic: it prints `SIGSEGV: segmentation
// violation`, `PC=...`, the goroutine in [stack unsplit], and the amd64
// register dump. The recursion is shallow (ten 2.4 KB frames) so the whole
// trace, down to main.main, fits in 100 frames. Without the knob (and
// under gc) this prints 10.

func grow(n int) int {
	var pad [300]int
	pad[n%300] = n
	if n == 0 {
		return 0
	}
	return grow(n-1) + 1 + pad[n%300] - n
}

func main() {
	println(grow(10))
}
