// errorcheck

package main

// A bare return while a named result is shadowed.

func f(n int) (x int) {
	if n > 0 {
		x := n * 2
		_ = x
		return // ERROR "result parameter x not in scope at return|x is shadowed during return"
	}
	return
}

func main() {
	_ = f(1)
}
