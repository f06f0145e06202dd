// run

// reflect on complex numbers: Kind, Complex, SetComplex, conversions
// between complex64 and complex128, IsZero, DeepEqual, the overflow check.

package main

import (
	"fmt"
	"math"
	"reflect"
)

type C complex64

func main() {
	for _, x := range []interface{}{complex64(1 + 2i), 3 - 4i, C(5i)} {
		v := reflect.ValueOf(x)
		fmt.Println(v.Kind(), v.Type(), v.Complex(), v.CanComplex(), v.IsZero(), v.Type().Bits(), v.Type().Size())
	}
	var c complex128
	v := reflect.ValueOf(&c).Elem()
	v.SetComplex(1.5 - 0.5i)
	fmt.Println(c, v.Convert(reflect.TypeOf(complex64(0))).Complex(), v.Convert(reflect.TypeOf(C(0))).Interface())
	var c64 complex64
	reflect.ValueOf(&c64).Elem().SetComplex(complex(math.Pi, -math.E))
	fmt.Println(c64, reflect.ValueOf(c64).OverflowComplex(1e39), reflect.ValueOf(c).OverflowComplex(1e300))
	fmt.Println(reflect.DeepEqual(1+1i, 1+1i), reflect.DeepEqual(complex64(1), complex128(1)), reflect.Zero(reflect.TypeOf(c)).IsZero())
	fmt.Println(reflect.ValueOf(2i).Convert(reflect.TypeOf(C(0))).Type(), reflect.TypeOf(1i).ConvertibleTo(reflect.TypeOf(1.0)))
	defer func() { fmt.Println(recover()) }()
	reflect.ValueOf(1.0).Complex()
}
