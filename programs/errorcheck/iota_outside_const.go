// errorcheck

package main

// iota used outside a constant declaration.

func main() {
	x := iota // ERROR "cannot use iota outside constant declaration|undefined: iota"
	_ = x
}
