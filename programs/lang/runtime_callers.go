// run

// runtime.Caller, Callers, CallersFrames and FuncForPC: function names as
// gc spells them, lines of calls, the runtime frames gc shows under a
// deferred call run by a panic (each kind of run-time error), at a
// deferred call's normal return, across segment boundaries, in another
// goroutine and under Goexit.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(file string) string {
	return file[strings.LastIndex(file, "/")+1:]
}

func show(tag string) {
	pcs := make([]uintptr, 20)
	n := runtime.Callers(0, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	fmt.Println("--", tag, n)
	for {
		f, more := fr.Next()
		fmt.Printf("%s %s:%d func=%v entry=%v\n", f.Function, base(f.File), f.Line, f.Func != nil, f.Entry != 0)
		if !more {
			break
		}
	}
	for i := 0; ; i++ {
		pc, file, line, ok := runtime.Caller(i)
		fmt.Println(i, runtime.FuncForPC(pc).Name(), base(file), line, ok, pc != 0)
		if !ok {
			break
		}
	}
}

var A, B int

func div() {
	defer func() { recover(); show("divide") }()
	_ = A / B
}

func explicit() {
	defer func() { recover(); show("panic") }()
	panic("x")
}

func normal() {
	defer func() { show("normal return") }()
}

func index() {
	defer func() { recover(); show("index") }()
	var s []int
	_ = s[B]
}

func slice() {
	defer func() { recover(); show("slice") }()
	s := make([]int, 2)
	_ = s[:B+3]
}

func nilDeref() {
	defer func() { recover(); show("nil dereference") }()
	var p *int
	_ = *p
}

type T struct{}

func (t *T) M() string { return where() }
func (t T) V() string  { return where() }

func where() string {
	pc, file, line, ok := runtime.Caller(1)
	f := runtime.FuncForPC(pc)
	return fmt.Sprintf("%s %s:%d %v", f.Name(), base(file), line, ok)
}

// deep counts its own frames from the bottom of a recursion that spans
// many stack segments.
func deep(n int) int {
	if n == 0 {
		pcs := make([]uintptr, 2000)
		k := runtime.Callers(1, pcs)
		fr := runtime.CallersFrames(pcs[:k])
		count := 0
		for {
			f, more := fr.Next()
			if f.Function == "main.deep" {
				count++
			}
			if !more {
				break
			}
		}
		return count
	}
	var pad [64]int
	pad[n%64] = n
	return deep(n-1) + pad[0]*0
}

func main() {
	show("main")
	div()
	explicit()
	normal()
	index()
	slice()
	nilDeref()
	t := &T{}
	fmt.Println(t.M())
	fmt.Println(t.V())
	fmt.Println(func() string { return where() }())
	fmt.Println(deep(1000))
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(12345) == nil)
	var f *runtime.Func
	fmt.Println(f.Name() == "")
	done := make(chan bool)
	go func() { show("goroutine"); done <- true }()
	<-done
	go func() {
		defer func() {
			_, file, line, _ := runtime.Caller(1)
			fmt.Println("goexit caller", base(file), line)
			pc, _, _, _ := runtime.Caller(2)
			fmt.Println(runtime.FuncForPC(pc).Name())
			done <- true
		}()
		runtime.Goexit()
	}()
	<-done
}
