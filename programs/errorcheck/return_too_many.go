// errorcheck

package main

// A return statement with too many values.

func single() int {
	return 1, 2 // ERROR "too many return values"
}

func main() {
	_ = single()
}
