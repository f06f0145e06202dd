// run

package main

// gc reads the plain operands of an argument list after the calls in it:
// a call that changes a variable is seen by an earlier argument.

import (
	"fmt"
	"runtime"
)

var x = 1

func g() int { x = 10; return 2 }

func two(a, b int) { fmt.Println(a, b) }

func many(xs ...int) { fmt.Println(xs) }

func name() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

var initName = name()

func init() { fmt.Println(name()) }

func init() { fmt.Println(name()) }

func main() {
	fmt.Println(initName)
	two(x, g())
	x = 1
	many(x, g(), x)
	x = 1
	many([]int{x + 1, 5}...)
	y := 1
	h := func() int { y = 20; return 3 }
	two(y, h())
	y = 1
	p := &y
	two(*p+1, h())
	var i interface{} = 5
	k := func() int { i = 7; return 0 }
	fmt.Println(i.(int), k())
	c := make(chan int, 2)
	c <- 1
	c <- 2
	z := 0
	r := func() int { z = 9; return <-c }
	fmt.Println(z, <-c, r(), z)
	x = 1
	fmt.Println(x > 0 && g() > 0, x)
	x = 1
	fmt.Println(len([]int{x}), g(), x)
}
