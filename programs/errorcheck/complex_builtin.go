// errorcheck

package main

// Complex numbers are not supported by splitgo v1 (gc accepts this).

func main() {
	c := complex(1.0, 2.0) // ERROR "complex numbers are not supported"
	_ = c
}
