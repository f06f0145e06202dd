// errorcheck

package main

// Assigning to the result of a call.

func get() int { return 1 }

func main() {
	get() = 2 // ERROR "cannot assign to get\(\)"
}
