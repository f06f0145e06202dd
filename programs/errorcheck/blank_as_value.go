// errorcheck

package main

// The blank identifier used as a value.

func main() {
	x := _ // ERROR "cannot use _ as value"
	_ = x
}
