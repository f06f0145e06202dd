// run

// runtime's profiles: GoroutineProfile's records (the Go frames of every
// goroutine's stack), the record types and their methods, the profiles
// splitgo does not sample (they answer ok with nothing to add), Version,
// NumCgoCall, CPUProfile's panic.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func blocked(c chan int) { <-c }

// goFrames lists the functions of a record that are not the runtime's.
func goFrames(pcs []uintptr) []string {
	var out []string
	frames := runtime.CallersFrames(pcs)
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			out = append(out, f.Function)
		}
		if !more {
			return out
		}
	}
}

func main() {
	fmt.Println(strings.HasPrefix(runtime.Version(), "go1.19"), runtime.NumCgoCall())

	c := make(chan int)
	go blocked(c)
	runtime.Gosched()
	n, ok := runtime.GoroutineProfile(make([]runtime.StackRecord, 1))
	fmt.Println(n, ok)
	p := make([]runtime.StackRecord, 5)
	n, ok = runtime.GoroutineProfile(p)
	fmt.Println(n, ok, p[n].Stack() == nil, len(p[n].Stack()))
	for _, r := range p[:n] {
		top := runtime.FuncForPC(r.Stack()[0] - 1).Name()
		last := runtime.FuncForPC(r.Stack()[len(r.Stack())-1] - 1).Name()
		fmt.Println(top, goFrames(r.Stack()), last)
	}
	c <- 1

	var sr runtime.StackRecord
	sr.Stack0[0], sr.Stack0[1], sr.Stack0[3] = 10, 20, 40
	fmt.Println(sr.Stack(), len(sr.Stack0))
	for i := range sr.Stack0 {
		sr.Stack0[i] = uintptr(i + 1)
	}
	fmt.Println(len(sr.Stack()))
	mr := runtime.MemProfileRecord{AllocBytes: 100, FreeBytes: 40, AllocObjects: 7, FreeObjects: 2}
	mr.Stack0[0] = 5
	fmt.Println(mr.InUseBytes(), mr.InUseObjects(), mr.Stack())
	br := runtime.BlockProfileRecord{Count: 3, Cycles: 1000}
	br.Stack0[0] = 9
	fmt.Printf("%v %+v\n", br.Stack(), br.Count)

	_, ok = runtime.MemProfile(make([]runtime.MemProfileRecord, 100), true)
	fmt.Println("mem ok:", ok)
	runtime.SetBlockProfileRate(0)
	fmt.Println(runtime.BlockProfile(nil))
	fmt.Println(runtime.MutexProfile(make([]runtime.BlockProfileRecord, 3)))
	fmt.Println(runtime.SetMutexProfileFraction(-1), runtime.SetMutexProfileFraction(5), runtime.SetMutexProfileFraction(-1), runtime.SetMutexProfileFraction(0))
	_, ok = runtime.ThreadCreateProfile(nil)
	fmt.Println("threads ok:", ok)

	defer func() { fmt.Println("recovered:", recover()) }()
	runtime.CPUProfile()
}
