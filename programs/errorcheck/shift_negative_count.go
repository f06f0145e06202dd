// errorcheck

package main

// A shift by a negative constant.

func main() {
	x := 1
	_ = x << -1 // ERROR "invalid shift count|negative shift count|must not be negative"
}
