package main

var counts [4]int
var names = []string{"a", "b"}

//go:noinline
func g() {}

func main() {
	for i := range counts {
		counts[i] = 5
	}
	for i := 0; i < 600; i++ {
		g()
		println(len(names) + counts[i%4])
	}
}
