// fatal
// env: GOTRACEBACK=system

package main

// With the runtime's frames shown, inlined frames still print as gc
// prints them: `(...)`, the callee's line, no offset.

func at(s []int, i int) int { return s[i] }

func sum(s []int, n int) int {
	t := 0
	t += at(s, n)
	return t
}

func main() {
	s := []int{1, 2, 3}
	println(sum(s, 1))
	println(sum(s, 5))
}
