// errorcheck

package main

// defer with an expression that is not a call.

func main() {
	f := func() {}
	defer f // ERROR "expression in defer must be function call"
}
