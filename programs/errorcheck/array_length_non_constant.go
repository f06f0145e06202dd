// errorcheck

package main

// An array type whose length is a variable.

var n = 3

func main() {
	var a [n]int // ERROR "array length n \(variable of type int\) must be constant|invalid array length"
	_ = a
}
