// errorcheck

package main

// Two parameters with the same name.

func add(a int, a int) int { // ERROR "a redeclared|duplicate argument a"
	return a
}

func main() {
	_ = add(1, 2)
}
