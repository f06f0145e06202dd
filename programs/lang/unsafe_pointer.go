// run

// unsafe.Pointer as a pointer type everywhere (comparison, nil, map keys,
// interfaces, type switches, fmt), Sizeof/Alignof/Offsetof as constants of
// gc's amd64 layout, pointer arithmetic through uintptr and unsafe.Add,
// reinterpreting memory, and unsafe.Slice with its panics.
package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	a byte
	b int32
	c [3]int16
	d string
	e struct{}
}

type Emb struct {
	x int8
	T
}

func main() {
	var t T
	fmt.Println(unsafe.Sizeof(t), unsafe.Alignof(t), unsafe.Offsetof(t.b), unsafe.Offsetof(t.c), unsafe.Offsetof(t.d), unsafe.Offsetof(t.e))
	var e Emb
	fmt.Println(unsafe.Offsetof(e.T), unsafe.Offsetof(e.d), unsafe.Offsetof(e.T.d), unsafe.Sizeof(e))
	const sz = unsafe.Sizeof(int64(0)) * 2
	var arr [sz]byte
	fmt.Println(len(arr), unsafe.Sizeof(arr), unsafe.Alignof(arr))
	fmt.Printf("%T %T\n", unsafe.Sizeof(1), sz)

	var p unsafe.Pointer
	fmt.Println(p == nil, p)
	println(p)
	x := [4]int32{1, 2, 3, 4}
	p = unsafe.Pointer(&x[0])
	q := unsafe.Pointer(uintptr(p) + unsafe.Sizeof(x[0])*2)
	fmt.Println(*(*int32)(q), p != nil, p == unsafe.Pointer(&x), q == unsafe.Add(p, 8))
	*(*int32)(unsafe.Add(p, 4)) = 20
	fmt.Println(x)

	m := map[unsafe.Pointer]int{}
	m[p] = 1
	m[q] = 2
	m[nil] = 3
	fmt.Println(len(m), m[p], m[q], m[nil], m[unsafe.Pointer(&x[1])])

	var i interface{} = p
	_, ok := i.(unsafe.Pointer)
	fmt.Println(ok, i == interface{}(p), i.(unsafe.Pointer) == p)
	fmt.Printf("%T %v\n", i, i == nil)
	s := fmt.Sprintf("%p", p)
	s2 := fmt.Sprintf("%v", p)
	s3 := fmt.Sprintf("%x", uintptr(p))
	fmt.Println(s == s2, s[:2], s == "0x"+s3)
	fmt.Printf("%p %v\n", unsafe.Pointer(nil), unsafe.Pointer(nil))
	fmt.Println(unsafe.Pointer(nil))
	fmt.Printf("%d\n", unsafe.Pointer(uintptr(1234)))

	// float bits through unsafe
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)

	// slices
	sl := unsafe.Slice(&x[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	bs := []byte("hello")
	str := *(*string)(unsafe.Pointer(&bs))
	fmt.Println(str)

	type hdr struct {
		data unsafe.Pointer
		len  int
		cap  int
	}
	h := (*hdr)(unsafe.Pointer(&bs))
	fmt.Println(h.len, h.cap >= 5)
	var up uintptr = uintptr(unsafe.Pointer(&x))
	_ = up
	switch v := i.(type) {
	case unsafe.Pointer:
		fmt.Println("ptr", v == p)
	}
	fmt.Println(unsafe.Sizeof(p), unsafe.Sizeof(i), unsafe.Sizeof(sl), unsafe.Sizeof(str))
	mustPanic(func() { _ = unsafe.Slice((*int)(nil), 1) })
	mustPanic(func() { n := -1; _ = unsafe.Slice(&x[0], n) })
}

func mustPanic(f func()) {
	defer func() {
		r := recover()
		fmt.Println(r)
	}()
	f()
}
