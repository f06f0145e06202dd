// fatal

package main

// A complex panic value prints as print prints it; a named complex type
// wraps it without parentheses of its own (gc's printanycustomtype), here
// after the first panic was recovered and a second one raised.

type N complex64

func main() {
	defer func() {
		r := recover()
		println(r.(complex128))
		panic(N(1 - 2i))
	}()
	panic(1i)
}
