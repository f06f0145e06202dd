// run

// A failed assertion panics with a *runtime.TypeAssertionError that the
// program can name: in assertions, type switches and errors.As, and as a
// runtime.Error; the value type TypeAssertionError never matches.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type S struct{}

func (S) M() {}

type I interface{ M() }
type J interface{ N() }

func try(f func()) {
	defer func() {
		r := recover()
		e, ok := r.(*runtime.TypeAssertionError)
		fmt.Println(ok, e != nil)
		if ok {
			fmt.Println(e.Error())
			var re runtime.Error = e
			fmt.Printf("%T %v\n", re, re)
		}
		var target *runtime.TypeAssertionError
		if err, isErr := r.(error); isErr {
			fmt.Println(errors.As(err, &target), target == e)
		}
		switch v := r.(type) {
		case *runtime.TypeAssertionError:
			fmt.Println("switch:", v)
		case runtime.Error:
			fmt.Println("other runtime error:", v)
		}
		_, isVal := r.(runtime.TypeAssertionError)
		fmt.Println(isVal)
	}()
	f()
}

func main() {
	var x interface{} = "str"
	try(func() { _ = x.(int) })
	var i I = S{}
	try(func() { _ = i.(J) })
	var n interface{}
	try(func() { _ = n.(string) })
	try(func() {
		a := []int{1}
		k := 5
		_ = a[k]
	})
}
