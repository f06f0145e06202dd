// errorcheck

package main

// new applied to a value instead of a type.

func main() {
	x := 1
	_ = new(x) // ERROR "x is not a type|x \(variable of type int\) is not a type"
}
