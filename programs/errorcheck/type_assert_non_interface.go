// errorcheck

package main

// A type assertion on a value of concrete type.

func main() {
	x := 1
	_ = x.(int) // ERROR "x \(variable of type int\) is not an interface"
}
