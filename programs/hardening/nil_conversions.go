// run

// Conversions of nil to every type that has it: []int(nil) was refused
// ("not yet supported by the compiler: this conversion") after check
// accepted it; T(nil) is T's zero value.

package main

import "fmt"

type F func(int) int
type M map[string]int

func main() {
	x := []int(nil)
	m := map[string]int(nil)
	c := (chan int)(nil)
	f := F(nil)
	p := (*int)(nil)
	var i interface{} = M(nil)
	e := error(nil)
	fmt.Println(x == nil, len(x), cap(x), m == nil, len(m), c == nil, f == nil, p == nil, i, e == nil)
	fmt.Printf("%T %T %v %d\n", x, i, x, append([]int(nil), 1, 2))
}
