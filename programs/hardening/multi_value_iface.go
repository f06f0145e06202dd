// run

// Values of several results (a call's, or v, ok of a map index, a
// receive or a type assertion) are converted to each destination's type,
// as single values are: an interface-typed destination boxes them. The
// destinations: variables, struct fields (through a pointer too), map and
// slice and array elements, package variables, variables := declares again,
// var declarations, range and select targets; and results (return f()) and
// arguments (f(g()), variadic, defer and go). splitgo stored the raw
// value, so `t.v, _ = f()` with an int64 into an interface field crashed
// the generated code (SIGSEGV), and the compiler refused defer f(g()).

package main

import "fmt"

type T struct{ v any }

func f() (int64, bool)   { return 42, true }
func g() (string, error) { return "s", nil }

var gl any
var gl2 any

func h() (any, any) { return f() }

type I interface{ M() int }
type K int

func (k K) M() int { return int(k) * 2 }

func kk() (K, int) { return 21, 1 }
func ki() (I, any) { return kk() }

func assignForms() {
	var t T
	t.v, _ = f()
	fmt.Println(t.v)
	var x, y any
	x, y = f()
	fmt.Println(x, y)
	a, b := h()
	fmt.Println(a, b)
	gl, gl2 = f()
	fmt.Println(gl, gl2)
	m := map[string]any{}
	m["a"], m["b"] = f()
	fmt.Println(m["a"], m["b"])
	s := make([]any, 2)
	s[0], s[1] = f()
	fmt.Println(s)
	mi := map[string]int{"k": 7}
	var ok any
	x, ok = mi["k"]
	fmt.Println(x, ok)
	t.v, ok = mi["z"]
	fmt.Println(t.v, ok)
	ch := make(chan int, 1)
	ch <- 5
	x, ok = <-ch
	fmt.Println(x, ok)
	var e any = 3.5
	x, ok = e.(float64)
	fmt.Println(x, ok)
	s[0], s[1] = e.(int)
	fmt.Println(s)
	var i I
	i, x = kk()
	fmt.Println(i.M(), x)
	i2, x2 := ki()
	fmt.Println(i2.M(), x2)
	var arr [2]any
	arr[0], arr[1] = f()
	fmt.Println(arr)
	p := &T{}
	close(ch)
	p.v, ok = <-ch
	fmt.Println(p.v, ok)
	var y2, z2 any = f()
	fmt.Println(y2, z2)
	var i3, z3 = kk()
	fmt.Println(i3, z3)
}

func two(a, b any) { fmt.Println("two", a, b) }

type E struct{ s string }

func (e *E) Error() string { return e.s }

func ge() (*E, int) { return &E{"boom"}, 3 }

func re() (error, any) { return ge() }

func iterationForms() {
	var x any
	for _, x = range []int{1, 2} {
		fmt.Println(x)
	}
	var k any
	for k = range map[string]int{"a": 1} {
		fmt.Println(k)
	}
	for k, x = range [2]string{"p", "q"} {
		fmt.Println(k, x)
	}
	for k, x = range "hé" {
		fmt.Println(k, x)
	}
	ch := make(chan int, 2)
	ch <- 9
	ch <- 10
	var ok any
	select {
	case x, ok = <-ch:
		fmt.Println(x, ok)
	}
	for x = range ch {
		fmt.Println(x)
		if len(ch) == 0 {
			break
		}
	}
	two(f())
	mm := map[int]any{}
	mm[1], ok = map[int]int{1: 5}[1]
	fmt.Println(mm[1], ok)
	var err error
	err, x = ge()
	fmt.Println(err.Error(), x)
	e2, y2 := re()
	fmt.Println(e2.Error(), y2)
	type B bool
	var b B
	x, b = map[int]int{}[3]
	fmt.Println(x, b)
	var arr [2]any
	i := 0
	arr[i], arr[i+1] = f()
	fmt.Println(arr)
	ps := &struct{ a, b any }{}
	ps.a, ps.b = f()
	fmt.Println(ps.a, ps.b)
}

func v(a int64, rest ...any) { fmt.Println("v", a, rest) }
func w(rest ...any)          { fmt.Println("w", rest, len(rest)) }

func argumentForms() {
	fmt.Println(f())
	v(f())
	w(f())
	defer w(f())
	defer v(f())
	go w()
}

func main() {
	assignForms()
	iterationForms()
	argumentForms()
}
