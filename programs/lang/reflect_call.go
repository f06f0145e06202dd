// run

// reflect.Value.Call and CallSlice: functions, closures and variadic
// functions called with arguments of every size, results read back, and
// panics going through the call to the caller's deferred recover.

package main

import (
	"fmt"
	"reflect"
)

type Big struct {
	A [40]int
	S string
}

func add(a int, b int8, s string) (int, string) { return a + int(b), s + "!" }

func sum(base float64, xs ...int) float64 {
	for _, x := range xs {
		base += float64(x)
	}
	return base
}

func big(b Big, n int) Big {
	b.A[39] += n
	b.S += "+"
	return b
}

func mixed(a byte, b int32, c byte, d int64, e bool, f float32) (byte, float32, bool) {
	return a + c + byte(b) + byte(d), f * 2, !e
}

func boom(msg string) { panic(msg) }

func try(f reflect.Value, args ...reflect.Value) {
	defer func() { fmt.Println("recovered:", recover()) }()
	out := f.Call(args)
	fmt.Println("returned", len(out))
}

func main() {
	out := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(40), reflect.ValueOf(int8(2)), reflect.ValueOf("hi")})
	fmt.Println(len(out), out[0].Int(), out[1].String(), out[0].CanSet())
	s := reflect.ValueOf(sum)
	fmt.Println(s.Call([]reflect.Value{reflect.ValueOf(0.5), reflect.ValueOf(1), reflect.ValueOf(2)})[0].Float(),
		s.Call([]reflect.Value{reflect.ValueOf(0.25)})[0].Float(),
		s.CallSlice([]reflect.Value{reflect.ValueOf(1.0), reflect.ValueOf([]int{3, 4})})[0].Float())
	k := 10
	clo := func(p [2]int) [2]int { k++; return [2]int{p[0] + k, p[1] * 2} }
	fmt.Println(reflect.ValueOf(clo).Call([]reflect.Value{reflect.ValueOf([2]int{1, 2})})[0].Interface(), k)
	var b Big
	b.A[39] = 1
	r := reflect.ValueOf(big).Call([]reflect.Value{reflect.ValueOf(b), reflect.ValueOf(5)})[0].Interface().(Big)
	fmt.Println(r.A[39], r.S, b.A[39])
	m := reflect.ValueOf(mixed).Call([]reflect.Value{reflect.ValueOf(byte(1)), reflect.ValueOf(int32(2)),
		reflect.ValueOf(byte(3)), reflect.ValueOf(int64(4)), reflect.ValueOf(true), reflect.ValueOf(float32(1.5))})
	fmt.Println(m[0].Uint(), m[1].Float(), m[2].Bool())
	var iface interface{} = 3
	fn := func(x interface{}, e error) string { return fmt.Sprint(x, e) }
	fmt.Println(reflect.ValueOf(fn).Call([]reflect.Value{reflect.ValueOf(&iface).Elem(), reflect.Zero(reflect.TypeOf((*error)(nil)).Elem())})[0])

	try(reflect.ValueOf(boom), reflect.ValueOf("inside"))
	try(reflect.ValueOf(add), reflect.ValueOf(1))
	try(reflect.ValueOf(add), reflect.ValueOf(1), reflect.ValueOf(int8(1)), reflect.ValueOf("s"), reflect.ValueOf(2))
	try(reflect.ValueOf(add), reflect.ValueOf(1), reflect.ValueOf(1), reflect.ValueOf("s"))
	try(reflect.ValueOf(sum), reflect.ValueOf(1.0), reflect.ValueOf("x"))
	var nilf func()
	try(reflect.ValueOf(nilf))
	try(reflect.ValueOf(1))
	try(reflect.ValueOf(func() {}))
}
