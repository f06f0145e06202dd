// errorcheck

package main

// go with an expression that is not a call.

func main() {
	f := func() {}
	go f // ERROR "expression in go must be function call"
}
