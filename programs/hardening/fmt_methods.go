// run

package main

// fmt calls String and Error methods wherever Go's fmt does: on the
// operands of Print/Println/Printf/Sprint (verbs v s x X q; not d), inside
// slices, maps, pointed-to structs and exported fields (not unexported
// ones), through interface{} parameters, with Error before String. A
// panicking method prints Go's %!v(PANIC=...) note, and a nil pointer
// whose method panics prints <nil>. The methods run as ordinary Go code on
// the goroutine: one recurses across stack segments, one blocks on a
// channel that another goroutine fills. Before the runtime could call Go
// methods, the compiler refused to print such values, and one that reached
// fmt through an interface{} printed its raw fields (3 for foo-3).

import (
	"errors"
	"fmt"
)

type foo int

func (f foo) String() string { return fmt.Sprintf("foo-%d", int(f)) }

type pt struct{ X, Y int }

func (p *pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

// both has Error and String: fmt prefers Error.
type both struct{}

func (both) Error() string  { return "as error" }
func (both) String() string { return "as string" }

type W struct {
	A foo
	b foo
	P *pt
}

type bad struct{}

func (bad) String() string { panic("oops") }

type nilp struct{ s string }

func (n *nilp) String() string { return n.s }

// deep's String recurses 10 000 calls deep: the method runs across stack
// segments the runtime adds and removes on the way.
type deep int

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func (d deep) String() string { return fmt.Sprint("deep ", depth(int(d))) }

// waiter's String receives from a channel another goroutine sends on.
type waiter chan string

func (w waiter) String() string { return <-w }

func show(x interface{}) { fmt.Println(x) }

func main() {
	show(foo(3))
	fmt.Println(foo(4), []foo{1, 2}, map[foo]foo{1: 2})
	fmt.Printf("%v|%s|%d|%x|%q|%10s|%-8v|\n", foo(5), foo(6), foo(7), foo(8), foo(9), foo(10), foo(11))
	p := &pt{1, 2}
	fmt.Println(p, *p)
	fmt.Println(W{1, 2, p})
	fmt.Printf("%+v\n", W{1, 2, p})
	fmt.Println(E{"x"}, errors.New("plain"), both{})
	var err error = E{"y"}
	fmt.Println(err)
	fmt.Println(bad{}, "after")
	fmt.Printf("[%s]\n", bad{})
	var np *nilp
	fmt.Println(np)
	s := fmt.Sprint(foo(1), foo(2))
	fmt.Println(s, len(s))
	fmt.Println(deep(10000))
	w := make(waiter)
	go func() { w <- "from a goroutine" }()
	fmt.Println(w)
	fmt.Printf("%#U %#U %U %#U\n", '日', 'x', 0x1F600, '\n')
}
