// errorcheck

package main

// Generic functions are not supported by splitgo v1 (gc accepts this).

func ident[T any](x T) T { return x } // ERROR "generics are not supported"

func main() {
}
