// errorcheck

package main

// The same method declared twice on one type.

type T struct{}

func (T) M() {}

func (*T) M() {} // ERROR "method T.M already declared|T.M redeclared in this block"

func main() {
}
