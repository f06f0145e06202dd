// errorcheck

package main

// A method on a named pointer type.

type ptr *int

func (p ptr) get() int { return *p } // ERROR "invalid receiver type ptr"

func main() {
}
