// run

// A deferred method call is the method itself: recover() in it stops the
// panic, for pointer and value receivers and promoted methods; the
// receiver is evaluated at the defer statement, as its arguments are.
package main

import "fmt"

type T struct{ n int }

func (t *T) catch(op string) {
	if e := recover(); e != nil {
		fmt.Println(op, "recovered", e, t.n)
	}
}

func (t T) catchValue(op string) {
	fmt.Println(op, "value receiver sees", t.n, recover())
}

type Outer struct {
	*T
	name string
}

func pointer() {
	t := &T{1}
	defer t.catch("pointer")
	t.n = 2
	panic("p1")
}

func value() {
	t := T{3}
	defer t.catchValue("value")
	t.n = 4
	panic("p2")
}

func promoted() {
	o := Outer{&T{5}, "o"}
	defer o.catch("promoted")
	panic("p3")
}

func addressable() {
	var t T
	defer t.catch("addressable")
	t.n = 6
	panic("p4")
}

func nested() (err error) {
	t := &T{7}
	defer t.catch("outer")
	func() {
		defer t.catch("inner")
		panic("p5")
	}()
	panic("p6")
}

func main() {
	pointer()
	value()
	promoted()
	addressable()
	nested()
	done := make(chan bool)
	t := &T{8}
	go func() {
		defer close(done)
		defer t.catch("goroutine")
		panic("p7")
	}()
	<-done
	fmt.Println("end")
}
