// run

// Type assertions to interface types, interface cases of type switches
// and conversions between interface types: itabs built at run time.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Named interface{ Name() string }

type Scaler interface {
	Shape
	Scale(f float64)
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string  { return "rect" }
func (r *Rect) Scale(f float64) {
	r.W *= f
	r.H *= f
}

type Circle struct{ R float64 }

func (c *Circle) Area() float64  { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }
func (c *Circle) String() string { return fmt.Sprintf("Circle(%g)", c.R) }

// Embedding promotes Rect's methods, and *Rect's through the pointer.
type Box struct {
	*Rect
	label string
}

type secret interface{ hidden() int }

type S int

func (s S) hidden() int { return int(s) * 2 }

type Wrapper struct{ Named }

var nilRect *Rect
var nilNamed Named = nilRect

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case Scaler:
		return "scaler " + v.Name()
	case fmt.Stringer, error:
		return fmt.Sprint("stringer or error ", v)
	case Shape:
		return fmt.Sprintf("shape %s %.1f", v.Name(), v.Area())
	case Named:
		return "named " + v.Name()
	case secret:
		return fmt.Sprint("secret ", v.hidden())
	case int:
		return "int"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %T %v %v\n", name, r, ok, isRT)
		if ok {
			fmt.Println("  ", err.Error())
		}
	}()
	f()
}

func main() {
	var x interface{} = Rect{2, 3}
	s, ok := x.(Shape)
	fmt.Println(ok, s.Name(), s.Area())
	_, ok = x.(Scaler)
	fmt.Println("Rect is Scaler:", ok)
	x = &Rect{1, 1}
	sc, ok := x.(Scaler)
	sc.Scale(3)
	fmt.Println("*Rect is Scaler:", ok, sc.Area())

	vals := []interface{}{nil, Rect{1, 2}, &Rect{1, 2}, &Circle{1}, Box{&Rect{2, 2}, "b"},
		S(21), 7, "str", Wrapper{Rect{}}, fmt.Errorf("an error")}
	for _, v := range vals {
		fmt.Println(describe(v))
	}

	// Interface to interface: the itab of the dynamic type.
	var sh Shape = &Circle{2}
	var n Named = sh
	fmt.Println(n.Name(), n == sh, n != nil)
	var st fmt.Stringer = sh.(fmt.Stringer)
	fmt.Println(st)
	var nilShape Shape
	n = nilShape
	fmt.Println(n == nil)
	n = Named(sh)
	fmt.Println(n.Name())

	// Method values and expressions through interfaces.
	f := sh.Area
	g := Shape.Name
	fmt.Println(f(), g(sh))

	// Failing assertions panic with gc's messages.
	try("nil to iface", func() { _ = nilShape.(Scaler) })
	try("missing method", func() { _ = sh.(Scaler) })
	try("missing String", func() { var e interface{} = Rect{}; _ = e.(fmt.Stringer) })
	try("unexported method", func() { var e interface{} = Rect{}; _ = e.(interface{ hidden() int }) })
	try("concrete", func() { var e interface{} = 1; _ = e.(string) })
	try("to empty", func() { var e interface{}; _ = e.(interface{}) })
	try("index", func() { a := []int{}; i := 3; _ = a[i] })
	try("divide", func() { a, b := 1, 0; _ = a / b })
	try("nil map", func() { var m map[string]int; m["a"] = 1 })
	try("value method, nil pointer", func() { nilNamed.Name() })

	// The same itab is found again (cached) and works for many values.
	total := 0.0
	for i := 0; i < 1000; i++ {
		var v interface{} = Rect{float64(i), 1}
		if s, ok := v.(Shape); ok {
			total += s.Area()
		}
	}
	fmt.Println(total)

	// A runtime error's Error text, through the error interface.
	func() {
		defer func() {
			e := recover().(error)
			fmt.Println(strings.HasPrefix(e.Error(), "runtime error:"))
		}()
		var p *Circle
		_ = p.R
	}()
}
