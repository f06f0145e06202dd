// fatal

package main

// An element accessor is inlined (its bounds check panics in the caller's
// code); the trace names the accessor and the line of its body, then the
// caller at the line of the call.

func at(s []int, i int) int { return s[i] }

//go:noinline
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
