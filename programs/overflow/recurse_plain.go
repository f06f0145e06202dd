// fatal

package main

// Unbounded plain recursion: f calls itself until the goroutine's stack
// exceeds the limit (lowered to 1 MB with debug.SetMaxStack so the test is
// fast). newstack throws: the limit line, `fatal error: stack overflow`,
// then a [stack split] trace whose first frame is f rewound to its entry
// (no +0x offset), 50 frames, the elision line, the oldest 50 frames.

import "runtime/debug"

var calls int

func f(n int) {
	calls++
	f(n + 1)
}

func main() {
	debug.SetMaxStack(1 << 20)
	f(0)
}
