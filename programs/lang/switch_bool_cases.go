// run

// Constant boolean cases may repeat: gc looks for duplicate cases only
// among integer, float and string constants, so a tagless switch over
// conditions that are all false (unsafe.Offsetof checks, as Go's
// test/sizeof.go writes them) is a valid program.
package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	A byte
	B int64
	C int16
}

func main() {
	var s S
	switch {
	case unsafe.Offsetof(s.A) != 0:
		fmt.Println("A")
	case unsafe.Offsetof(s.B) != 8:
		fmt.Println("B")
	case unsafe.Offsetof(s.C) != 16:
		fmt.Println("C")
	default:
		fmt.Println("layout as gc's")
	}
	x := true
	switch x {
	case true:
		fmt.Println("first")
	case true:
		fmt.Println("second")
	}
}
