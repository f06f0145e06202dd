// run

// fmt.Println of composite values: structs, pointers to structs at the top,
// slices, arrays, interfaces held in fields and slices, nil values.
package main

import "fmt"

type point struct {
	X, Y int
	Name string
}

type box struct {
	P    *point
	Tags []string
	Any  interface{}
	Arr  [2]bool
}

func main() {
	p := point{1, 2, "a"}
	fmt.Println(p, &p, []int{1, 2, 3}, [2]string{"x", "y"})
	b := box{&p, []string{"t1", "t2"}, 3.5, [2]bool{true, false}}
	fmt.Println(b.Tags, b.Any, b.Arr)
	var nilp *point
	var s []int
	var e interface{}
	fmt.Println(nilp, s, e, []interface{}{1, "two", nil})
	fmt.Println(box{Tags: nil, Any: p})
}
