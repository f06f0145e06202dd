// run

package main

// %#v calls GoString (value and pointer receivers; a panicking one prints
// Go's %!v(PANIC=GoString method: ...) note), prints embedded fields by
// their type's name, nil funcs, maps and interfaces as (T)(nil) and T(nil),
// and %T spells types as reflect does (`struct { a []struct { b int } }`).
// Before, %#v printed as %v and GoString was never called.

import (
	"errors"
	"fmt"
)

type gp struct{ v int }

func (g *gp) GoString() string { return "gp!" }

type bad struct{}

func (bad) GoString() string { panic("boom") }

type inner struct{ X int }

type emb struct {
	*inner
	error
	fmt.Stringer
}

type fn func(int) string

func main() {
	var f func()
	var c chan int
	var m map[string]interface{}
	fmt.Printf("%v %#v %T %T %T %T\n", f, f, c, m, fn(nil), []interface{}{})
	fmt.Printf("%#v %#v %v\n", &gp{1}, gp{2}, &gp{3})
	fmt.Printf("%#v|%v\n", bad{}, bad{})
	fmt.Printf("%#v\n", emb{nil, nil, nil})
	fmt.Printf("%+v\n", emb{nil, nil, nil})
	fmt.Printf("%v %+v %s\n", errors.New("x"), []error{errors.New("y"), nil}, errors.New("z"))
	fmt.Printf("%T %T\n", struct{}{}, struct{ a []struct{ b int } }{})
	fmt.Printf("%5.1v|%-5v|%05v|%x\n", []string{"abc"}, map[int]int{1: 2}, []float64{1.5}, [][]byte{[]byte("ab")})
	fmt.Printf("%#v %#v %#v\n", map[interface{}]int{1: 1, "a": 2}, [1]interface{}{nil}, struct{ P *int }{})
	fmt.Println(map[int]string{}, struct{}{}, [0]int{}, &struct{}{})
	fmt.Printf("%1000001d|%.1000001d|\n", 1, 2)
	fmt.Printf("%#o %#O %O %#x %#X %#b\n", 0, 8, -8, 0, -255, -5)
	fmt.Printf("%#.0f %#.0e %#g %#v %#.4x\n", 1.0, 2.0, 100000.0, 1.0, 1.0)
	fmt.Printf("%c %c %q %U %#U\n", -1, 0x110000, -1, -1, 0x1F600)
	fmt.Printf("%6.2f%% done %v\n", 99.5, true)
	fmt.Printf("%s\n", fmt.Sprint("a", 1, 2, "b", errors.New("c"), 3))
}
