// run

// reflect.Type over the compiler's type descriptors: names, package
// paths, kinds, sizes, struct fields with tags and embedding, func
// signatures, channel directions, map keys, comparability, assignability
// and convertibility.

package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Inner struct {
	N int `json:"n,omitempty"`
}

type Outer struct {
	Inner
	*Celsius
	name  string `db:"name" json:"-"`
	Tags  map[string][]int
	Ch    <-chan bool
	F     func(int, ...string) (bool, error)
	Arr   [3]uint16
	iface interface{}
}

type Pair struct{ A, B int }
type Pair2 struct{ A, B int }

func main() {
	for _, v := range []interface{}{1, int8(2), uint64(3), 1.5, float32(2), "s", true, Celsius(3),
		[]byte("x"), [2]string{}, map[int]bool{}, &Inner{}, Outer{}, make(chan int), Pair{}, struct{ X int }{}} {
		t := reflect.TypeOf(v)
		fmt.Printf("%-22s kind=%-7v name=%-8q pkg=%-6q size=%-3d align=%d comparable=%v\n",
			t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
	}
	t := reflect.TypeOf(Outer{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(i, f.Name, f.PkgPath, f.Type, f.Offset, f.Index, f.Anonymous, f.IsExported(),
			f.Tag.Get("json"), f.Tag.Get("db"))
	}
	if f, ok := t.FieldByName("N"); ok {
		fmt.Println("N:", f.Index, f.Type, f.Tag)
	}
	_, ok := t.FieldByName("missing")
	fmt.Println("missing:", ok)
	v, ok := reflect.StructTag(`a:"1" b:"two words" c:"\"q\""`).Lookup("c")
	fmt.Println(v, ok, reflect.StructTag(`a:"1" b:"two words"`).Get("b"))

	ft := t.Field(5).Type
	fmt.Println(ft.NumIn(), ft.NumOut(), ft.In(0), ft.In(1), ft.Out(0), ft.Out(1), ft.IsVariadic())
	ct := t.Field(4).Type
	fmt.Println(ct.ChanDir(), ct.Elem(), reflect.TypeOf(make(chan<- int)).ChanDir())
	mt := t.Field(3).Type
	fmt.Println(mt.Key(), mt.Elem(), mt.Elem().Elem())
	at := t.Field(6).Type
	fmt.Println(at.Len(), at.Elem(), at.Elem().Bits())
	fmt.Println(reflect.TypeOf(&Inner{}).Elem() == reflect.TypeOf(Inner{}))
	fmt.Println(reflect.PtrTo(reflect.TypeOf(Inner{})) == reflect.TypeOf(&Inner{}))
	fmt.Println(reflect.PointerTo(reflect.TypeOf(Celsius(0))), reflect.PtrTo(reflect.TypeOf(Pair2{})))

	p, p2, anon := reflect.TypeOf(Pair{}), reflect.TypeOf(Pair2{}), reflect.TypeOf(struct{ A, B int }{})
	fmt.Println(p.AssignableTo(p2), anon.AssignableTo(p), p.AssignableTo(anon), p.ConvertibleTo(p2))
	fmt.Println(reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]rune{})),
		reflect.TypeOf(1.5).ConvertibleTo(reflect.TypeOf(true)))
	var e interface{}
	fmt.Println(p.AssignableTo(reflect.TypeOf(&e).Elem()), reflect.TypeOf(&e).Elem().Kind())
	fmt.Println(reflect.TypeOf(nil) == nil)
	for _, k := range []reflect.Kind{reflect.Invalid, reflect.Ptr, reflect.UnsafePointer, reflect.Complex128, 99} {
		fmt.Print(k, " ")
	}
	fmt.Println()

	for _, f := range []func(){
		func() { reflect.TypeOf(1).Elem() },
		func() { reflect.TypeOf(1).Field(0) },
		func() { reflect.TypeOf(Pair{}).Field(5) },
		func() { reflect.TypeOf("").Key() },
		func() { reflect.TypeOf("").Bits() },
		func() { reflect.TypeOf(1).NumIn() },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
}
