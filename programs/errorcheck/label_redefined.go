// errorcheck

package main

// The same label defined twice in one function.

func main() {
	goto L
L:
	println(1)
L: // ERROR "label L already defined"
	println(2)
}
