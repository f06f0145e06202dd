// errorcheck

package main

// A method declared on a predeclared type.

func (n int) double() int { return n * 2 } // ERROR "cannot define new methods on non-local type int"

func main() {
}
