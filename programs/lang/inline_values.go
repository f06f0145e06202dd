// run

package main

// Small functions that may panic are inlined: getters and setters through
// pointers, element accessors, division by a variable, type assertions.
// Their results are those of the calls, and their panics are recovered
// as the calls' would be.

import "fmt"

type P struct{ x, y int }

func (p *P) X() int     { return p.x }
func (p *P) SetY(v int) { p.y = v }

func at(s []int, i int) int         { return s[i] }
func put(s []int, i, v int)         { s[i] = v }
func div(a, b int) int              { return a / b }
func rem(a, b int64) int64          { return a % b }
func shl(x uint, n int) uint        { return x << n }
func str(v interface{}) string      { return v.(string) }
func sub(s string, i, j int) string { return s[i:j] }
func first(m *[4]byte) byte         { return m[0] }
func both(s []int, i int) int       { return at(s, i) + at(s, i+1) }

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(name, "panicked:", e)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	p := &P{3, 4}
	p.SetY(p.X() * 10)
	fmt.Println(p.x, p.y)
	s := []int{5, 6, 7}
	put(s, 2, at(s, 0)+at(s, 1))
	fmt.Println(s, both(s, 1), div(17, 5), rem(-17, 5), shl(3, 4), str("hi"), sub("hello", 1, 3))
	var arr [4]byte
	arr[0] = 9
	fmt.Println(first(&arr))
	var np *P
	var na *[4]byte
	zero := 0
	try("getter", func() { fmt.Println(np.X()) })
	try("setter", func() { np.SetY(1) })
	try("index", func() { fmt.Println(at(s, 3)) })
	try("store", func() { put(s, -1+zero, 0) })
	try("two", func() { fmt.Println(both(s, 2)) })
	try("divide", func() { fmt.Println(div(1, zero)) })
	try("rem", func() { fmt.Println(rem(1, int64(zero))) })
	try("shift", func() { fmt.Println(shl(1, zero-1)) })
	try("assert", func() { fmt.Println(str(42)) })
	try("slice", func() { fmt.Println(sub("abc", 2, 1+zero)) })
	try("array", func() { fmt.Println(first(na)) })
	try("fine", func() { fmt.Println(both(s, 0), div(9, 3)) })
}
