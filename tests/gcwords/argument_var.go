package main

type T struct{}

func f(t T) {}

func main() {
	x := 1
	f(x)
}
