// run

// reflect's methods: Method, NumMethod, MethodByName and Implements on
// concrete and interface types, method values bound to a receiver, method
// expressions through Method.Func, Set into an interface with methods.

package main

import (
	"fmt"
	"reflect"
)

type T struct{ N int }

func (t T) Get() int            { return t.N }
func (t *T) Set(n int)          { t.N = n }
func (t T) Add(a, b int) int    { return t.N + a + b }
func (t T) unexported()         {}
func (t T) String() string      { return fmt.Sprint("T", t.N) }

type Getter interface{ Get() int }

func main() {
	t := reflect.TypeOf(T{})
	pt := reflect.TypeOf(&T{})
	fmt.Println(t.NumMethod(), pt.NumMethod())
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(m.Name, m.Type, m.Index, m.PkgPath)
	}
	x := &T{1}
	v := reflect.ValueOf(x)
	v.MethodByName("Set").Call([]reflect.Value{reflect.ValueOf(7)})
	fmt.Println(x.N, v.Method(0).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})[0], v.MethodByName("Get").Call(nil)[0])
	m, ok := t.MethodByName("Add")
	fmt.Println(m.Type, ok, m.Func.Call([]reflect.Value{reflect.ValueOf(T{10}), reflect.ValueOf(1), reflect.ValueOf(1)})[0])
	gt := reflect.TypeOf((*Getter)(nil)).Elem()
	fmt.Println(gt.NumMethod(), gt.Method(0).Name, gt.Method(0).Type, t.Implements(gt), reflect.TypeOf(1).Implements(gt))
	f := v.MethodByName("Get").Interface().(func() int)
	fmt.Println(f(), v.MethodByName("Nope").IsValid(), v.Method(2).Type())
	var g Getter
	gv := reflect.ValueOf(&g).Elem()
	gv.Set(reflect.ValueOf(T{42}))
	fmt.Println(g.Get(), gv.NumMethod(), gv.Method(0).Call(nil)[0])
	et := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(et, et.NumMethod(), et.Method(0).Type, reflect.TypeOf(fmt.Errorf("x")).Implements(et))
}
