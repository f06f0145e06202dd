// errorcheck

package main

// A package-level variable named init.

var init = 1 // ERROR "cannot declare init - must be func"

func main() {
}
