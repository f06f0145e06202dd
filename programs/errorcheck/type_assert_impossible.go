// errorcheck

package main

// A type assertion to a type that cannot implement the interface.

type stringer interface{ String() string }

type num int

func main() {
	var s stringer
	_ = s.(num) // ERROR "impossible type assertion"
}
