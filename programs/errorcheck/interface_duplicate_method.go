// errorcheck

package main

// An interface listing the same method twice.

type shape interface {
	area() float64
	area() float64 // ERROR "duplicate method area"
}

func main() {
	var s shape
	_ = s
}
