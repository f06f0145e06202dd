// run

package main

// recover of run-time errors and of panic values raised 100 000 frames
// deep (across many segments), then deeper recursion proving the stack
// was restored, and a panic raised again inside a deferred call.

import "fmt"

func down(n int, a []int) int {
	if n == 0 {
		return a[5]
	}
	return down(n-1, a) + 1
}

func downPanic(n int) int {
	if n == 0 {
		panic("x")
	}
	return downPanic(n-1) + 1
}

func div(a, b int) int {
	return a / b
}

func try(f func() int) (v int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	return f(), "ok"
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return sum(n-1) + n
}

func repanic() (out string) {
	defer func() {
		out = fmt.Sprint("outer got ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again after ", r))
		}()
		panic("first")
	}()
	return "not reached"
}

func show(v int, msg string) {
	fmt.Println(v, msg)
}

func main() {
	a := []int{1, 2, 3}
	show(try(func() int { return down(100000, a) }))
	fmt.Println(sum(300000))
	show(try(func() int { return downPanic(100000) }))
	fmt.Println(sum(400000))
	show(try(func() int { return div(1, len(a)-3) }))
	var m map[string]int
	show(try(func() int { m["a"] = 1; return 0 }))
	fmt.Println(repanic())
	for i := 0; i < 3; i++ {
		show(try(func() int { return downPanic(1000 * i) }))
	}
}
