// run

// A switch compares its tag with each case as == does: strings,
// interfaces (nil, and concrete case values converted to the tag's
// interface), structs and arrays. The compiler refused every tag that is
// not a number, bool or pointer ("switch on this type"), though check
// accepted them.

package main

import "fmt"

type P struct{ x, y int }

type E struct{}

func (E) Error() string { return "E" }

func kind(x any) string {
	switch x {
	case nil:
		return "nil"
	case 1:
		return "int 1"
	case "a":
		return "string a"
	case P{1, 2}:
		return "P{1,2}"
	case 2.5:
		return "2.5"
	}
	return "other"
}

func main() {
	s := "b"
	switch s {
	case "a":
		fmt.Println("a")
	case "b", "c":
		fmt.Println("b or c")
	}
	switch "x" + s {
	case "xb":
		fmt.Println("xb")
	default:
		fmt.Println("default")
	}
	for _, x := range []any{nil, 1, "a", P{1, 2}, 2.5, P{2, 1}, int8(1)} {
		fmt.Println(kind(x))
	}
	switch (P{3, 4}) {
	case P{3, 4}:
		fmt.Println("P{3,4}")
	}
	switch [2]string{"a", "b"} {
	case [2]string{"a", "c"}:
		fmt.Println("no")
	case [2]string{"a", "b"}:
		fmt.Println("[a b]")
	}
	var err error = E{}
	switch err {
	case nil:
		fmt.Println("nil error")
	case E{}:
		fmt.Println("E{}")
	}
	var e2 error
	switch e2 {
	case nil:
		fmt.Println("nil error")
	}
	n := 2
	switch n {
	case 1:
	case 2:
		fmt.Println("two")
	}
}
