// run

package main

// fmt prints maps as gc does: map[k:v ...] with the keys sorted (numbers
// by value, strings by bytes, structs field by field, false before true),
// nested in structs with %+v, nil as map[], and an interface field holding
// a value with methods by that value.

import "fmt"

type K struct {
	A string
	B int
}

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

type Holder struct {
	M  map[string]int
	Sh Shape
}

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m, len(m))
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "x"})
	fmt.Println(map[K]bool{{"b", 1}: true, {"a", 2}: false, {"a", 1}: true})
	fmt.Printf("%v %d\n", m, len(m))
	fmt.Printf("%+v\n", Holder{M: map[string]int{"x": 1}, Sh: Sq{3}})
	var nilm map[string]int
	fmt.Println(nilm)
	var any interface{} = map[float64]string{2.5: "b", -1: "a"}
	fmt.Println(any)
	fmt.Println(fmt.Sprint(map[bool]int{true: 1, false: 0}))
	mi := map[interface{}]int{"s": 1, 2: 2}
	fmt.Println(len(mi))
}
