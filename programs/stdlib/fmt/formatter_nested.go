// run

// fmt.Formatter nested: embedded and promoted Format methods, a Format
// printing other Formatters, nil pointers, Format before String and Error,
// and Formatters reached through reflect.Value and maps.
package main

import (
	"fmt"
	"io"
	"reflect"
)

type V struct{ n int }

func (v V) Format(s fmt.State, c rune) { io.WriteString(s, fmt.Sprintf("V%d", v.n)) }

type Outer struct {
	V
	W inner
}

type inner struct{ x int }

func (i inner) Format(s fmt.State, c rune) {
	fmt.Fprintf(s, "in(%v,%+v)", V{i.x}, []V{{i.x + 1}})
}

type both struct{}

func (both) Format(s fmt.State, c rune) { s.Write([]byte("F")) }
func (both) String() string               { return "S" }
func (both) Error() string                { return "E" }

func main() {
	var nv *V
	fmt.Println(nv, []*V{nil, {2}})
	fmt.Printf("%v|%s|%d\n", Outer{V{1}, inner{5}}, &Outer{}, []interface{}{inner{7}, 3})
	fmt.Println(both{}, fmt.Sprintf("%s %q %#v %x", both{}, both{}, both{}, both{}))
	fmt.Println(fmt.Errorf("e: %w", both{}))
	fmt.Println(reflect.ValueOf(V{9}), fmt.Sprint(reflect.ValueOf(inner{1})))
	fmt.Printf("%v %v\n", map[V]inner{{1}: {2}}, [1]both{})
}
