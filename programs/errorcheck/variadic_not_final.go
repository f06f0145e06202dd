// errorcheck

package main

// A variadic parameter that is not the last one.

func f(xs ...int, last int) {} // ERROR "can only use ... with final parameter in list"

func main() {
}
