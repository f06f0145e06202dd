// run

package main

// == on values one instruction cannot compare: interfaces (dynamic type
// and value; a concrete operand is converted to the interface), errors
// against sentinel values, structs field by field, arrays element by
// element; comparing two interfaces holding slices is a run-time error,
// recovered here.

import (
	"errors"
	"fmt"
	"strconv"
)

type P struct {
	X, Y int
	S    string
}

var ErrX = errors.New("x")

func get(i int) error {
	if i == 0 {
		return ErrX
	}
	return errors.New("x")
}

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b, a != b)
	b = "1"
	fmt.Println(a == b)
	a, b = "1", "1"
	fmt.Println(a == b)
	fmt.Println(P{1, 2, "a"} == P{1, 2, "a"}, P{1, 2, "a"} == P{1, 2, "b"})
	fmt.Println([3]int{1, 2, 3} == [3]int{1, 2, 3}, [2]string{"a", "b"} != [2]string{"a", "b"})
	fmt.Println(get(0) == ErrX, get(1) == ErrX)
	var x interface{} = 1.5
	fmt.Println(x == 1.5, x == 2)
	_, err := strconv.Atoi("99999999999999999999")
	fmt.Println(err != nil)
	var s1, s2 interface{} = []int{1}, []int{1}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(s1 == s2)
}
