// errorcheck

package main

// Assigning a string to an int variable.

func main() {
	var n int
	n = "five" // ERROR "cannot use .* \(untyped string constant\) as (type )?int( value)? in assignment"
	_ = n
}
