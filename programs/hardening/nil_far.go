// run

package main

// A nil pointer dereferenced at any offset panics with the nil-dereference
// error, recoverably: an access farther than the unmapped low memory (4 KB)
// from a maybe-nil pointer is checked first, instead of faulting far away
// (fatal error: fault) or reaching mapped memory (silently reading or
// writing the program's own data). Taking the address of a field through a
// pointer, or slicing a pointer to an array, touches no memory and panics
// on nil too; calling a pointer method on a nil pointer does not.

import "fmt"

type Big struct {
	pad [16 << 20]byte
	x   int
	arr [1 << 20]int64
}

// Farther than a 32-bit displacement reaches.
type Huge struct {
	pad [1 << 33]byte
	x   int
}

type Inner struct{ a, b int }

func (in *Inner) Nil() bool { return in == nil }

type Outer struct {
	n int
	Inner
}

type Wrap struct {
	k int
	*Big
}

type WrapInner struct{ *Inner }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

var sink int
var victim = 42

// addr parses fmt's %p of a pointer: its address, usable as an index.
func addr(p *int) int {
	s := fmt.Sprintf("%p", p)
	n := 0
	for _, c := range s[2:] {
		d := int(c - '0')
		if c >= 'a' {
			d = int(c-'a') + 10
		}
		n = n*16 + d
	}
	return n
}
var sinkp *int
var sinks []byte

func main() {
	var q *Big
	var h *Huge
	var w Wrap
	var o *Outer
	var in *Inner
	var ap *[1 << 47]byte
	var small *[10]int
	big := 1 << 40
	mid := 5000

	try("far read", func() { sink = q.x })
	try("far write", func() { q.x = 1 })
	try("far address", func() { sinkp = &q.x })
	try("far array element", func() { sink = int(q.arr[mid]) })
	try("far array element write", func() { q.arr[3] = 1 })
	try("beyond 32 bits", func() { sink = h.x })
	try("beyond 32 bits write", func() { h.x = 2 })
	try("through embedded pointer", func() { sink = w.x })
	try("huge array read", func() { sink = int(ap[big]) })
	try("huge array write", func() { ap[mid] = 7 })
	// ap[&victim] is victim itself, if nothing checks ap.
	try("huge array write at a heap address", func() { ap[addr(&victim)] = 7 })
	fmt.Println("victim:", victim)
	try("huge array element address", func() { _ = &ap[mid] })
	try("slice huge array", func() { sinks = ap[big:] })
	try("slice small array", func() { _ = small[2:] })
	try("slice small array empty", func() { _ = small[0:0] })
	try("small array element", func() { sink = small[3] })
	try("near address", func() { sinkp = &o.n })
	try("embedded address", func() { _ = &o.Inner })
	try("embedded method", func() { _ = o.Nil() })
	try("nil receiver", func() { fmt.Println(in.Nil()) })
	try("len of nil array pointer", func() { fmt.Println(len(ap), len(small)) })
	var wi WrapInner
	var pwi *WrapInner
	try("method of explicit dereference", func() { fmt.Println((*in).Nil()) })
	try("promoted through nil embedded pointer", func() { fmt.Println(wi.Nil()) })
	try("promoted through nil pointer", func() { fmt.Println(pwi.Nil()) })
	try("method value of nil pointer", func() { f := in.Nil; fmt.Println(f()) })
}
