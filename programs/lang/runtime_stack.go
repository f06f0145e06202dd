// run

// runtime.Stack and debug.Stack: the trace text of the calling goroutine
// (and, with all, of the others), cut at the buffer's end; the settings of
// runtime/debug and runtime's small functions.

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		// Drop the absolute directory and the pc offset: gc's differ.
		if i := strings.LastIndex(l, "/"); i >= 0 && strings.HasPrefix(l, "\t") {
			l = "\t" + l[i+1:]
		}
		if i := strings.Index(l, " +0x"); i >= 0 {
			l = l[:i]
		}
		out = append(out, l)
	}
	return out
}

//go:noinline
func inner() string {
	return string(debug.Stack())
}

func main() {
	buf := make([]byte, 10000)
	n := runtime.Stack(buf, false)
	fmt.Println(lines(string(buf[:n])))
	n = runtime.Stack(buf[:20], false)
	fmt.Printf("%q\n", buf[:n])
	c := make(chan int)
	go func() { <-c }()
	runtime.Gosched()
	n = runtime.Stack(buf, true)
	s := string(buf[:n])
	fmt.Println(strings.Count(s, "goroutine "), strings.Contains(s, "[chan receive]:\nmain.main.func1()"))
	st := inner()
	fmt.Println(strings.Contains(st, "main.inner("), strings.Contains(st, "runtime_stack.go:33 "))
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	fmt.Println(debug.SetMaxThreads(500), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30) == 1<<20)
	debug.SetTraceback("all")
	fmt.Println(runtime.NumGoroutine(), runtime.GOOS, runtime.NumCPU() > 0)
	var x *int
	runtime.KeepAlive(x)
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	c <- 1
}
