// errorcheck

package main

// Declaring the same function twice at package level.

func helper() int { return 1 }

func helper() int { return 2 } // ERROR "helper redeclared in this block"

func main() {
	_ = helper()
}
