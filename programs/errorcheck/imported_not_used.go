// errorcheck

package main

// An import that is never used.

import "os" // ERROR "imported and not used"

func main() {
}
