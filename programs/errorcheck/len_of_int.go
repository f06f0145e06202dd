// errorcheck

package main

// len applied to an int.

func main() {
	x := 5
	_ = len(x) // ERROR "invalid argument: x \(variable of type int\) for len"
}
