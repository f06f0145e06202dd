package main

//go:noinline
func g() {}

func main() {
	var a [4]int
	for i := range a {
		a[i] = 5
	}
	g()
	println(a[1] + a[2])
}
