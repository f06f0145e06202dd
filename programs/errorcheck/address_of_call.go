// errorcheck

package main

// Taking the address of a function's result.

func get() int { return 1 }

func main() {
	p := &get() // ERROR "cannot take address of get\(\)"
	_ = p
}
