// run

package main

// Every index and slice-bound failure panics with gc's message for the
// check that failed (runtime/error.go, boundsError), as a recoverable
// runtime error: which bound, against the length or the capacity, and a
// negative value of a signed type shown as such, an unsigned one as a
// large number.

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

var sink []int
var sinks string
var sinkb byte

func main() {
	s := make([]int, 3, 5)
	str := "hello"
	var arr [4]int
	ap := &arr
	i, j, k := 2, 1, 9
	n := -1
	var u uint = 7
	var u8 uint8 = 200
	var i8 int8 = -3
	big := uint64(1<<64 - 1)

	// s[x]
	try("index", func() { _ = s[k] })
	try("index negative", func() { _ = s[n] })
	try("index int8 negative", func() { _ = s[i8] })
	try("index uint", func() { _ = s[u] })
	try("index uint8", func() { _ = s[u8] })
	try("index uint64 max", func() { _ = s[big] })
	try("index string", func() { sinkb = str[k] })
	try("index array", func() { _ = arr[k] })
	try("index array pointer", func() { _ = ap[n] })

	// s[:x], s[x:], s[x:y]
	try("slice [i:j]", func() { sink = s[i:j] })
	try("slice [:k] capacity", func() { sink = s[:k] })
	try("slice [:n]", func() { sink = s[:n] })
	try("slice [k:]", func() { sink = s[k:] })
	try("slice [n:]", func() { sink = s[n:] })
	try("slice [u:]", func() { sink = s[u:] })
	try("slice [:u]", func() { sink = s[:u] })
	try("slice [n:j]", func() { sink = s[n:j] })
	try("string [:k] length", func() { sinks = str[:k] })
	try("string [i:j]", func() { sinks = str[i:j] })
	try("string [k:]", func() { sinks = str[k:] })
	try("string [n:]", func() { sinks = str[n:] })
	try("array [:k] length", func() { sink = arr[:k] })
	try("array [k:]", func() { sink = arr[k:] })
	try("array pointer [:k]", func() { sink = ap[:k] })

	// s[x:y:z]
	try("slice [::k] capacity", func() { sink = s[0:1:k] })
	try("slice [::n]", func() { sink = s[0:1:n] })
	try("slice [:k:i]", func() { sink = s[0:k:i] })
	try("slice [:n:i]", func() { sink = s[0:n:i] })
	try("slice [k:i:]", func() { sink = s[k:i:4] })
	try("slice [n:i:]", func() { sink = s[n:i:4] })
	try("array [::k] length", func() { sink = arr[0:1:k] })
	try("array pointer [:k:i]", func() { sink = ap[0:k:i] })
	try("array [u:j:]", func() { sink = arr[u:j:3] })

	// In range: no panic.
	try("slice to capacity", func() { sink = s[1:5]; fmt.Println(len(sink), cap(sink)) })
	try("slice three", func() { sink = s[1:2:4]; fmt.Println(len(sink), cap(sink)) })
	try("string empty tail", func() { sinks = str[5:]; fmt.Println(len(sinks)) })
}
