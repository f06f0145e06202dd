// errorcheck

package main

// A struct type that contains itself.

type node struct { // ERROR "invalid recursive type"
	value int
	next  node
}

func main() {
	var n node
	_ = n
}
