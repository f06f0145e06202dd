// errorcheck

package main

// A constant declared from a function call.

func three() int { return 3 }

const c = three() // ERROR "three\(\) \(value of type int\) is not constant"

func main() {
	_ = c
}
