// errorcheck

package main

// Generic types are not supported by splitgo v1 (gc accepts this).

type list[T any] struct { // ERROR "generics are not supported"
	items []T
}

func main() {
}
