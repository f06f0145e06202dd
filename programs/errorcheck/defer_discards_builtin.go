// errorcheck

package main

// defer of a builtin whose result would be discarded.

func main() {
	s := []int{1}
	defer len(s) // ERROR "defer discards result of len\(s\)"
}
