// run

// A slice compared with nil: nil only when its array pointer is, so a
// slice made empty (make, a composite literal, reslicing a non-nil one) is
// not nil. The compiler used to refuse the comparison.

package main

import "fmt"

type S []int

func main() {
	var a []int
	b := make([]int, 0)
	c := []int{}
	d := a[0:0]
	var e S
	var f = []struct{}{}
	g := make([]struct{}, 0, 0)
	var m map[int]int
	var fn func()
	fmt.Println(a == nil, b == nil, c == nil, d == nil, e == nil, nil != e, f == nil, g == nil, m == nil, fn == nil)
	e = append(e, 1)
	fmt.Println(e != nil, b[:0] == nil, c[0:0:0] == nil)
}
