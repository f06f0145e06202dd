// errorcheck

package main

// Logical not applied to an int.

func main() {
	x := 1
	_ = !x // ERROR "operator ! not defined on x \(variable of type int\)"
}
