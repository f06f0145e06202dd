// run

// Types made at run time: ArrayOf, MapOf, SliceOf, StructOf, FuncOf, ChanOf
// and PtrTo give the program's own descriptor when it has the type (== to
// TypeOf, type assertions succeed), else one built once.

package main

import (
	"fmt"
	"reflect"
)

type K struct {
	a, b int32
	c    float64
}

func main() {
	at := reflect.ArrayOf(8, reflect.TypeOf(""))
	fmt.Println(at, at == reflect.TypeOf([8]string{}), at.Comparable(), at.Size())
	a := reflect.New(at).Elem()
	a.Index(2).SetString("x")
	arr := a.Interface().([8]string)
	fmt.Println(arr[2], len(arr))
	a3 := reflect.ArrayOf(3, reflect.TypeOf(0))
	fmt.Println(a3, a3.Len(), reflect.New(a3).Elem().Interface())
	mt := reflect.MapOf(reflect.TypeOf(K{}), reflect.TypeOf(true))
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf(K{1, 2, 3}), reflect.ValueOf(true))
	fmt.Println(mt, m.Len(), m.MapIndex(reflect.ValueOf(K{1, 2, 3})))
	type M map[K]bool
	var x M
	reflect.ValueOf(&x).Elem().Set(m)
	fmt.Println(x[K{1, 2, 3}])
	st := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(0), Tag: `json:"a"`},
		{Name: "B", Type: reflect.SliceOf(reflect.TypeOf(""))},
		{Name: "c", Type: reflect.TypeOf(int8(0)), PkgPath: "main"},
	})
	fmt.Println(st, st.Size(), st.NumField(), st.Field(1).Offset, st.Field(0).Tag.Get("json"), st.Comparable())
	sv := reflect.New(st).Elem()
	sv.Field(0).SetInt(5)
	sv.Field(1).Set(reflect.ValueOf([]string{"q"}))
	fmt.Printf("%v %+v\n", sv.Interface(), sv.Interface())
	s2 := reflect.StructOf([]reflect.StructField{{Name: "X", Type: reflect.TypeOf(0)}})
	fmt.Println(s2 == reflect.TypeOf(struct{ X int }{}), reflect.SliceOf(reflect.TypeOf(0)) == reflect.TypeOf([]int{}))
	ft := reflect.FuncOf([]reflect.Type{reflect.TypeOf(0), reflect.TypeOf([]string{})}, []reflect.Type{reflect.TypeOf(false)}, true)
	fmt.Println(ft, ft.NumIn(), ft.IsVariadic(), ft.Out(0))
	fmt.Println(reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)), reflect.ChanOf(reflect.BothDir, reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0))))
	fmt.Println(reflect.PtrTo(reflect.TypeOf([]int{})) == reflect.TypeOf(&[]int{}), reflect.PtrTo(reflect.TypeOf(map[int]K{})))
	defer func() { fmt.Println(recover()) }()
	reflect.MapOf(reflect.TypeOf([]int{}), reflect.TypeOf(0))
}
