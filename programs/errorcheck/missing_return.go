// errorcheck

package main

// A function with results whose body can end without a return.

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
} // ERROR "missing return"

func main() {
	_ = sign(3)
}
