// run

// Conversions Go allows that are not a change of number or string
// representation: to interface types (explicit, of constants, of
// interfaces) and from a slice to an array pointer.

package main

import "fmt"

type I interface{ M() string }

type A struct{ x, y int }

func (a A) M() string { return fmt.Sprint("A", a.x, a.y) }

type collision struct{}

func (collision) Error() string { return "collision" }

type big struct{ a, b int }

func main() {
	fmt.Println(I(A{1, 2}).M(), (I)(A{3, 4}).M())
	fmt.Println(error(collision{}))
	e := interface{}(big{1, 2})
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%T %T %T %T\n", interface{}(1), interface{}(2.5), interface{}('x'), interface{}("s"))
	var i I = A{5, 6}
	var any interface{} = interface{}(i)
	fmt.Println(any.(I).M())
	j := I(any.(I))
	fmt.Println(j.M())

	y := make([]byte, 40)
	for k := range y {
		y[k] = byte(k)
	}
	p := (*[32]byte)(y[4:36])
	p[0] = 99
	fmt.Println(len(p), p[0], p[31], y[4])
	q := (*[0]int)(nil)
	fmt.Println(q == nil)
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	_ = (*[8]byte)(y[:7])
}
