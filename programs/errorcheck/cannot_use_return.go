// errorcheck

package main

// Returning a string from a function whose result is int.

func count() int {
	s := "3"
	return s // ERROR "cannot use s \(variable of type string\) as (type )?int( value)? in return statement"
}

func main() {
	_ = count()
}
