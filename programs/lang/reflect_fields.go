// run

// FieldByNameFunc through embedded structs, CanInt/CanUint, the Overflow
// checks, SetIterKey/SetIterValue and UnsafeAddr.

package main

import (
	"fmt"
	"reflect"
	"strings"
)

type In struct{ Xa, Yb int }
type Out struct {
	In
	Za int
}

func main() {
	t := reflect.TypeOf(Out{})
	f, ok := t.FieldByNameFunc(func(s string) bool { return strings.HasPrefix(s, "Y") })
	fmt.Println(f.Name, f.Index, ok)
	_, ok = t.FieldByNameFunc(func(s string) bool { return strings.HasSuffix(s, "a") })
	fmt.Println(ok)
	v := reflect.ValueOf(Out{In{1, 2}, 3})
	fmt.Println(v.FieldByNameFunc(func(s string) bool { return s == "Xa" }), v.Field(1).CanInt(), v.Field(1).CanUint(), v.Field(1).OverflowInt(1<<40))
	i8 := reflect.ValueOf(int8(0))
	fmt.Println(i8.OverflowInt(127), i8.OverflowInt(128), i8.OverflowInt(-129), reflect.ValueOf(uint16(0)).OverflowUint(65536), reflect.ValueOf(float32(0)).OverflowFloat(1e39))
	var k string
	var val int
	it := reflect.ValueOf(map[string]int{"a": 1}).MapRange()
	it.Next()
	reflect.ValueOf(&k).Elem().SetIterKey(it)
	reflect.ValueOf(&val).Elem().SetIterValue(it)
	fmt.Println(k, val, reflect.ValueOf(&k).Elem().UnsafeAddr() != 0)
}
