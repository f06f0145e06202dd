// errorcheck

package main

// A call with no result used as a value.

func nothing() {}

func main() {
	x := nothing() // ERROR "nothing\(\) \(no value\) used as value"
	_ = x
}
