// run

// reflect: a field reached through an unexported embedded struct is
// read-only, but an exported field selected from it is settable and can
// become an interface again, while anything below an unexported field
// that is not embedded stays read-only.
package main

import (
	"fmt"
	"reflect"
)

type inner struct {
	Pub  int
	priv int
}

type Inner2 struct{ N int }

type outer struct {
	inner
	*Inner2
	hidden Inner2
	Ptr    *inner
}

func show(name string, v reflect.Value) {
	fmt.Printf("%s: CanSet=%v CanInterface=%v CanAddr=%v\n", name, v.CanSet(), v.CanInterface(), v.CanAddr())
}

func main() {
	o := outer{inner: inner{1, 2}, Inner2: &Inner2{3}, hidden: Inner2{4}, Ptr: &inner{5, 6}}
	v := reflect.ValueOf(&o).Elem()
	show("inner", v.Field(0))
	show("inner.Pub", v.Field(0).Field(0))
	show("inner.priv", v.Field(0).Field(1))
	show("Inner2", v.Field(1))
	show("Inner2.N", v.Field(1).Elem().Field(0))
	show("hidden", v.Field(2))
	show("hidden.N", v.Field(2).Field(0))
	show("Ptr.Pub", v.Field(3).Elem().Field(0))
	show("FieldByName(Pub)", v.FieldByName("Pub"))
	v.FieldByName("Pub").SetInt(10)
	fmt.Println(o.Pub, v.FieldByName("Pub").Interface())
	show("via Addr", v.Field(0).Addr().Elem().Field(0))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Field(2).Field(0).SetInt(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(v.Field(0).Interface())
	}()
	fmt.Printf("%v\n", v.Field(0).Field(0))
}
