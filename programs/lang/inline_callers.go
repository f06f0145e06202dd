// run

package main

// runtime.Caller, Callers with CallersFrames and FuncForPC from a deferred
// call while a panic raised in inlined code unwinds: each inlined call is
// a frame of its own (nil Func in CallersFrames), as gc shows them.

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct{ v []int }

func (t *T) at(i int) int { return t.v[i] }

func get(t *T, i int) int { return t.at(i) + 1 }

func show() {
	for k := 0; k < 6; k++ {
		pc, file, line, ok := runtime.Caller(k)
		name := ""
		if f := runtime.FuncForPC(pc); f != nil {
			name = f.Name()
			fl, ll := f.FileLine(pc)
			name += fmt.Sprintf(" %s:%d", fl[strings.LastIndex(fl, "/")+1:], ll)
		}
		fmt.Println(k, name, file[strings.LastIndex(file, "/")+1:], line, ok)
	}
	pcs := make([]uintptr, 20)
	n := runtime.Callers(0, pcs)
	fr := runtime.CallersFrames(pcs[:n])
	for {
		f, more := fr.Next()
		fmt.Println(f.Function, f.File[strings.LastIndex(f.File, "/")+1:], f.Line, f.Func != nil)
		if !more {
			break
		}
	}
}

func run(t *T, i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			show()
		}
	}()
	r = get(t, i)
	return
}

func main() {
	t := &T{[]int{1, 2, 3}}
	fmt.Println(run(t, 1))
	fmt.Println(run(t, 7))
	fmt.Println(run(nil, 0))
	func() {
		defer func() {
			recover()
			pc, _, line, _ := runtime.Caller(2)
			fmt.Println(runtime.FuncForPC(pc).Name(), line)
		}()
		var d int
		fmt.Println(div(3, d))
	}()
}

func div(a, b int) int { return a / b }
