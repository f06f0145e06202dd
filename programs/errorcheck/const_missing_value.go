// errorcheck

package main

// A constant declaration without a value.

const c int // ERROR "missing init expr for (c|const declaration)"

func main() {
	_ = c
}
