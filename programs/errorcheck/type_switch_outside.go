// errorcheck

package main

// Use of .(type) outside a type switch.

var v interface{} = 1

func main() {
	t := v.(type) // ERROR "use of .\(type\) outside type switch"
	_ = t
}
