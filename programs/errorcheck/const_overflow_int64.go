// errorcheck

package main

// A huge constant expression assigned to int64.

const big = 1 << 100

func main() {
	var x int64 = big // ERROR "overflows"
	_ = x
}
