package main

type P struct{ F []int }

func main() {
	a, b := P{}, P{}
	_ = a == b
}
