// run

// reflect.DeepEqual on every kind: nil and empty slices and maps, NaNs,
// pointers, interfaces holding different types, funcs, unexported
// fields, and cyclic values.

package main

import (
	"fmt"
	"math"
	"reflect"
)

type node struct {
	v    int
	next *node
}

type T struct {
	A []int
	m map[string]*node
	I interface{}
}

func main() {
	nan := math.NaN()
	a := &node{v: 1}
	a.next = a
	b := &node{v: 1}
	b.next = b
	c := &node{v: 2}
	c.next = c
	f := func() {}
	var nf func()
	cases := [][2]interface{}{
		{1, 1}, {1, int64(1)}, {"a", "a"}, {nil, nil}, {nil, 0},
		{[]int{}, []int(nil)}, {[]int(nil), []int(nil)}, {[]int{1, 2}, []int{1, 2}}, {[]int{1}, []int{2}},
		{map[int]int{}, map[int]int(nil)}, {map[int][]int{1: {2}}, map[int][]int{1: {2}}},
		{map[int]int{1: 2}, map[int]int{2: 1}}, {nan, nan}, {[]float64{nan}, []float64{nan}},
		{a, b}, {a, c}, {*a, *b}, {f, f}, {nf, nf}, {[2]string{"x", "y"}, [2]string{"x", "y"}},
		{T{A: []int{1}, m: map[string]*node{"a": a}, I: 1.5}, T{A: []int{1}, m: map[string]*node{"a": b}, I: 1.5}},
		{T{I: 1}, T{I: int8(1)}}, {struct{}{}, struct{}{}}, {&[]int{1}, &[]int{1}},
		{[]interface{}{1, "a", nil}, []interface{}{1, "a", nil}}, {make(chan int), make(chan int)},
	}
	for i, c := range cases {
		fmt.Println(i, reflect.DeepEqual(c[0], c[1]))
	}
	s := []interface{}{1}
	s[0] = s
	fmt.Println(reflect.DeepEqual(s, s))
	m := map[string]interface{}{}
	m["self"] = m
	fmt.Println(reflect.DeepEqual(m, m))
}
