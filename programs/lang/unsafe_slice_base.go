// run

// A slice or string expression whose result has no capacity (a string: no
// length) keeps the operand's base pointer, as gc's does, so that it never
// points past the end of the object; unsafe code can see it. Other results
// start at their low bound.
package main

import (
	"fmt"
	"unsafe"
)

func base(s []int) uintptr   { return *(*uintptr)(unsafe.Pointer(&s)) }
func sbase(s string) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := base(a)
	five, two := 5, 2
	fmt.Println(base(a[5:])-b, base(a[five:])-b, base(a[2:2:2])-b, base(a[two:two:two])-b)
	fmt.Println(base(a[2:2])-b, base(a[two:])-b, base(a[1:3:4])-b, len(a[five:]), cap(a[two:two:two]))
	s := "hello"
	p := sbase(s)
	fmt.Println(sbase(s[5:])-p, sbase(s[five:])-p, sbase(s[two:two])-p, sbase(s[two:])-p, sbase(s[1:])-p)
	var arr [4]byte
	ab := uintptr(unsafe.Pointer(&arr))
	fmt.Println(uintptr(unsafe.Pointer(&arr[1:][0]))-ab, len(arr[4:]))
}
