// errorcheck

package main

// Call of an undeclared function.

func main() {
	compute(3) // ERROR "undefined: compute"
}
