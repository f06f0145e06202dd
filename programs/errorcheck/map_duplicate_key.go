// errorcheck

package main

// The same constant key twice in a map literal.

func main() {
	m := map[int]string{
		1: "one",
		2: "two",
		1: "uno", // ERROR "duplicate key 1 in map literal"
	}
	_ = m
}
