// run

// Variadic methods see their arguments: the lowering rebuilt a method's
// signature from its syntax and lost the slice type of the variadic
// parameter, so v.N(1, 2) saw len(args) == 0 (Go's test/ddd.go). A
// method's checked signature is now taken from its receiver's type.

package main

import "fmt"

type T []T

type V int

type W struct{ base int }

func (*T) Sum(args ...int) int {
	s := 0
	for _, a := range args {
		s += a
	}
	return s
}

func (v V) N(args ...int) int { return int(v) + len(args) }

func (w *W) Add(sep string, xs ...int) string {
	s := ""
	for _, x := range xs {
		s += sep + fmt.Sprint(w.base+x)
	}
	return s
}

type Summer interface{ Sum(...int) int }

func main() {
	fmt.Println(((*T)(nil)).Sum(1, 3, 5, 7), (*T).Sum(nil, 1, 3, 5, 6))
	var v V = 10
	fmt.Println(v.N(), v.N(1, 2), V.N(1, 2, 3))
	xs := []int{4, 5}
	fmt.Println(v.N(xs...))
	w := &W{100}
	fmt.Println(w.Add(",", 1, 2, 3), w.Add(";"))
	var s Summer = (*T)(nil)
	fmt.Println(s.Sum(1, 2), s.Sum())
	f := w.Add
	fmt.Println(f("|", 9))
	defer fmt.Println(v.N(1, 2, 3, 4))
}
