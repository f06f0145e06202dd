// errorcheck

package main

// append whose first argument is not a slice.

func main() {
	x := 1
	_ = append(x, 2) // ERROR "x \(variable of type int\) is not a slice|first argument to append must be (a )?slice"
}
