// run

package main

// A shift by a negative count of a signed type panics with `negative shift
// amount` (Go 1.13 and later), recoverably, for << and >>, counts of every
// signed size, shifted values of every width and `x <<= n`; counts of
// unsigned types and counts at or past the width do not panic.

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

var sink int64
var sinku uint8

func main() {
	x := -1
	var c8 int8 = -1
	var c16 int16 = -2
	var c32 int32 = -3
	var c64 int64 = -4
	var big = 100
	var u uint = 3
	v := int64(5)
	var b uint8 = 3

	try("1 << x", func() { _ = 1 << x })
	try("int >> x", func() { sink = int64(x >> x) })
	try("int8 count", func() { sink = v << c8 })
	try("int16 count", func() { sink = v >> c16 })
	try("int32 count", func() { sink = v << c32 })
	try("int64 count", func() { sink = v >> c64 })
	try("uint8 shifted", func() { sinku = b << x })
	try("<<=", func() { y := 1; y <<= x; sink = int64(y) })
	try(">>=", func() { y := 1; y >>= c8; sink = int64(y) })
	try("count past width", func() { fmt.Println(v<<big, v>>big, -v>>big) })
	try("unsigned count", func() { fmt.Println(v<<u, v>>u) })
	try("zero count", func() { z := 0; fmt.Println(v<<z, v>>z) })
}
