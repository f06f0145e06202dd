package main

type P struct{ X int }

func main() {
	s := "a"
	_ = P{s}
}
