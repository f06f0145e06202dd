// errorcheck

package main

// Complex numbers are not supported by splitgo v1 (gc accepts this).

func main() {
	x := 1i // ERROR "complex numbers are not supported"
	_ = x
}
