// Package debug lets a running program inspect and tune itself: stack
// traces and runtime limits.
//
// Bodiless functions are splitgo natives; Stack and PrintStack are Go on
// top of runtime.Stack.
package debug

import (
	"os"
	"runtime"
)

// SetMaxStack caps the size one goroutine's stack may grow to (going past
// it crashes the program) and returns the old cap. The default is 1 GB
// on 64-bit targets and 250 MB on 32-bit ones.
func SetMaxStack(bytes int) int

// SetGCPercent sets GOGC: a collection starts once the heap has grown by
// this percentage over what the last one left live. It returns the old
// value; the first is $GOGC, or 100 without it. Negative turns the
// collector off.
func SetGCPercent(percent int) int

// FreeOSMemory collects garbage and then hands back to the operating
// system as much memory as it can.
func FreeOSMemory()

// SetMaxThreads caps the number of OS threads (going past it crashes the
// program) and returns the old cap, initially 10000.
func SetMaxThreads(threads int) int

// SetTraceback chooses how much a fatal panic prints, like GOTRACEBACK:
// "none", "single", "all", "system" or "crash".
func SetTraceback(level string)

// PrintStack writes the caller's stack trace (see Stack) to standard error.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack gives the calling goroutine's whole trace, as runtime.Stack
// formats it, growing its buffer until the trace fits.
func Stack() []byte {
	size := 1024
	for {
		buf := make([]byte, size)
		if n := runtime.Stack(buf, false); n < size {
			return buf[:n]
		}
		size *= 2
	}
}
