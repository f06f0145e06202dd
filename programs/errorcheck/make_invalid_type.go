// errorcheck

package main

// make of a type that is not a slice, map or channel.

func main() {
	_ = make(int) // ERROR "cannot make int; type must be slice, map, or channel"
}
