// fatal

// An assertion to an interface type the value lacks a method of, not
// recovered: gc's message, then the trace.

package main

type I interface{ M() }

func check(x interface{}) I {
	return x.(I)
}

func main() {
	check("text")
}
