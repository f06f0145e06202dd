// run

// reflect.VisibleFields (promotion, shadowing, ambiguity, embedded
// pointers, recursion), Value.CanConvert, FieldByIndexErr, InterfaceData,
// NewAt, UnsafePointer and SetPointer.

package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type Inner struct {
	A, B int
	c    string
}

type Other struct {
	B string
	D float64
}

type Deep struct{ Inner }

type Outer struct {
	Inner
	*Other
	A    bool
	E    []byte `json:"e"`
	Deep
}

type Node struct {
	V int
	*Node
}

type Named struct{ X int }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %v\n", name, r)
		}
	}()
	f()
}

func main() {
	for _, t := range []reflect.Type{reflect.TypeOf(Outer{}), reflect.TypeOf(Node{}), reflect.TypeOf(struct{}{})} {
		fmt.Println(t)
		for _, f := range reflect.VisibleFields(t) {
			fmt.Printf("  %s %v %v anon=%v exp=%v tag=%q off=%d\n", f.Name, f.Type, f.Index, f.Anonymous, f.IsExported(), f.Tag, f.Offset)
		}
	}
	try("nil", func() { reflect.VisibleFields(nil) })
	try("int", func() { reflect.VisibleFields(reflect.TypeOf(1)) })

	// CanConvert.
	s := reflect.ValueOf([]int{1, 2, 3})
	fmt.Println(s.CanConvert(reflect.TypeOf((*[3]int)(nil))), s.CanConvert(reflect.TypeOf((*[4]int)(nil))))
	fmt.Println(reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf("x").CanConvert(reflect.TypeOf(1)))
	fmt.Println(reflect.ValueOf(1.5).CanConvert(reflect.TypeOf(int8(0))), reflect.ValueOf(Named{}).CanConvert(reflect.TypeOf(struct{ X int }{})))

	// FieldByIndexErr.
	o := Outer{}
	v := reflect.ValueOf(o)
	f, err := v.FieldByIndexErr([]int{1, 1})
	fmt.Println(f.IsValid(), err)
	f, err = v.FieldByIndexErr([]int{0, 1})
	fmt.Println(f, err)
	o.Other = &Other{D: 2.5}
	f, err = reflect.ValueOf(o).FieldByIndexErr([]int{1, 1})
	fmt.Println(f, err)
	f, err = v.FieldByIndexErr([]int{3})
	fmt.Println(f, err)
	try("not struct", func() { reflect.ValueOf(1).FieldByIndexErr([]int{0, 1}) })

	// InterfaceData.
	var e any = 5
	ev := reflect.ValueOf(&e).Elem()
	d := ev.InterfaceData()
	fmt.Println(d[0] != 0, d[1] != 0)
	var ne any
	d = reflect.ValueOf(&ne).Elem().InterfaceData()
	fmt.Println(d)
	try("idata", func() { reflect.ValueOf(1).InterfaceData() })

	// NewAt, UnsafePointer, SetPointer.
	x := 41
	p := reflect.NewAt(reflect.TypeOf(0), unsafe.Pointer(&x))
	p.Elem().SetInt(42)
	fmt.Println(x, p.Type(), p.CanAddr(), p.Elem().CanSet())
	fmt.Println(reflect.ValueOf(&x).UnsafePointer() == unsafe.Pointer(&x))
	sl := []int{9, 8}
	fmt.Println(reflect.ValueOf(sl).UnsafePointer() == unsafe.Pointer(&sl[0]))
	var nm map[int]int
	fmt.Println(reflect.ValueOf(nm).UnsafePointer() == nil, reflect.ValueOf(main).UnsafePointer() != nil)
	var fnil func()
	fmt.Println(reflect.ValueOf(fnil).UnsafePointer() == nil)
	var up unsafe.Pointer
	uv := reflect.ValueOf(&up).Elem()
	uv.SetPointer(unsafe.Pointer(&x))
	fmt.Println(up == unsafe.Pointer(&x), *(*int)(up))
	try("unsafeptr int", func() { reflect.ValueOf(1).UnsafePointer() })
	try("setptr int", func() { reflect.ValueOf(&x).Elem().SetPointer(nil) })
	try("setptr unaddr", func() { reflect.ValueOf(up).SetPointer(nil) })
}
