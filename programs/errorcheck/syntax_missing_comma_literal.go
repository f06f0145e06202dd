// errorcheck

package main

// Syntax: a composite literal element followed by a newline without a comma.

func main() {
	s := []int{
		1,
		2 // ERROR "unexpected newline in composite literal; possibly missing comma or }"
	}
	_ = s
}
