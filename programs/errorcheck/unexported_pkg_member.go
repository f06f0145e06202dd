// errorcheck

package main

// Referring to an unexported name of another package.

import "strconv"

func main() {
	_ = strconv.itoa(3) // ERROR "not exported|undefined: strconv.itoa|cannot refer to unexported"
}
