// errorcheck

package main

// Assigning to a constant.

const limit = 10

func main() {
	limit = 20 // ERROR "cannot assign to limit"
}
