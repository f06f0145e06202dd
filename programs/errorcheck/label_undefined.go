// errorcheck

package main

// A goto to a label that does not exist.

func main() {
	goto done // ERROR "label done not defined"
}
