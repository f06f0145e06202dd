package main

type T struct{}

func (T) M(n int) {}

func main() {
	var t T
	t.M("s")
}
