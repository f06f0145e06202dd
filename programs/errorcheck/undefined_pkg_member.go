// errorcheck

package main

// Referring to a name a package does not export.

import "strings"

func main() {
	_ = strings.NoSuchFunc("a") // ERROR "undefined: strings.NoSuchFunc"
}
