// errorcheck

package main

// A method with the same name as a struct field.

type T struct {
	size int
}

func (t T) size() int { return 0 } // ERROR "field and method with the same name size"

func main() {
}
